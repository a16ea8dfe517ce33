import { MigrationInterface, QueryRunner } from 'typeorm';

export class AutomaticIssuance1796323935587 implements MigrationInterface {
  name = 'AutomaticIssuance1796323935587';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `reactions` (`id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `event` varchar(24) NOT NULL, `customEvent` varchar(100) NULL, `condition` text NULL, `definitionId` varchar(36) NOT NULL, `spendThreshold` int NULL, `spendRepeatEvery` int NULL, `lapsedDays` int NULL, `claimable` tinyint NOT NULL, `active` tinyint NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_48fb2ba6d761878bff43951631` (`event`, `active`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `reaction_occurrences` (`id` varchar(36) NOT NULL, `reactionId` varchar(36) NOT NULL, `profileId` varchar(36) NOT NULL, `occurrenceKey` varchar(120) NOT NULL, `rewardId` varchar(36) NOT NULL, `causeId` varchar(36) NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_5fa3b203b17f5a62f808cf1a74` (`causeId`), INDEX `IDX_e40d587078f1065f98d07b2480` (`profileId`, `reactionId`), UNIQUE INDEX `IDX_83f58fe15db3ac0b73335d916f` (`reactionId`, `profileId`, `occurrenceKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `custom_events` (`id` varchar(36) NOT NULL, `scope` varchar(80) NOT NULL, `idempotencyKey` varchar(200) NOT NULL, `profileId` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `fingerprint` varchar(64) NOT NULL, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_1d32157c5802f30dbc2183a9fa` (`scope`, `idempotencyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `transactions` (`id` varchar(36) NOT NULL, `profileId` varchar(36) NOT NULL, `externalId` varchar(100) NOT NULL, `total` int NOT NULL, `currency` varchar(3) NOT NULL, `occurredAt` datetime(3) NOT NULL, `fingerprint` varchar(64) NOT NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_7ecfe31654eae4eba34b37e909` (`profileId`, `occurredAt`), UNIQUE INDEX `IDX_c7677fa092ee0c2659fbf45292` (`externalId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `schedule_leases` (`name` varchar(40) NOT NULL, `holder` varchar(120) NOT NULL, `expiresAt` datetime(3) NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `expiry_reminders` (`id` varchar(36) NOT NULL, `rewardId` varchar(36) NOT NULL, `expiresAt` datetime(3) NOT NULL, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_045395473f29566ac1f2ad3274` (`rewardId`, `expiresAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `reward_definitions` ADD `activationDelayDays` int NULL");
    await queryRunner.query("ALTER TABLE `rewards` ADD `expiredAt` datetime(3) NULL");
    await queryRunner.query("CREATE INDEX `IDX_e9441473eaf5778d329f4fcd8d` ON `rewards` (`expiredAt`, `expiresAt`)");
    await queryRunner.query("ALTER TABLE `reactions` ADD CONSTRAINT `FK_2a735730ffe3e92e59a204b5e17` FOREIGN KEY (`definitionId`) REFERENCES `reward_definitions`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `reaction_occurrences` ADD CONSTRAINT `FK_874f13c5dcb6738b3628d2c1a92` FOREIGN KEY (`reactionId`) REFERENCES `reactions`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `reaction_occurrences` ADD CONSTRAINT `FK_7daf25762f5d3c668119cb1507e` FOREIGN KEY (`profileId`) REFERENCES `profiles`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `reaction_occurrences` ADD CONSTRAINT `FK_3cb16cb111692c9070e7aba798b` FOREIGN KEY (`rewardId`) REFERENCES `rewards`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `custom_events` ADD CONSTRAINT `FK_40e52188e8bafe7153d7110dad4` FOREIGN KEY (`profileId`) REFERENCES `profiles`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `transactions` ADD CONSTRAINT `FK_c783ef9dee71a6ffc677f3f1ce1` FOREIGN KEY (`profileId`) REFERENCES `profiles`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `expiry_reminders` ADD CONSTRAINT `FK_f3525c4cba4ea8e10b8759bb2cf` FOREIGN KEY (`rewardId`) REFERENCES `rewards`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `expiry_reminders` DROP FOREIGN KEY `FK_f3525c4cba4ea8e10b8759bb2cf`");
    await queryRunner.query("ALTER TABLE `transactions` DROP FOREIGN KEY `FK_c783ef9dee71a6ffc677f3f1ce1`");
    await queryRunner.query("ALTER TABLE `custom_events` DROP FOREIGN KEY `FK_40e52188e8bafe7153d7110dad4`");
    await queryRunner.query("ALTER TABLE `reaction_occurrences` DROP FOREIGN KEY `FK_3cb16cb111692c9070e7aba798b`");
    await queryRunner.query("ALTER TABLE `reaction_occurrences` DROP FOREIGN KEY `FK_7daf25762f5d3c668119cb1507e`");
    await queryRunner.query("ALTER TABLE `reaction_occurrences` DROP FOREIGN KEY `FK_874f13c5dcb6738b3628d2c1a92`");
    await queryRunner.query("ALTER TABLE `reactions` DROP FOREIGN KEY `FK_2a735730ffe3e92e59a204b5e17`");
    await queryRunner.query("DROP INDEX `IDX_e9441473eaf5778d329f4fcd8d` ON `rewards`");
    await queryRunner.query("ALTER TABLE `rewards` DROP COLUMN `expiredAt`");
    await queryRunner.query("ALTER TABLE `reward_definitions` DROP COLUMN `activationDelayDays`");
    await queryRunner.query("DROP INDEX `IDX_045395473f29566ac1f2ad3274` ON `expiry_reminders`");
    await queryRunner.query("DROP TABLE `expiry_reminders`");
    await queryRunner.query("DROP TABLE `schedule_leases`");
    await queryRunner.query("DROP INDEX `IDX_c7677fa092ee0c2659fbf45292` ON `transactions`");
    await queryRunner.query("DROP INDEX `IDX_7ecfe31654eae4eba34b37e909` ON `transactions`");
    await queryRunner.query("DROP TABLE `transactions`");
    await queryRunner.query("DROP INDEX `IDX_1d32157c5802f30dbc2183a9fa` ON `custom_events`");
    await queryRunner.query("DROP TABLE `custom_events`");
    await queryRunner.query("DROP INDEX `IDX_83f58fe15db3ac0b73335d916f` ON `reaction_occurrences`");
    await queryRunner.query("DROP INDEX `IDX_e40d587078f1065f98d07b2480` ON `reaction_occurrences`");
    await queryRunner.query("DROP INDEX `IDX_5fa3b203b17f5a62f808cf1a74` ON `reaction_occurrences`");
    await queryRunner.query("DROP TABLE `reaction_occurrences`");
    await queryRunner.query("DROP INDEX `IDX_48fb2ba6d761878bff43951631` ON `reactions`");
    await queryRunner.query("DROP TABLE `reactions`");
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Redemptions1795700752369 implements MigrationInterface {
  name = 'Redemptions1795700752369';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `holds` (`id` varchar(36) NOT NULL, `profileId` varchar(36) NOT NULL, `currency` varchar(3) NOT NULL, `amount` int NOT NULL, `status` varchar(10) NOT NULL, `expiresAt` datetime(3) NOT NULL, `lineDiscounts` text NOT NULL, `createdAt` datetime(3) NOT NULL, `createdBy` varchar(80) NOT NULL, `closedAt` datetime(3) NULL, `redemptionId` varchar(36) NULL, INDEX `IDX_4e99f9787fd98142ecea26becc` (`profileId`, `status`, `expiresAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `hold_allocations` (`id` varchar(36) NOT NULL, `holdId` varchar(36) NOT NULL, `rewardId` varchar(36) NOT NULL, `position` int NOT NULL, `amount` int NOT NULL, INDEX `IDX_e8199e282444e0279852e7bd16` (`rewardId`), UNIQUE INDEX `IDX_c6ba9f0cd3bc5bdea6a1719381` (`holdId`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `redemptions` (`id` varchar(36) NOT NULL, `profileId` varchar(36) NOT NULL, `currency` varchar(3) NOT NULL, `status` varchar(20) NOT NULL, `requested` int NOT NULL, `amount` int NOT NULL, `returned` int NOT NULL DEFAULT '0', `lineDiscounts` text NOT NULL, `transactionExternalId` varchar(100) NULL, `receiptRef` varchar(100) NULL, `locationId` varchar(100) NULL, `holdId` varchar(36) NULL, `createdAt` datetime(3) NOT NULL, `createdBy` varchar(80) NOT NULL, `reversedAt` datetime(3) NULL, INDEX `IDX_aec93c6027832bfb11f92ddcc1` (`transactionExternalId`), INDEX `IDX_2e9601a0f5567d90bf7d2be4d1` (`receiptRef`), INDEX `IDX_1df637114c2901ff885f7d1c7e` (`profileId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `redemption_allocations` (`id` varchar(36) NOT NULL, `redemptionId` varchar(36) NOT NULL, `rewardId` varchar(36) NOT NULL, `position` int NOT NULL, `amount` int NOT NULL, `returned` int NOT NULL DEFAULT '0', INDEX `IDX_f339dca69a21758cde96a8ac72` (`rewardId`), UNIQUE INDEX `IDX_183c45a137df12f90c201eb3a7` (`redemptionId`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'ALTER TABLE `holds` ADD CONSTRAINT `FK_91be0a79b1eaddeadcd8e85a2cf` FOREIGN KEY (`profileId`) REFERENCES `profiles`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `hold_allocations` ADD CONSTRAINT `FK_770d7f364e3bea45bef1fa2b34f` FOREIGN KEY (`holdId`) REFERENCES `holds`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `hold_allocations` ADD CONSTRAINT `FK_e8199e282444e0279852e7bd168` FOREIGN KEY (`rewardId`) REFERENCES `rewards`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `redemptions` ADD CONSTRAINT `FK_0ae751c986a875eb83a6628ba1b` FOREIGN KEY (`profileId`) REFERENCES `profiles`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `redemption_allocations` ADD CONSTRAINT `FK_956f2c5115c335ef0cc2d81588a` FOREIGN KEY (`redemptionId`) REFERENCES `redemptions`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `redemption_allocations` ADD CONSTRAINT `FK_f339dca69a21758cde96a8ac72a` FOREIGN KEY (`rewardId`) REFERENCES `rewards`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `redemption_allocations` DROP FOREIGN KEY `FK_f339dca69a21758cde96a8ac72a`',
    );
    await queryRunner.query(
      'ALTER TABLE `redemption_allocations` DROP FOREIGN KEY `FK_956f2c5115c335ef0cc2d81588a`',
    );
    await queryRunner.query(
      'ALTER TABLE `redemptions` DROP FOREIGN KEY `FK_0ae751c986a875eb83a6628ba1b`',
    );
    await queryRunner.query(
      'ALTER TABLE `hold_allocations` DROP FOREIGN KEY `FK_e8199e282444e0279852e7bd168`',
    );
    await queryRunner.query(
      'ALTER TABLE `hold_allocations` DROP FOREIGN KEY `FK_770d7f364e3bea45bef1fa2b34f`',
    );
    await queryRunner.query(
      'ALTER TABLE `holds` DROP FOREIGN KEY `FK_91be0a79b1eaddeadcd8e85a2cf`',
    );
    await queryRunner.query(
      'DROP INDEX `IDX_183c45a137df12f90c201eb3a7` ON `redemption_allocations`',
    );
    await queryRunner.query(
      'DROP INDEX `IDX_f339dca69a21758cde96a8ac72` ON `redemption_allocations`',
    );
    await queryRunner.query('DROP TABLE `redemption_allocations`');
    await queryRunner.query('DROP INDEX `IDX_1df637114c2901ff885f7d1c7e` ON `redemptions`');
    await queryRunner.query('DROP INDEX `IDX_2e9601a0f5567d90bf7d2be4d1` ON `redemptions`');
    await queryRunner.query('DROP INDEX `IDX_aec93c6027832bfb11f92ddcc1` ON `redemptions`');
    await queryRunner.query('DROP TABLE `redemptions`');
    await queryRunner.query('DROP INDEX `IDX_c6ba9f0cd3bc5bdea6a1719381` ON `hold_allocations`');
    await queryRunner.query('DROP INDEX `IDX_e8199e282444e0279852e7bd16` ON `hold_allocations`');
    await queryRunner.query('DROP TABLE `hold_allocations`');
    await queryRunner.query('DROP INDEX `IDX_4e99f9787fd98142ecea26becc` ON `holds`');
    await queryRunner.query('DROP TABLE `holds`');
  }
}

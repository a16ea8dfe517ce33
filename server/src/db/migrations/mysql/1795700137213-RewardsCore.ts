import { MigrationInterface, QueryRunner } from 'typeorm';

export class RewardsCore1795700137213 implements MigrationInterface {
  name = 'RewardsCore1795700137213';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `reward_types` (`id` varchar(36) NOT NULL, `key` varchar(64) NOT NULL, `name` varchar(120) NOT NULL, `description` varchar(1000) NULL, `extensionEnabled` tinyint NOT NULL, `extensionDays` int NOT NULL, `archived` tinyint NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_5295cde29f0a4862b1a674f286` (`key`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `reward_definitions` (`id` varchar(36) NOT NULL, `handle` varchar(100) NOT NULL, `name` varchar(200) NOT NULL, `description` varchar(2000) NULL, `typeId` varchar(36) NOT NULL, `value` int NOT NULL, `currency` varchar(3) NOT NULL, `expiryPeriod` int NULL, `expiryUnit` varchar(8) NULL, `absoluteExpiry` datetime(3) NULL, `assignable` tinyint NOT NULL, `published` tinyint NOT NULL, `archived` tinyint NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_ade10e7cabba9c72d11d38992a` (`typeId`), UNIQUE INDEX `IDX_c3cd3b86767d523c15dcd47395` (`handle`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `idempotency_keys` (`operation` varchar(40) NOT NULL, `key` varchar(200) NOT NULL, `fingerprint` varchar(64) NOT NULL, `resultType` varchar(40) NOT NULL, `resultId` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, PRIMARY KEY (`operation`, `key`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `profiles` (`id` varchar(36) NOT NULL, `externalId` varchar(100) NOT NULL, `email` varchar(254) NULL, `firstName` varchar(100) NULL, `lastName` varchar(100) NULL, `birthDate` varchar(10) NULL, `joinedAt` datetime(3) NOT NULL, `timezone` varchar(64) NOT NULL, `tier` varchar(64) NULL, `isStaff` tinyint NOT NULL, `lifetimeSpend` bigint NOT NULL DEFAULT '0', `searchText` varchar(600) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_5b49bd22c967ce2829ca8f1772` (`email`), UNIQUE INDEX `IDX_06962a01fd2c4e7efa33bfcabd` (`externalId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `rewards` (`id` varchar(36) NOT NULL, `profileId` varchar(36) NOT NULL, `definitionId` varchar(36) NOT NULL, `typeId` varchar(36) NOT NULL, `currency` varchar(3) NOT NULL, `valueInitial` int NOT NULL, `valueRemaining` int NOT NULL, `timezone` varchar(64) NOT NULL, `issuedAt` datetime(3) NOT NULL, `activatesAt` datetime(3) NULL, `expiresAt` datetime(3) NOT NULL, `extendedAt` datetime(3) NULL, `extensionCount` int NOT NULL DEFAULT '0', `voidedAt` datetime(3) NULL, `source` varchar(20) NOT NULL, `issuedBy` varchar(80) NULL, `reason` varchar(500) NULL, `meta` text NULL, INDEX `IDX_0f706c199636d083d4c6f11c37` (`definitionId`), INDEX `IDX_a8be3c1bcc7276c1aba3be543e` (`typeId`), INDEX `IDX_8086ea04b52435c38411838fbc` (`issuedBy`, `issuedAt`), INDEX `IDX_0d242549d48d8500b572c177a1` (`profileId`, `expiresAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `ledger_entries` (`id` varchar(36) NOT NULL, `profileId` varchar(36) NOT NULL, `currency` varchar(3) NOT NULL, `seq` int NOT NULL, `type` varchar(10) NOT NULL, `rewardId` varchar(36) NULL, `redemptionId` varchar(36) NULL, `amount` bigint NOT NULL, `balanceAfter` bigint NOT NULL, `actor` varchar(80) NOT NULL, `reason` varchar(500) NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_eb1b6d675a613b32c185992aaf` (`rewardId`), INDEX `IDX_e74da74d08c37587ba4e99319c` (`redemptionId`), INDEX `IDX_db30bdb0c9924bfcdba5a8bfd1` (`profileId`, `id`), UNIQUE INDEX `IDX_8e37911d89508515239cb1e367` (`profileId`, `currency`, `seq`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `settings` (`id` int NOT NULL, `defaultCurrency` varchar(3) NOT NULL, `defaultTimezone` varchar(64) NOT NULL, `excludedCategories` text NOT NULL, `minimumSpend` int NOT NULL, `maxRedemptionPercent` int NULL, `maxRedemptionAmount` int NULL, `reversalWindowMinutes` int NOT NULL, `returnGraceDays` int NOT NULL, `managerIssueLimit` int NOT NULL, `managerDailyIssueLimit` int NOT NULL, `holdTtlSeconds` int NOT NULL, `updatedAt` datetime(3) NOT NULL, `updatedBy` varchar(80) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `reward_definitions` ADD CONSTRAINT `FK_ade10e7cabba9c72d11d38992a5` FOREIGN KEY (`typeId`) REFERENCES `reward_types`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `rewards` ADD CONSTRAINT `FK_d2414843d5f8f8e6762f20c4cbc` FOREIGN KEY (`profileId`) REFERENCES `profiles`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `rewards` ADD CONSTRAINT `FK_0f706c199636d083d4c6f11c37e` FOREIGN KEY (`definitionId`) REFERENCES `reward_definitions`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `rewards` ADD CONSTRAINT `FK_a8be3c1bcc7276c1aba3be543e3` FOREIGN KEY (`typeId`) REFERENCES `reward_types`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `ledger_entries` ADD CONSTRAINT `FK_4f3c45468214222ba15b70b7c6d` FOREIGN KEY (`profileId`) REFERENCES `profiles`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `ledger_entries` ADD CONSTRAINT `FK_eb1b6d675a613b32c185992aaf8` FOREIGN KEY (`rewardId`) REFERENCES `rewards`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `ledger_entries` DROP FOREIGN KEY `FK_eb1b6d675a613b32c185992aaf8`',
    );
    await queryRunner.query(
      'ALTER TABLE `ledger_entries` DROP FOREIGN KEY `FK_4f3c45468214222ba15b70b7c6d`',
    );
    await queryRunner.query(
      'ALTER TABLE `rewards` DROP FOREIGN KEY `FK_a8be3c1bcc7276c1aba3be543e3`',
    );
    await queryRunner.query(
      'ALTER TABLE `rewards` DROP FOREIGN KEY `FK_0f706c199636d083d4c6f11c37e`',
    );
    await queryRunner.query(
      'ALTER TABLE `rewards` DROP FOREIGN KEY `FK_d2414843d5f8f8e6762f20c4cbc`',
    );
    await queryRunner.query(
      'ALTER TABLE `reward_definitions` DROP FOREIGN KEY `FK_ade10e7cabba9c72d11d38992a5`',
    );
    await queryRunner.query('DROP TABLE `settings`');
    await queryRunner.query('DROP INDEX `IDX_8e37911d89508515239cb1e367` ON `ledger_entries`');
    await queryRunner.query('DROP INDEX `IDX_db30bdb0c9924bfcdba5a8bfd1` ON `ledger_entries`');
    await queryRunner.query('DROP INDEX `IDX_e74da74d08c37587ba4e99319c` ON `ledger_entries`');
    await queryRunner.query('DROP INDEX `IDX_eb1b6d675a613b32c185992aaf` ON `ledger_entries`');
    await queryRunner.query('DROP TABLE `ledger_entries`');
    await queryRunner.query('DROP INDEX `IDX_0d242549d48d8500b572c177a1` ON `rewards`');
    await queryRunner.query('DROP INDEX `IDX_8086ea04b52435c38411838fbc` ON `rewards`');
    await queryRunner.query('DROP INDEX `IDX_a8be3c1bcc7276c1aba3be543e` ON `rewards`');
    await queryRunner.query('DROP INDEX `IDX_0f706c199636d083d4c6f11c37` ON `rewards`');
    await queryRunner.query('DROP TABLE `rewards`');
    await queryRunner.query('DROP INDEX `IDX_06962a01fd2c4e7efa33bfcabd` ON `profiles`');
    await queryRunner.query('DROP INDEX `IDX_5b49bd22c967ce2829ca8f1772` ON `profiles`');
    await queryRunner.query('DROP TABLE `profiles`');
    await queryRunner.query('DROP TABLE `idempotency_keys`');
    await queryRunner.query('DROP INDEX `IDX_c3cd3b86767d523c15dcd47395` ON `reward_definitions`');
    await queryRunner.query('DROP INDEX `IDX_ade10e7cabba9c72d11d38992a` ON `reward_definitions`');
    await queryRunner.query('DROP TABLE `reward_definitions`');
    await queryRunner.query('DROP INDEX `IDX_5295cde29f0a4862b1a674f286` ON `reward_types`');
    await queryRunner.query('DROP TABLE `reward_types`');
  }
}

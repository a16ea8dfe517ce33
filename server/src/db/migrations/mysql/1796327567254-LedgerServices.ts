import { MigrationInterface, QueryRunner } from 'typeorm';

export class LedgerServices1796327567254 implements MigrationInterface {
  name = 'LedgerServices1796327567254';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `bulk_issue_jobs` (`id` varchar(36) NOT NULL, `createdBy` varchar(80) NOT NULL, `idempotencyKey` varchar(200) NOT NULL, `inputHash` varchar(64) NOT NULL, `principal` text NOT NULL, `definitionId` varchar(36) NOT NULL, `value` int NULL, `reason` varchar(500) NOT NULL, `status` varchar(10) NOT NULL, `total` int NOT NULL, `processed` int NOT NULL DEFAULT '0', `failed` int NOT NULL DEFAULT '0', `leaseUntil` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, `finishedAt` datetime(3) NULL, INDEX `IDX_0726a1d6a891e7cb27daf74723` (`status`, `leaseUntil`), UNIQUE INDEX `IDX_59dc6ab01bf42fd423e75f005b` (`createdBy`, `idempotencyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `bulk_issue_rows` (`jobId` varchar(36) NOT NULL, `rowNumber` int NOT NULL, `externalId` varchar(100) NOT NULL, `status` varchar(10) NOT NULL, `rewardId` varchar(36) NULL, `error` varchar(300) NULL, INDEX `IDX_68004b669717b40197e22098fc` (`jobId`, `status`, `rowNumber`), PRIMARY KEY (`jobId`, `rowNumber`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `reward_extension_links` (`id` varchar(36) NOT NULL, `tokenHash` varchar(64) NOT NULL, `rewardId` varchar(36) NOT NULL, `profileId` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `createdBy` varchar(80) NOT NULL, `expiresAt` datetime(3) NOT NULL, `usedAt` datetime(3) NULL, INDEX `IDX_592e00268cc53a6a857603b293` (`rewardId`, `usedAt`), UNIQUE INDEX `IDX_998377cf73bd765a83fff63094` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `webhook_endpoints` (`id` varchar(36) NOT NULL, `url` varchar(2000) NOT NULL, `events` text NOT NULL, `secret` varchar(100) NOT NULL, `previousSecret` varchar(100) NULL, `previousSecretUntil` datetime(3) NULL, `active` tinyint NOT NULL DEFAULT 1, `failingSince` datetime(3) NULL, `disabledAt` datetime(3) NULL, `disabledReason` varchar(500) NULL, `createdAt` datetime(3) NOT NULL, `createdBy` varchar(80) NOT NULL, `deletedAt` datetime(3) NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `webhook_deliveries` (`id` varchar(36) NOT NULL, `endpointId` varchar(36) NOT NULL, `messageId` varchar(40) NOT NULL, `eventType` varchar(40) NOT NULL, `payload` text NOT NULL, `status` varchar(10) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(3) NOT NULL, `claimToken` varchar(36) NULL, `lastStatusCode` int NULL, `deliveredAt` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, `retryUntil` datetime(3) NOT NULL, INDEX `IDX_8492559de5e0671f0f59f8d8c2` (`endpointId`, `id`), INDEX `IDX_2ea65145f74113a92ac3107d54` (`status`, `nextAttemptAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `webhook_attempts` (`id` varchar(36) NOT NULL, `deliveryId` varchar(36) NOT NULL, `attemptedAt` datetime(3) NOT NULL, `durationMs` int NOT NULL, `statusCode` int NULL, `succeeded` tinyint NOT NULL, `error` varchar(500) NULL, INDEX `IDX_3b7c1a4babc5f663b4b958fe5e` (`deliveryId`, `attemptedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE INDEX `IDX_19d0f67a10c3b0e0bacfb54884` ON `rewards` (`currency`, `expiresAt`, `voidedAt`, `valueRemaining`)");
    await queryRunner.query("CREATE INDEX `IDX_5a84b6067eff90739b65f837ea` ON `ledger_entries` (`createdAt`, `rewardId`, `type`, `amount`, `currency`)");
    await queryRunner.query("ALTER TABLE `bulk_issue_jobs` ADD CONSTRAINT `FK_78f6ae3ed521b9220b60f71f61b` FOREIGN KEY (`definitionId`) REFERENCES `reward_definitions`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `bulk_issue_rows` ADD CONSTRAINT `FK_424941a2185b7ea7bbc55d311bc` FOREIGN KEY (`jobId`) REFERENCES `bulk_issue_jobs`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `reward_extension_links` ADD CONSTRAINT `FK_60e630034a29a7b9c3018dae2d0` FOREIGN KEY (`rewardId`) REFERENCES `rewards`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `reward_extension_links` ADD CONSTRAINT `FK_915afad713caebb09d1c94cb337` FOREIGN KEY (`profileId`) REFERENCES `profiles`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `webhook_deliveries` ADD CONSTRAINT `FK_9f63fc91ff6cbd3f8238b9a7812` FOREIGN KEY (`endpointId`) REFERENCES `webhook_endpoints`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `webhook_attempts` ADD CONSTRAINT `FK_62224942858bc1f0d1bc7fe74e1` FOREIGN KEY (`deliveryId`) REFERENCES `webhook_deliveries`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `webhook_attempts` DROP FOREIGN KEY `FK_62224942858bc1f0d1bc7fe74e1`");
    await queryRunner.query("ALTER TABLE `webhook_deliveries` DROP FOREIGN KEY `FK_9f63fc91ff6cbd3f8238b9a7812`");
    await queryRunner.query("ALTER TABLE `reward_extension_links` DROP FOREIGN KEY `FK_915afad713caebb09d1c94cb337`");
    await queryRunner.query("ALTER TABLE `reward_extension_links` DROP FOREIGN KEY `FK_60e630034a29a7b9c3018dae2d0`");
    await queryRunner.query("ALTER TABLE `bulk_issue_rows` DROP FOREIGN KEY `FK_424941a2185b7ea7bbc55d311bc`");
    await queryRunner.query("ALTER TABLE `bulk_issue_jobs` DROP FOREIGN KEY `FK_78f6ae3ed521b9220b60f71f61b`");
    await queryRunner.query("DROP INDEX `IDX_5a84b6067eff90739b65f837ea` ON `ledger_entries`");
    await queryRunner.query("DROP INDEX `IDX_19d0f67a10c3b0e0bacfb54884` ON `rewards`");
    await queryRunner.query("DROP INDEX `IDX_3b7c1a4babc5f663b4b958fe5e` ON `webhook_attempts`");
    await queryRunner.query("DROP TABLE `webhook_attempts`");
    await queryRunner.query("DROP INDEX `IDX_2ea65145f74113a92ac3107d54` ON `webhook_deliveries`");
    await queryRunner.query("DROP INDEX `IDX_8492559de5e0671f0f59f8d8c2` ON `webhook_deliveries`");
    await queryRunner.query("DROP TABLE `webhook_deliveries`");
    await queryRunner.query("DROP TABLE `webhook_endpoints`");
    await queryRunner.query("DROP INDEX `IDX_998377cf73bd765a83fff63094` ON `reward_extension_links`");
    await queryRunner.query("DROP INDEX `IDX_592e00268cc53a6a857603b293` ON `reward_extension_links`");
    await queryRunner.query("DROP TABLE `reward_extension_links`");
    await queryRunner.query("DROP INDEX `IDX_68004b669717b40197e22098fc` ON `bulk_issue_rows`");
    await queryRunner.query("DROP TABLE `bulk_issue_rows`");
    await queryRunner.query("DROP INDEX `IDX_59dc6ab01bf42fd423e75f005b` ON `bulk_issue_jobs`");
    await queryRunner.query("DROP INDEX `IDX_0726a1d6a891e7cb27daf74723` ON `bulk_issue_jobs`");
    await queryRunner.query("DROP TABLE `bulk_issue_jobs`");
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795699416271 implements MigrationInterface {
  name = 'Initial1795699416271';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `api_keys` (`id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `prefix` varchar(16) NOT NULL, `secretHash` varchar(64) NOT NULL, `scopes` text NOT NULL, `createdBy` varchar(80) NOT NULL, `createdAt` datetime(3) NOT NULL, `revokedAt` datetime(3) NULL, UNIQUE INDEX `IDX_61b9fd4b1653ad87c7e79a2746` (`secretHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `users` (`id` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `name` varchar(200) NOT NULL, `role` varchar(16) NOT NULL, `passwordHash` varchar(255) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_97672ac88f789774dd47f7c8be` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `auth_sessions` (`id` varchar(36) NOT NULL, `userId` varchar(36) NOT NULL, `tokenHash` varchar(64) NOT NULL, `createdAt` datetime(3) NOT NULL, `expiresAt` datetime(3) NOT NULL, `revokedAt` datetime(3) NULL, INDEX `IDX_925b24d7fc2f9324ce972aee02` (`userId`), UNIQUE INDEX `IDX_124a43dd73c87052e1a6193e3b` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `auth_sessions` ADD CONSTRAINT `FK_925b24d7fc2f9324ce972aee025` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `auth_sessions` DROP FOREIGN KEY `FK_925b24d7fc2f9324ce972aee025`',
    );
    await queryRunner.query('DROP INDEX `IDX_124a43dd73c87052e1a6193e3b` ON `auth_sessions`');
    await queryRunner.query('DROP INDEX `IDX_925b24d7fc2f9324ce972aee02` ON `auth_sessions`');
    await queryRunner.query('DROP TABLE `auth_sessions`');
    await queryRunner.query('DROP INDEX `IDX_97672ac88f789774dd47f7c8be` ON `users`');
    await queryRunner.query('DROP TABLE `users`');
    await queryRunner.query('DROP INDEX `IDX_61b9fd4b1653ad87c7e79a2746` ON `api_keys`');
    await queryRunner.query('DROP TABLE `api_keys`');
  }
}

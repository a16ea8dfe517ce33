import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeyLastUse1796349877465 implements MigrationInterface {
  name = 'ApiKeyLastUse1796349877465';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `api_keys` ADD `lastUsedAt` datetime(3) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `api_keys` DROP COLUMN `lastUsedAt`");
  }
}

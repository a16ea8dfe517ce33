import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionLastUse1796328503083 implements MigrationInterface {
  name = 'SessionLastUse1796328503083';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `auth_sessions` ADD `lastUsedAt` datetime(3) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `auth_sessions` DROP COLUMN `lastUsedAt`");
  }
}

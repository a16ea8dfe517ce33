import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExtendExpiries1796350119461 implements MigrationInterface {
  name = 'ExtendExpiries1796350119461';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `ledger_entries` ADD `expiresBefore` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `ledger_entries` ADD `expiresAfter` datetime(3) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `ledger_entries` DROP COLUMN `expiresAfter`");
    await queryRunner.query("ALTER TABLE `ledger_entries` DROP COLUMN `expiresBefore`");
  }
}

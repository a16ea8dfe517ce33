import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExtendExpiries1796350119461 implements MigrationInterface {
  name = 'ExtendExpiries1796350119461';

  // Columns are added in place: rebuilding ledger_entries (as the generator would) drops the
  // triggers that keep its entries immutable.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ledger_entries" ADD COLUMN "expiresBefore" datetime(3)');
    await queryRunner.query('ALTER TABLE "ledger_entries" ADD COLUMN "expiresAfter" datetime(3)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ledger_entries" DROP COLUMN "expiresAfter"');
    await queryRunner.query('ALTER TABLE "ledger_entries" DROP COLUMN "expiresBefore"');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEEDED_REWARD_TYPE_IDS, SEEDED_REWARD_TYPES } from '../shared-seed';

// Written by hand: triggers are invisible to schema generation. The ledger is append-only,
// and the database itself refuses to change or remove an entry.
export class LedgerGuardsAndRewardTypes1795700200000 implements MigrationInterface {
  name = 'LedgerGuardsAndRewardTypes1795700200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TRIGGER "ledger_entries_no_update" BEFORE UPDATE ON "ledger_entries" BEGIN SELECT RAISE(ABORT, \'ledger entries are immutable\'); END',
    );
    await queryRunner.query(
      'CREATE TRIGGER "ledger_entries_no_delete" BEFORE DELETE ON "ledger_entries" BEGIN SELECT RAISE(ABORT, \'ledger entries are immutable\'); END',
    );
    const now = new Date();
    await queryRunner.manager
      .createQueryBuilder()
      .insert()
      .into('reward_types')
      .values(SEEDED_REWARD_TYPES.map((t) => ({ ...t, createdAt: now, updatedAt: now })))
      .updateEntity(false)
      .execute();
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.manager
      .createQueryBuilder()
      .delete()
      .from('reward_types')
      .where('id IN (:...ids)', { ids: SEEDED_REWARD_TYPE_IDS })
      .execute();
    await queryRunner.query('DROP TRIGGER "ledger_entries_no_delete"');
    await queryRunner.query('DROP TRIGGER "ledger_entries_no_update"');
  }
}

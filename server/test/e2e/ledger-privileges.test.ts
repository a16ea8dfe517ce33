import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appGrants } from '../../src/db/grants';
import { createDefinition, fundedProfile } from '../support/factories';
import { startTestApp, TEST_DB, TestApp } from '../support/harness';

// The ledger's immutability by privileges, for engines that run no triggers (TiDB, Vitess):
// the app's own user (rewards_app from server/test/mysql-setup.sql) is refused UPDATE and
// DELETE on ledger_entries once the migration user has applied the grants CLI's statements.

const APP_USER = { user: 'rewards_app', password: 'rewards_app' };

describe.skipIf(TEST_DB !== 'mysql')('ledger privileges (mysql)', () => {
  let t: TestApp;
  let asApp: mysql.Connection;
  let profileId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.signIn('ADMIN');
    profileId = (await fundedProfile(admin, [500, 300], (await createDefinition(admin)).id)).profile
      .id;
    const db = t.config.database;
    if (db.kind !== 'mysql') throw new Error('a MySQL scratch database was expected');
    // The test's own account migrated the scratch database; as the migration user it applies
    // the app user's grants, as `node dist/cli/grants.js --apply` does.
    const names = (
      await t.db.dataSource.query<{ name: string }[]>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'",
        [db.database],
      )
    ).map((r) => r.name);
    for (const host of ['localhost', '127.0.0.1']) {
      for (const grant of appGrants({
        database: db.database,
        user: APP_USER.user,
        host,
        tables: names,
      })) {
        await t.db.dataSource.query(grant);
      }
    }
    asApp = await mysql.createConnection({
      host: db.host,
      port: db.port,
      ...APP_USER,
      database: db.database,
    });
  });
  afterAll(async () => {
    await asApp?.end();
    await t?.close();
  });

  async function refusal(sql: string, params: unknown[] = []) {
    try {
      await asApp.query(sql, params);
      return null;
    } catch (err) {
      return { errno: (err as { errno?: number }).errno, code: (err as { code?: string }).code };
    }
  }

  it('the app user reads and appends to the ledger', async () => {
    const [rows] = await asApp.query<mysql.RowDataPacket[]>(
      'SELECT * FROM ledger_entries WHERE profileId = ? ORDER BY seq',
      [profileId],
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const last = rows[rows.length - 1];
    const columns = Object.keys(last);
    const copy = { ...last, id: `test-${Date.now().toString(36)}`, seq: Number(last.seq) + 1 };
    await asApp.query(
      `INSERT INTO ledger_entries (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES (?)`,
      [columns.map((c) => (copy as Record<string, unknown>)[c])],
    );
    const [after] = await asApp.query<mysql.RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM ledger_entries WHERE profileId = ?',
      [profileId],
    );
    expect(Number(after[0].n)).toBe(rows.length + 1);
  });

  it('the app user is refused UPDATE and DELETE on the ledger (ER_TABLEACCESS_DENIED_ERROR)', async () => {
    const denied = { errno: 1142, code: 'ER_TABLEACCESS_DENIED_ERROR' };
    expect(
      await refusal('UPDATE ledger_entries SET amount = amount + 1 WHERE profileId = ?', [
        profileId,
      ]),
    ).toEqual(denied);
    expect(await refusal('DELETE FROM ledger_entries WHERE profileId = ?', [profileId])).toEqual(
      denied,
    );
    expect(await refusal('TRUNCATE TABLE ledger_entries')).toMatchObject({ errno: 1142 });
  });

  it('the app user still updates and deletes the tables that change, but not the migrations', async () => {
    expect(
      await refusal('UPDATE profiles SET updatedAt = updatedAt WHERE id = ?', [profileId]),
    ).toBeNull();
    expect(await refusal('DELETE FROM idempotency_keys WHERE 1 = 0')).toBeNull();
    expect(await refusal('DELETE FROM migrations WHERE 1 = 0')).toMatchObject({ errno: 1142 });
    expect(await refusal('DROP TABLE ledger_entries')).toMatchObject({ errno: 1142 });
  });
});

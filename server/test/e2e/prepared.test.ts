import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import { hydrate, insertRows, PreparedStatement, selectColumns } from '../../src/db/prepared';
import { IdempotencyKeyEntity } from '../../src/modules/idempotency/idempotency-key.entity';
import { ProfileEntity } from '../../src/modules/profiles/profile.entity';
import { startTestApp, TEST_DB, TestApp } from '../support/harness';

// The hot paths' statements skip TypeORM's builders (db/prepared.ts): what they store and
// read must be exactly what the builders store and read, on both databases.

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

function keyRow(key: string, refusal: object | null) {
  return t.db.manager.create(IdempotencyKeyEntity, {
    scope: 'system:test',
    operation: 'prepared',
    key,
    fingerprint: 'f'.repeat(64),
    resultType: refusal ? 'InsufficientBalanceError' : 'Redemption',
    resultId: refusal ? '' : newId(),
    refusal,
    createdAt: new Date('2026-03-29T01:30:00.123Z'),
  });
}

describe(`prepared statements and cached inserts (${TEST_DB})`, () => {
  it('insertRows stores what the insert builder stores, several rows in one statement', async () => {
    const em = t.db.manager;
    const viaBuilder = keyRow(newId(), { code: 'INSUFFICIENT_BALANCE', available: 12 });
    await em.createQueryBuilder().insert().into(IdempotencyKeyEntity).values(viaBuilder).execute();
    const ours = [
      keyRow(newId(), { code: 'INSUFFICIENT_BALANCE', available: 12 }),
      keyRow(newId(), null),
    ];
    const { statements } = await t.db.statements.record(() =>
      insertRows(em, IdempotencyKeyEntity, ours),
    );
    expect(statements).toHaveLength(1);
    const read = (key: string) =>
      em.findOneByOrFail(IdempotencyKeyEntity, {
        scope: 'system:test',
        operation: 'prepared',
        key,
      });
    const [a, b, c] = [
      await read(viaBuilder.key),
      await read(ours[0].key),
      await read(ours[1].key),
    ];
    expect({ ...b, key: a.key }).toEqual(a);
    expect(c.refusal).toBeNull();
    expect(c.createdAt.toISOString()).toBe('2026-03-29T01:30:00.123Z');
  });

  it('a prepared read hydrates an entity as TypeORM loads it', async () => {
    const em = t.db.manager;
    const id = newId();
    await em.insert(ProfileEntity, {
      id,
      externalId: `P-${id}`,
      email: null,
      firstName: 'Ada',
      lastName: null,
      birthDate: '1990-02-28',
      joinedAt: new Date('2025-01-02T03:04:05.006Z'),
      timezone: 'Europe/Berlin',
      tier: 'GOLD',
      isStaff: true,
      lifetimeSpend: 123_456_789,
      searchText: 'ada',
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    const statement = new PreparedStatement(
      (m) => `SELECT ${selectColumns(m, ProfileEntity, 'p')} FROM profiles p WHERE p.id = :id`,
    );
    const [row] = await statement.run(em, { id });
    expect(hydrate(em, ProfileEntity, row, 'p_')).toEqual(
      await em.findOneByOrFail(ProfileEntity, { id }),
    );
    expect(await statement.run(em, { id: 'none' })).toEqual([]);
  });

  it('an update tells how many rows it changed', async () => {
    const em = t.db.manager;
    const rows = [keyRow(newId(), null), keyRow(newId(), null)];
    await insertRows(em, IdempotencyKeyEntity, rows);
    const touch = new PreparedStatement(
      (m) =>
        "UPDATE idempotency_keys SET fingerprint = :print WHERE operation = 'prepared' AND " +
        `${m.connection.driver.escape('key')} IN (:a, :b)`,
    );
    expect(await touch.change(em, { print: 'e'.repeat(64), a: rows[0].key, b: rows[1].key })).toBe(
      2,
    );
    expect(await touch.change(em, { print: 'e'.repeat(64), a: 'none', b: 'none' })).toBe(0);
  });

  it('refuses a list parameter, whose SQL would change with the list', async () => {
    const statement = new PreparedStatement(() => 'SELECT id FROM profiles WHERE id IN (:...ids)');
    await expect(statement.run(t.db.manager, { ids: ['a'] })).rejects.toThrow(/list parameters/);
  });
});

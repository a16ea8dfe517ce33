import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import { RequestContext } from '../../src/core/context';
import { RewardEntity } from '../../src/modules/rewards/reward.entity';
import { createDefinition, createProfile, issue } from '../support/factories';
import { Client, startTestApp, TEST_DB, TestApp } from '../support/harness';

// DOMAIN.md / issue 3: the balance stays one indexed query however long a profile's history
// grows. A profile with thousands of expired and used rewards must be read through the
// (profileId, openUntil) index, touching only its open unexpired rows.

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
});
afterAll(async () => {
  await t?.close();
});

describe('the balance query', () => {
  it('reads a long history through the index of open rewards', async () => {
    const def = await createDefinition(admin);
    const profile = await createProfile(admin);
    const others = await Promise.all([1, 2, 3].map(() => createProfile(admin)));
    await issue(admin, { profileId: profile.id, definitionId: def.id });
    const template = await t.db.manager.findOneByOrFail(RewardEntity, { profileId: profile.id });
    // Years of history for this profile and others, inserted directly (the point is the shape
    // of the table, not how it got there): half expired with value left, half used up but
    // expiring only in the future.
    const past = Date.now() - 400 * 86_400_000;
    const rows = [profile, ...others].flatMap((p) =>
      Array.from({ length: 1500 }, (_, i) => {
        const used = i % 2 === 0;
        const expiresAt = used
          ? new Date(Date.now() + (1 + i) * 3_600_000)
          : new Date(past + 86_400_000 - i * 3_600_000);
        return {
          ...template,
          id: newId(),
          profileId: p.id,
          issuedAt: new Date(past - i * 3_600_000),
          expiresAt,
          valueRemaining: used ? 0 : template.valueRemaining,
          openUntil: used ? null : expiresAt,
        };
      }),
    );
    for (let i = 0; i < rows.length; i += 500) {
      await t.db.manager
        .createQueryBuilder()
        .insert()
        .into(RewardEntity)
        .values(rows.slice(i, i + 500))
        .updateEntity(false)
        .execute();
    }
    if (t.db.kind === 'mysql') await t.db.manager.query('ANALYZE TABLE rewards');
    else await t.db.manager.query('ANALYZE');

    const ctx = RequestContext.create(t.db, { kind: 'system', job: 'test' });
    const [sql, params] = t.services.rewards
      .balanceQuery(ctx, [profile.id])
      .getQueryAndParameters();
    if (TEST_DB === 'mysql') {
      const plan = await t.db.manager.query<
        { table: string; key: string | null; rows: number; type: string }[]
      >(`EXPLAIN ${sql}`, params);
      // The rewards are read by range; the other rows are the per-reward hold reservation.
      const rewards = plan.filter((p) => p.table === 'r');
      expect(rewards).toHaveLength(1);
      expect(rewards[0].key).toMatch(/^IDX_/);
      expect(rewards[0].type).toBe('range');
      // Only the open rows of this profile are examined, not its 1,500 expired or used ones.
      expect(Number(rewards[0].rows)).toBeLessThan(50);
    } else {
      const plan = await t.db.manager.query<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN ${sql}`,
        params,
      );
      const detail = plan.map((p) => p.detail).join('\n');
      expect(detail).toMatch(/SEARCH r USING INDEX IDX_\w+ \(profileId=\? AND openUntil>\?\)/);
    }
    const [row] = await t.services.rewards.balances(ctx, [profile.id]);
    expect(row).toMatchObject({ available: 1000, activeRewardCount: 1 });
  });
});

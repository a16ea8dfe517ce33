import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedemptionEntity } from '../../src/modules/redemptions/redemption.entity';
import {
  balanceOf,
  CAPTURE,
  createDefinition,
  createProfile,
  fundedProfile,
  HOLD,
  issue,
  REDEEM,
  redeem,
  RELEASE,
  RETURN,
  REVERSE,
  unique,
} from '../support/factories';
import { Client, GqlResponse, startTestApp, TestApp } from '../support/harness';
import { expectInvariants } from '../support/invariants';

// Races between every money-moving operation on one profile. Whatever the interleaving,
// DOMAIN.md's invariants must hold afterwards and no cent may be spent twice.

let t: TestApp;
let admin: Client;
let def: { id: string };
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
  def = await createDefinition(admin, { value: 1000 });
});
afterAll(async () => {
  await t?.close();
});

/** A small seeded PRNG (mulberry32), so a failing seed can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits a total into n positive parts at random. */
function split(total: number, n: number, random: () => number): number[] {
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(1 + Math.floor(random() * (total - 1)));
  const points = [0, ...[...cuts].sort((a, b) => a - b), total];
  return points.slice(1).map((p, i) => p - points[i]);
}

describe('concurrent redeems', () => {
  for (let seed = 1; seed <= 20; seed++) {
    it(`200 redeems of 100 against 5,000 spend it exactly once (seed ${seed})`, async () => {
      const random = rng(seed);
      const values = split(5000, 3 + Math.floor(random() * 6), random);
      const { profile } = await fundedProfile(admin, values, def.id);
      const answers = await Promise.all(
        Array.from({ length: 200 }, () => redeem(admin, { profileId: profile.id, amount: 100 })),
      );
      const kinds = answers.map((a) => a.data?.redeem.__typename ?? JSON.stringify(a.errors));
      expect(kinds.filter((k) => k === 'Redemption')).toHaveLength(50);
      expect(kinds.filter((k) => k === 'InsufficientBalanceError')).toHaveLength(150);
      expect((await balanceOf(admin, profile.id)).available.amount).toBe(0);
      expect(await t.db.manager.count(RedemptionEntity, { where: { profileId: profile.id } })).toBe(
        50,
      );
      await expectInvariants(t.db);
    });
  }
});

describe('one idempotency key sent many times at once', () => {
  it('has one effect and gives every caller the same answer', async () => {
    const { profile } = await fundedProfile(admin, [3000, 2000], def.id);
    const input = { profileId: profile.id, amount: 700, idempotencyKey: unique('storm') };
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => admin.gql(REDEEM, { input })),
    );
    const bodies = new Set(answers.map((a) => JSON.stringify(a.data?.redeem)));
    expect(bodies.size).toBe(1);
    expect(answers[0].data?.redeem.__typename).toBe('Redemption');
    expect(await t.db.manager.count(RedemptionEntity, { where: { profileId: profile.id } })).toBe(
      1,
    );
    expect((await balanceOf(admin, profile.id)).available.amount).toBe(4300);

    const conflicting = await Promise.all(
      Array.from({ length: 20 }, () => admin.gql(REDEEM, { input: { ...input, amount: 800 } })),
    );
    expect(new Set(conflicting.map((a) => a.data?.redeem.__typename))).toEqual(
      new Set(['IdempotencyConflictError']),
    );
    expect(await t.db.manager.count(RedemptionEntity, { where: { profileId: profile.id } })).toBe(
      1,
    );
    await expectInvariants(t.db);
  });
});

describe('a randomised mix of every operation from many clients', () => {
  for (const seed of [7, 42, 1234]) {
    it(`keeps every invariant (seed ${seed})`, async () => {
      const random = rng(seed);
      const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
      const profiles = await Promise.all([1, 2, 3].map(() => createProfile(admin)));
      const rewardIds: string[] = [];
      const redemptionIds: string[] = [];
      const holdIds: string[] = [];
      for (const p of profiles) {
        for (let i = 0; i < 3; i++) {
          const r = await issue(admin, {
            profileId: p.id,
            definitionId: def.id,
            value: 500 + Math.floor(random() * 2000),
          });
          rewardIds.push(r.data?.issueReward.id);
        }
      }
      const remember = (list: string[], id: unknown) => {
        if (typeof id === 'string') list.push(id);
      };
      const operations: (() => Promise<GqlResponse<Record<string, any>> | 0>)[] = [
        async () => {
          const r = await redeem(admin, {
            profileId: pick(profiles).id,
            amount: 50 + Math.floor(random() * 800),
            strict: random() < 0.5,
          });
          remember(redemptionIds, r.data?.redeem.id);
          return r;
        },
        async () => {
          const r = await admin.gql(HOLD, {
            input: {
              profileId: pick(profiles).id,
              amount: 50 + Math.floor(random() * 600),
              idempotencyKey: unique('h'),
              strict: false,
            },
          });
          remember(holdIds, r.data?.holdRewards.id);
          return r;
        },
        async () => {
          if (!holdIds.length) return 0;
          const r = await admin.gql(CAPTURE, {
            input: {
              holdId: pick(holdIds),
              idempotencyKey: unique('c'),
              amount: random() < 0.5 ? null : 10 + Math.floor(random() * 40),
            },
          });
          remember(redemptionIds, r.data?.captureHold.id);
          return r;
        },
        async () => holdIds.length && admin.gql(RELEASE, { id: pick(holdIds) }),
        async () =>
          redemptionIds.length &&
          admin.gql(REVERSE, { input: { redemptionId: pick(redemptionIds) } }),
        async () =>
          redemptionIds.length &&
          admin.gql(RETURN, {
            input: {
              redemptionId: pick(redemptionIds),
              amount: 1 + Math.floor(random() * 300),
              idempotencyKey: unique('ret'),
            },
          }),
        async () => {
          const r = await issue(admin, {
            profileId: pick(profiles).id,
            definitionId: def.id,
            value: 100 + Math.floor(random() * 900),
          });
          remember(rewardIds, r.data?.issueReward.id);
          return r;
        },
        async () =>
          admin.gql(
            'mutation($input: ExtendRewardInput!) { extendReward(input: $input) { __typename } }',
            {
              input: {
                rewardId: pick(rewardIds),
                days: 1 + Math.floor(random() * 30),
                reason: 'race',
              },
            },
          ),
        async () =>
          admin.gql(
            'mutation($input: VoidRewardInput!) { voidReward(input: $input) { __typename } }',
            {
              input: { rewardId: pick(rewardIds), reason: 'race' },
            },
          ),
      ];
      // Waves of concurrent clients, each wave mixing every kind of operation.
      let succeeded = 0;
      for (let wave = 0; wave < 6; wave++) {
        const results = await Promise.all(Array.from({ length: 30 }, () => pick(operations)()));
        for (const r of results) {
          if (!r) continue;
          // Every answer is data or an expected error, never an internal failure.
          expect(r.errors ?? []).toEqual([]);
          const value = Object.values(r.data ?? {})[0] as { __typename?: string } | undefined;
          if (value && !('errorCode' in value)) succeeded++;
        }
      }
      // The mix really exercised the engine rather than failing everything.
      expect(succeeded).toBeGreaterThan(60);
      await expectInvariants(t.db);
      // And nothing failed unexpectedly: the server logged no internal errors as answers.
      for (const p of profiles) {
        const b = await balanceOf(admin, p.id);
        expect(b.available.amount).toBeGreaterThanOrEqual(0);
      }
    });
  }
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { RequestContext } from '../../src/core/context';
import { LedgerEntryEntity } from '../../src/modules/rewards/ledger-entry.entity';
import { RewardEntity } from '../../src/modules/rewards/reward.entity';
import { ReactionEntity, OccurrenceEntity } from '../../src/modules/reactions/reaction.entity';
import { ExpiryReminderEntity } from '../../src/modules/schedule/schedule.entity';
import { IdempotencyKeyEntity } from '../../src/modules/idempotency/idempotency-key.entity';
import { createServices, ENTITIES } from '../../src/services';
import { graphql } from '../graphql/generated';
import type { ReactionInput } from '../graphql/generated/graphql';
import {
  CAPTURE,
  createDefinition,
  createProfile,
  HOLD,
  issue,
  redeem,
  REVERSE,
  unique,
} from '../support/factories';
import { Client, errorCode, startTestApp, TEST_DB, TestApp } from '../support/harness';
import { expectInvariants } from '../support/invariants';

let t: TestApp;
let admin: Client;

const RUN = graphql(`
  mutation RunScheduleForTest($asOf: DateTime) {
    runScheduledIssuance(asOf: $asOf) {
      asOf
      rewardsIssued
      birthdays
      anniversaries
      lapses
      rewardsExpired
      remindersSent
      idempotencyKeysPurged
    }
  }
`);
const CREATE_REACTION = graphql(`
  mutation CreateScheduledReactionForTest($input: ReactionInput!) {
    createReaction(input: $input) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation RecordForScheduleTest($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      id
    }
  }
`);
const EXTEND = graphql(`
  mutation ExtendForScheduleTest($input: ExtendRewardInput!) {
    extendReward(input: $input) {
      __typename
      ... on Reward {
        status
        expiresAt
      }
    }
  }
`);

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
});
afterEach(() => t.clock.reset());
afterAll(async () => {
  await t?.close();
});

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);

async function reaction(input: Partial<ReactionInput> & Pick<ReactionInput, 'event'>) {
  const res = await admin.gql(CREATE_REACTION, {
    input: { name: `${input.event} ${unique('r')}`, definitionId: '', ...input },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createReaction;
}

async function run(asOf = t.clock.now()) {
  const res = await admin.gql(RUN, { asOf: asOf.toISOString() });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.runScheduledIssuance;
}

async function pauseAll() {
  await t.db.manager.update(ReactionEntity, { active: true }, { active: false });
}

const rewardsOf = (profileId: string) =>
  t.db.manager.find(RewardEntity, { where: { profileId }, order: { issuedAt: 'ASC' } });

describe('the daily pass through a year', () => {
  it('pays welcome, birthday, anniversary and lapses exactly once, and books each expiry once', async () => {
    t.clock.set(at('2027-01-01T12:00:00Z'));
    await pauseAll();
    const short = await createDefinition(admin, {
      value: 500,
      expiryPeriod: 10,
      expiryUnit: 'DAYS',
    });
    const month = await createDefinition(admin, {
      value: 1000,
      expiryPeriod: 1,
      expiryUnit: 'MONTHS',
    });
    await reaction({ event: 'PROFILE_CREATED', definitionId: short.id });
    await reaction({ event: 'BIRTHDAY', definitionId: month.id });
    await reaction({ event: 'JOIN_ANNIVERSARY', definitionId: month.id });
    await reaction({ event: 'LAPSED', lapsedDays: 90, definitionId: month.id });
    const p = await createProfile(admin, {
      timezone: 'UTC',
      birthDate: '1990-03-15',
      joinedAt: '2025-02-05T10:00:00.000Z',
    });
    await admin.gql(RECORD, {
      input: {
        profileId: p.id,
        externalId: unique('o'),
        total: 1000,
        occurredAt: '2027-01-01T12:00:00.000Z',
      },
    });

    const totals = {
      rewardsIssued: 0,
      birthdays: 0,
      anniversaries: 0,
      lapses: 0,
      rewardsExpired: 0,
      remindersSent: 0,
    };
    const add = (s: Awaited<ReturnType<typeof run>>) => {
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += s[k];
    };
    // What webhooks will subscribe to: one reward.expiring per reward and expiry.
    const expiring: string[] = [];
    t.services.events.on('reward.expiring', (_tx, e) => {
      expiring.push(e.reward.id);
      return Promise.resolve();
    });
    const start = at('2027-01-01T12:00:00Z').getTime();
    for (let d = 0; d < 365; d++) {
      const day = new Date(start + d * DAY);
      const iso = day.toISOString().slice(0, 10);
      // The server was down around the anniversary: the pass catches it up later.
      if (iso >= '2027-02-04' && iso <= '2027-02-07') continue;
      t.clock.set(day);
      // Staff sessions last 90 days: sign in again as the months go by.
      if (d % 60 === 0) admin = await t.signIn('ADMIN');
      if (iso === '2027-06-01') {
        await admin.gql(RECORD, {
          input: {
            profileId: p.id,
            externalId: unique('o'),
            total: 2500,
            occurredAt: day.toISOString(),
          },
        });
      }
      if (iso === '2027-03-01') {
        // Two passes at once: the lease runs them one after the other, the keys pay once.
        const both = await Promise.all([run(), run()]);
        both.forEach(add);
        expect(both.map((s) => s.birthdays).sort()).toEqual([0, 1]);
      } else {
        add(await run());
      }
      // Running again the same day changes nothing.
      if (d % 30 === 0 || iso === '2027-02-08' || iso === '2027-04-01') {
        const again = await run();
        expect(again).toMatchObject({ rewardsIssued: 0, rewardsExpired: 0, remindersSent: 0 });
        await expectInvariants(t.db, t.clock.now());
      }
    }
    const rewards = await rewardsOf(p.id);
    const occurrences = await t.db.manager.find(OccurrenceEntity, { where: { profileId: p.id } });
    expect(occurrences.map((o) => o.occurrenceKey).sort()).toEqual(
      [
        'anniversary:2',
        'birthday:2027',
        'created',
        'lapse:2027-01-01T12:00:00.000Z',
        'lapse:2027-06-01T12:00:00.000Z',
      ].sort(),
    );
    expect(rewards).toHaveLength(5);
    expect(expiring.sort()).toEqual(rewards.map((r) => r.id).sort());
    expect(totals).toMatchObject({
      rewardsIssued: 4,
      birthdays: 1,
      anniversaries: 1,
      lapses: 2,
      rewardsExpired: 5,
      remindersSent: 5,
    });
    // The birthday reward came in the local birth month; the anniversary was caught up.
    const birthday = rewards.find(
      (r) => (r.meta as { occurrence: string }).occurrence === 'birthday:2027',
    )!;
    expect(birthday.issuedAt.toISOString().slice(0, 10)).toBe('2027-03-01');
    const anniversary = rewards.find(
      (r) => (r.meta as { occurrence: string }).occurrence === 'anniversary:2',
    )!;
    expect(anniversary.issuedAt.toISOString().slice(0, 10)).toBe('2027-02-08');
    const expiries = await t.db.manager.find(LedgerEntryEntity, {
      where: { profileId: p.id, type: 'EXPIRE' },
    });
    expect(expiries).toHaveLength(5);
    expect(expiries.every((e) => e.actor === 'system:expiry')).toBe(true);
    expect(
      await t.db.manager.count(ExpiryReminderEntity, { where: { rewardId: birthday.id } }),
    ).toBe(1);
    await expectInvariants(t.db, t.clock.now());

    // Extending an expired reward brings its value back with its own entry; when it expires
    // again the pass books it again.
    const extended = await admin.gql(EXTEND, {
      input: {
        rewardId: birthday.id,
        until: new Date(t.clock.now().getTime() + 30 * DAY).toISOString(),
        reason: 'Goodwill',
      },
    });
    expect(extended.data?.extendReward).toMatchObject({ __typename: 'Reward', status: 'ACTIVE' });
    const reopen = await t.db.manager.findOneByOrFail(LedgerEntryEntity, {
      rewardId: birthday.id,
      type: 'EXTEND',
    });
    expect(reopen.amount).toBe(1000);
    await expectInvariants(t.db, t.clock.now());
    expect((await run()).rewardsExpired).toBe(0);
    t.clock.advanceDays(31);
    expect((await run()).rewardsExpired).toBe(1);
    await expectInvariants(t.db, t.clock.now());
  }, 300_000);
});

describe('the daily pass', () => {
  it('pays each birthday once when passes race, and a second process waits for the lease', async () => {
    t.clock.set(at('2027-05-02T09:00:00Z'));
    await pauseAll();
    const def = await createDefinition(admin, {
      value: 800,
      expiryPeriod: 1,
      expiryUnit: 'MONTHS',
    });
    await reaction({ event: 'BIRTHDAY', definitionId: def.id });
    const profiles = [];
    for (let i = 0; i < 12; i++) {
      profiles.push(await createProfile(admin, { timezone: 'UTC', birthDate: '1985-05-20' }));
    }
    // Across a batch boundary too: three passes, small batches, at once.
    const runs = await Promise.all([
      run(),
      run(),
      t.services.schedule.run(t.system.as({ kind: 'system', job: 'schedule' }), null, {
        batchSize: 5,
      }),
    ]);
    expect(runs.reduce((s, r) => s + r.birthdays, 0)).toBe(12);
    for (const p of profiles) expect(await rewardsOf(p.id)).toHaveLength(1);
    await expectInvariants(t.db, t.clock.now());
  });

  it.runIf(TEST_DB === 'mysql')('two server processes on one database pay once', async () => {
    t.clock.set(at('2027-07-03T09:00:00Z'));
    await pauseAll();
    const def = await createDefinition(admin, {
      value: 800,
      expiryPeriod: 1,
      expiryUnit: 'MONTHS',
    });
    await reaction({ event: 'BIRTHDAY', definitionId: def.id });
    for (let i = 0; i < 30; i++) {
      await createProfile(admin, { timezone: 'UTC', birthDate: '1985-07-20' });
    }
    const otherDb = await openDatabase(t.config.database, ENTITIES, { migrate: false });
    try {
      const other = createServices(t.config);
      const ctx = RequestContext.create(otherDb, { kind: 'system', job: 'schedule' }, t.clock);
      const [a, b] = await Promise.all([
        other.schedule.run(ctx, null, { batchSize: 7 }),
        t.services.schedule.run(t.system.as({ kind: 'system', job: 'schedule' }), null, {
          batchSize: 7,
        }),
      ]);
      expect(a.birthdays + b.birthdays).toBe(30);
    } finally {
      await otherDb.close();
    }
    await expectInvariants(t.db, t.clock.now());
  });

  it('does not start while another process holds the lease, and takes it once it lapses', async () => {
    t.clock.set(at('2027-08-01T09:00:00Z'));
    const system = t.system.as({ kind: 'system', job: 'schedule' });
    expect(await t.services.schedule.takeLease(system, 'another-process')).toBe(true);
    await expect(t.services.schedule.run(system, null, { waitMs: 300 })).rejects.toThrow(/lease/);
    t.clock.advance(6 * 60_000);
    await expect(t.services.schedule.run(system, null, { waitMs: 300 })).resolves.toBeDefined();
  });

  it('leaves the expiry of a reward a live hold reserves until the hold is done', async () => {
    const def = await createDefinition(admin, { value: 1000 });
    const p = await createProfile(admin);
    const issued = await issue(admin, {
      profileId: p.id,
      definitionId: def.id,
      expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
    });
    const rewardId = issued.data!.issueReward.id as string;
    const hold = await admin.gql(HOLD, {
      input: { profileId: p.id, amount: 400, idempotencyKey: unique('h'), ttlSeconds: 3600 },
    });
    const holdId = hold.data!.holdRewards.id as string;
    t.clock.advance(40 * 60_000);
    await run();
    expect(
      await t.db.manager.count(LedgerEntryEntity, { where: { rewardId, type: 'EXPIRE' } }),
    ).toBe(0);
    const captured = await admin.gql(CAPTURE, { input: { holdId, idempotencyKey: unique('c') } });
    expect(captured.data!.captureHold.__typename).toBe('Redemption');
    await run();
    const [expire] = await t.db.manager.find(LedgerEntryEntity, {
      where: { rewardId, type: 'EXPIRE' },
    });
    expect(expire.amount).toBe(-600);
    await expectInvariants(t.db, t.clock.now());
  });

  it('gives a reversal back as a new reward once the expiry of its own was booked', async () => {
    const def = await createDefinition(admin, { value: 1000 });
    const p = await createProfile(admin);
    await issue(admin, {
      profileId: p.id,
      definitionId: def.id,
      expiresAt: new Date(Date.now() + 3 * 60_000).toISOString(),
    });
    const spent = await redeem(admin, { profileId: p.id, amount: 300 });
    const redemptionId = spent.data!.redeem.id as string;
    t.clock.advance(5 * 60_000);
    expect((await run()).rewardsExpired).toBeGreaterThanOrEqual(1);
    const reversed = await admin.gql(REVERSE, {
      input: { redemptionId, reason: 'Wrong customer' },
    });
    expect(reversed.data!.reverseRedemption.status).toBe('REVERSED');
    const carried = await t.db.manager.find(RewardEntity, {
      where: { profileId: p.id, source: 'RETURN' },
    });
    expect(carried.map((r) => r.valueRemaining)).toEqual([300]);
    await expectInvariants(t.db, t.clock.now());
  });

  it('purges idempotency keys past their retention', async () => {
    t.clock.set(at('2027-09-01T09:00:00Z'));
    await run(); // keys the earlier tests left are older still
    const def = await createDefinition(admin, { value: 100 });
    const p = await createProfile(admin);
    await issue(admin, { profileId: p.id, definitionId: def.id, idempotencyKey: unique('old') });
    const keys = await t.db.manager.count(IdempotencyKeyEntity);
    expect(keys).toBeGreaterThan(0);
    t.clock.advanceDays(6);
    expect((await run()).idempotencyKeysPurged).toBe(0);
    t.clock.advanceDays(2);
    expect((await run()).idempotencyKeysPurged).toBeGreaterThanOrEqual(1);
    await expectInvariants(t.db, t.clock.now());
  });

  it('refuses an asOf in the future, and is for ADMIN only', async () => {
    const future = await admin.gql(RUN, { asOf: new Date(Date.now() + 2 * DAY).toISOString() });
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    const manager = await t.signIn('MANAGER');
    expect(errorCode(await manager.gql(RUN, {}))).toBe('FORBIDDEN');
  });
});

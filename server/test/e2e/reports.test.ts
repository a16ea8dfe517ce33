import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntryEntity } from '../../src/modules/rewards/ledger-entry.entity';
import { RewardEntity } from '../../src/modules/rewards/reward.entity';
import { offsetSpans } from '../../src/modules/reports/reports.rules';
import { graphql } from '../graphql/generated';
import { localDay as localDayOf } from '../../src/core/time';
import { createDefinition, createProfile, issue, redeem, typeId } from '../support/factories';
import { Client, errorCode, startTestApp, TEST_DB, TestApp } from '../support/harness';
import { expectInvariants } from '../support/invariants';
import { LedgerTotalEntity } from '../../src/modules/rewards/ledger-totals.entity';

const LIABILITY = graphql(`
  query LiabilityForTest($currency: String) {
    liability(currency: $currency) {
      currency
      outstanding {
        amount
        currency
      }
      expiringSoon {
        amount
      }
      byExpiryMonth {
        month
        amount {
          amount
        }
        rewardCount
      }
    }
  }
`);
const ACTIVITY = graphql(`
  query ActivityForTest($from: DateTime!, $to: DateTime!, $interval: ReportInterval!) {
    activity(from: $from, to: $to, interval: $interval) {
      period
      rewardType
      rewardTypeName
      issued {
        amount
        currency
      }
      redeemed {
        amount
      }
      restored {
        amount
      }
      expired {
        amount
      }
      voided {
        amount
      }
    }
  }
`);
const BREAKAGE = graphql(`
  query BreakageForTest($from: DateTime!, $to: DateTime!) {
    breakage(from: $from, to: $to) {
      month
      amount {
        amount
        currency
      }
      rewardCount
    }
  }
`);

const TZ = 'Australia/Melbourne';
let t: TestApp;
let admin: Client;
let defs: { id: string; typeKey: string }[];
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
  defs = [];
  for (const key of ['customer-service', 'campaign']) {
    const d = await createDefinition(admin, { value: 1000, typeId: await typeId(admin, key) });
    defs.push({ id: d.id, typeKey: key });
  }
  // Melbourne moves from +10 to +11 at 2026-10-04 02:00 local (2026-10-03T16:00Z): entries on
  // both sides of that and of month ends, where a fixed offset would put them on the wrong day.
  const at = [
    '2026-09-30T14:30:00Z', // Oct 1 00:30 +10
    '2026-10-03T13:59:00Z', // Oct 3 23:59 +10
    '2026-10-03T14:01:00Z', // Oct 4 00:01 +10
    '2026-10-04T12:59:00Z', // Oct 4 23:59 +11
    '2026-10-04T13:30:00Z', // Oct 5 00:30 +11
    '2026-10-31T13:30:00Z', // Nov 1 00:30 +11
  ];
  for (const [i, instant] of at.entries()) {
    t.clock.set(new Date(instant));
    const p = await createProfile(admin, { timezone: TZ });
    const def = defs[i % 2];
    const a = await issue(admin, { profileId: p.id, definitionId: def.id, value: 1000 + i });
    const b = await issue(admin, {
      profileId: p.id,
      definitionId: defs[(i + 1) % 2].id,
      value: 500,
    });
    if (i % 2 === 0) await redeem(admin, { profileId: p.id, amount: 700 + i });
    if (i === 3) {
      await admin.gql(`mutation($i: VoidRewardInput!) { voidReward(input: $i) { __typename } }`, {
        i: { rewardId: b.data!.issueReward.id, reason: 'Duplicate' },
      });
    }
    expect(a.data?.issueReward.__typename).toBe('Reward');
  }
  t.clock.reset();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const localDay = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
const localMonth = (d: Date) => localDay(d).slice(0, 7);

async function expectedActivity(from: Date, to: Date, bucket: (d: Date) => string) {
  const entries = await t.db.manager.find(LedgerEntryEntity);
  const rewards = new Map((await t.db.manager.find(RewardEntity)).map((r) => [r.id, r]));
  const keys = new Map(defs.map((d) => [d.id, d.typeKey]));
  const out = new Map<string, Record<string, number>>();
  for (const e of entries) {
    if (e.createdAt < from || e.createdAt >= to || !e.rewardId) continue;
    const r = rewards.get(e.rewardId)!;
    const k = `${bucket(e.createdAt)}|${keys.get(r.definitionId)}`;
    const row = out.get(k) ?? { issued: 0, redeemed: 0, restored: 0, expired: 0, voided: 0 };
    if (e.type === 'ISSUE') row.issued += e.amount;
    if (e.type === 'REDEEM') row.redeemed -= e.amount;
    if (e.type === 'REVERSAL' || e.type === 'RETURN') row.restored += e.amount;
    if (e.type === 'EXPIRE') row.expired -= e.amount;
    if (e.type === 'VOID') row.voided -= e.amount;
    out.set(k, row);
  }
  return Object.fromEntries([...out.entries()].sort());
}

/** The activity report over [a, b), keyed like expectedActivity's answer. */
async function reported(a: Date, b: Date, interval: 'DAY' | 'MONTH') {
  const res = await admin.gql(ACTIVITY, {
    from: a.toISOString(),
    to: b.toISOString(),
    interval,
  });
  return Object.fromEntries(
    res.data!.activity.map((r) => [
      `${r.period}|${r.rewardType}`,
      {
        issued: r.issued.amount,
        redeemed: r.redeemed.amount,
        restored: r.restored.amount,
        expired: r.expired.amount,
        voided: r.voided.amount,
      },
    ]),
  );
}

describe('activity', () => {
  const from = new Date('2026-09-25T00:00:00Z');
  const to = new Date('2026-11-05T00:00:00Z');

  it('sums the ledger per reward type and brand-local day, across a DST change', async () => {
    const got = await reported(from, to, 'DAY');
    expect(Object.keys(got).sort()).toEqual(Object.keys(got));
    expect(got).toEqual(await expectedActivity(from, to, localDay));
    expect(Object.keys(got).map((k) => k.split('|')[0])).toEqual(
      expect.arrayContaining([
        '2026-10-01',
        '2026-10-03',
        '2026-10-04',
        '2026-10-05',
        '2026-11-01',
      ]),
    );
  });

  it('sums per brand-local month', async () => {
    const res = await admin.gql(ACTIVITY, {
      from: from.toISOString(),
      to: to.toISOString(),
      interval: 'MONTH',
    });
    const got = await reported(from, to, 'MONTH');
    expect(got).toEqual(await expectedActivity(from, to, localMonth));
    expect(res.data!.activity[0]).toMatchObject({
      rewardTypeName: expect.any(String),
      issued: { currency: 'AUD' },
    });
  });

  it('answers the same from the roll-up of whole days, today and partial days from the ledger', async () => {
    let steps = 0;
    while ((await t.services.rewards.rollUpReports(t.system)) > 0) steps++;
    expect(steps).toBeGreaterThan(60); // a day a step, from the first entry's day to yesterday
    expect(await t.db.manager.count(LedgerTotalEntity)).toBeGreaterThan(0);
    // Up to date: another step adds nothing.
    expect(await t.services.rewards.rollUpReports(t.system)).toBe(0);

    expect(await reported(from, to, 'DAY')).toEqual(await expectedActivity(from, to, localDay));
    expect(await reported(from, to, 'MONTH')).toEqual(await expectedActivity(from, to, localMonth));
    // Edges inside a day (Melbourne): the parts before and after the whole days come from the
    // ledger.
    const a = new Date('2026-10-03T13:50:00Z');
    const b = new Date('2026-10-04T13:07:00Z');
    expect(await reported(a, b, 'DAY')).toEqual(await expectedActivity(a, b, localDay));
    expect(Object.keys(await reported(a, b, 'DAY')).length).toBeGreaterThan(0);

    // A reward issued now is past the roll-up's mark: the ledger answers for it.
    const p = await createProfile(admin, { timezone: TZ });
    await issue(admin, { profileId: p.id, definitionId: defs[0].id, value: 4321 });
    const soon = new Date(Date.now() + 60_000);
    const recent = await reported(from, soon, 'MONTH');
    expect(recent).toEqual(await expectedActivity(from, soon, localMonth));
    expect(JSON.stringify(recent)).toContain('4321');
    await expectInvariants(t.db, t.clock.now());

    // Another zone (the brand moved): the roll-up starts again from the first entry, and until
    // it has, the report reads the ledger alone and still agrees.
    expect(await t.services.rewards.reports.rollUp(t.system, 'America/New_York')).toBe(1);
    expect(await t.db.manager.count(LedgerTotalEntity)).toBe(0);
    for (let i = 0; i < 10; i++)
      await t.services.rewards.reports.rollUp(t.system, 'America/New_York');
    await expectInvariants(t.db, t.clock.now());
    expect(await reported(from, to, 'MONTH')).toEqual(await expectedActivity(from, to, localMonth));
    while ((await t.services.rewards.rollUpReports(t.system)) > 0);
    await expectInvariants(t.db, t.clock.now());
  });

  it('refuses a DAY range over 2 years, and to before from', async () => {
    const far = new Date(from.getTime() + 2 * 366 * 86_400_000 + 86_400_000);
    expect(
      errorCode(
        await admin.gql(ACTIVITY, {
          from: from.toISOString(),
          to: far.toISOString(),
          interval: 'DAY',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await admin.gql(ACTIVITY, {
          from: from.toISOString(),
          to: far.toISOString(),
          interval: 'MONTH',
        })
      ).data?.activity,
    ).toBeDefined();
    expect(
      errorCode(
        await admin.gql(ACTIVITY, {
          from: to.toISOString(),
          to: from.toISOString(),
          interval: 'DAY',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('liability and breakage', () => {
  it('gives what is outstanding now by brand-local month of expiry', async () => {
    const res = await admin.gql(LIABILITY, {});
    const now = t.clock.now();
    const expected = new Map<string, { amount: number; count: number }>();
    for (const r of await t.db.manager.find(RewardEntity)) {
      if (r.voidedAt || r.valueRemaining === 0 || r.expiresAt < now) continue;
      const m = expected.get(localMonth(r.expiresAt)) ?? { amount: 0, count: 0 };
      expected.set(localMonth(r.expiresAt), {
        amount: m.amount + r.valueRemaining,
        count: m.count + 1,
      });
    }
    const rows = [...expected.entries()]
      .sort()
      .map(([month, v]) => ({ month, amount: { amount: v.amount }, rewardCount: v.count }));
    // By the end of the 30th brand-local day from today.
    const soon = localDayOf(new Date(now.getTime() + 30 * 86_400_000), TZ).end;
    const expiringSoon = (await t.db.manager.find(RewardEntity))
      .filter((r) => !r.voidedAt && r.expiresAt >= now && r.expiresAt < soon)
      .reduce((a, r) => a + r.valueRemaining, 0);
    expect(res.data!.liability).toEqual({
      currency: 'AUD',
      outstanding: { amount: rows.reduce((a, r) => a + r.amount.amount, 0), currency: 'AUD' },
      expiringSoon: { amount: expiringSoon },
      byExpiryMonth: rows,
    });
    expect(expiringSoon).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('gives breakage: value left on rewards that expired, per month', async () => {
    const p = await createProfile(admin, { timezone: TZ });
    const soon = new Date(t.clock.now().getTime() + 86_400_000);
    await issue(admin, {
      profileId: p.id,
      definitionId: defs[0].id,
      value: 300,
      expiresAt: soon.toISOString(),
    });
    await issue(admin, {
      profileId: p.id,
      definitionId: defs[1].id,
      value: 200,
      expiresAt: soon.toISOString(),
    });
    await redeem(admin, { profileId: p.id, amount: 250 });
    t.clock.advanceDays(3);
    try {
      const from = new Date('2026-01-01T00:00:00Z');
      const to = new Date(t.clock.now().getTime() + 365 * 86_400_000);
      const res = await admin.gql(BREAKAGE, { from: from.toISOString(), to: to.toISOString() });
      const now = t.clock.now();
      const expected = new Map<string, { amount: number; count: number }>();
      for (const r of await t.db.manager.find(RewardEntity)) {
        if (r.voidedAt || r.valueRemaining === 0 || r.expiresAt >= now || r.expiresAt < from)
          continue;
        const m = expected.get(localMonth(r.expiresAt)) ?? { amount: 0, count: 0 };
        expected.set(localMonth(r.expiresAt), {
          amount: m.amount + r.valueRemaining,
          count: m.count + 1,
        });
      }
      expect(res.data!.breakage).toEqual(
        [...expected.entries()].sort().map(([month, v]) => ({
          month,
          amount: { amount: v.amount, currency: 'AUD' },
          rewardCount: v.count,
        })),
      );
      expect(res.data!.breakage.reduce((a, r) => a + r.amount.amount, 0)).toBe(250);
    } finally {
      t.clock.reset();
    }
  });

  it('is for staff only', async () => {
    const key = await admin.gql(
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
      {
        i: { name: 'reports', scopes: ['READ_PROFILES'] },
      },
    );
    const client = t.client(key.data!.createApiKey.secret as string);
    expect(errorCode(await client.gql(LIABILITY, {}))).toBe('FORBIDDEN');
    expect(errorCode(await t.anonymous.gql(LIABILITY, {}))).toBe('UNAUTHENTICATED');
    const manager = await t.signIn('MANAGER');
    expect((await manager.gql(LIABILITY, {})).data?.liability.currency).toBe('AUD');
  });
});

describe('query plans', () => {
  it('reads indexes, not whole tables', async () => {
    const now = new Date();
    const spans = offsetSpans(new Date(now.getTime() - 400 * 86_400_000), now, TZ);
    const sql = t.services.rewards.reports.reportSql(t.system, spans);
    for (const [name, [query, params]] of Object.entries(sql)) {
      if (TEST_DB === 'mysql') {
        const plan = await t.db.manager.query<
          { table: string; type: string; key: string | null }[]
        >(`EXPLAIN ${query}`, params);
        expect(plan.length).toBeGreaterThan(0);
        for (const step of plan) {
          expect(step.type, `${name}: ${JSON.stringify(plan)}`).not.toBe('ALL');
          expect(step.key, `${name}: ${JSON.stringify(plan)}`).not.toBeNull();
        }
      } else {
        const plan = await t.db.manager.query<{ detail: string }[]>(
          `EXPLAIN QUERY PLAN ${query}`,
          params,
        );
        const details = plan.map((p) => p.detail).join('\n');
        for (const d of plan.map((p) => p.detail).filter((x) => /^(SCAN|SEARCH) /.test(x))) {
          expect(d, `${name}:\n${details}`).toMatch(/INDEX|PRIMARY KEY/);
        }
      }
    }
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntryEntity } from '../../src/modules/rewards/ledger-entry.entity';
import { RewardEntity } from '../../src/modules/rewards/reward.entity';
import {
  balanceOf,
  createDefinition,
  createProfile,
  ISSUE,
  issue,
  REWARD_FIELDS,
  unique,
} from '../support/factories';
import { Client, errorCode, startTestApp, TestApp } from '../support/harness';
import { expectInvariants } from '../support/invariants';

let t: TestApp;
let admin: Client;
let manager: Client;
let def: { id: string; handle: string };
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
  manager = await t.signIn('MANAGER');
  def = await createDefinition(admin, { value: 1000, expiryPeriod: 1, expiryUnit: 'MONTHS' });
});
afterEach(async () => {
  await expectInvariants(t.db, t.clock.now());
  t.clock.reset();
});
afterAll(async () => {
  await t?.close();
});

async function apiKey(scopes: string[]) {
  const res = await admin.gql(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    { input: { name: unique('key'), scopes } },
  );
  return t.client(res.data!.createApiKey.secret);
}

const counts = async () => ({
  rewards: await t.db.manager.count(RewardEntity),
  ledger: await t.db.manager.count(LedgerEntryEntity),
});

const EXTEND = `mutation($input: ExtendRewardInput!) { extendReward(input: $input) {
  __typename ... on Reward { ${REWARD_FIELDS} } ... on ErrorResult { errorCode message } } }`;
const VOID = `mutation($input: VoidRewardInput!) { voidReward(input: $input) {
  __typename ... on Reward { ${REWARD_FIELDS} } ... on ErrorResult { errorCode message } } }`;
const LEDGER = `query($id: ID!, $first: Int, $after: String) { profile(id: $id) { ledger(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { type amount { amount currency } balanceAfter { amount } actor reason reward { id } expiresBefore expiresAfter } } } } }`;

describe('issuing', () => {
  it('takes value and expiry from the definition, ending at the end of the local day', async () => {
    const p = await createProfile(manager, { timezone: 'Australia/Melbourne' });
    const res = await issue(manager, {
      profileId: p.id,
      definitionId: def.id,
      reason: 'Late delivery',
    });
    const reward = res.data?.issueReward;
    expect(reward).toMatchObject({
      __typename: 'Reward',
      status: 'ACTIVE',
      valueInitial: { amount: 1000, currency: 'AUD' },
      valueRemaining: { amount: 1000, currency: 'AUD' },
      timezone: 'Australia/Melbourne',
      source: 'MANUAL',
      reason: 'Late delivery',
      extensionCount: 0,
      definition: { id: def.id },
      type: { key: 'customer-service' },
      profile: { id: p.id },
    });
    expect(reward.issuedBy).toMatch(/^user:/);
    expect(reward.expiresLocal).toMatch(/T23:59:59\+1[01]:00$/);
    const days = (Date.parse(reward.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(27);
    expect(days).toBeLessThan(33);

    const balance = await balanceOf(manager, p.id);
    expect(balance).toMatchObject({ available: { amount: 1000 }, activeRewardCount: 1 });
    expect(balance.nextExpiry).toBe(reward.expiresAt);
    expect(balance.expiringSoon.amount).toBe(days <= 30 ? 1000 : 0);

    const ledger = (await manager.gql(LEDGER, { id: p.id })).data?.profile.ledger;
    expect(ledger.edges[0].node).toMatchObject({
      type: 'ISSUE',
      amount: { amount: 1000, currency: 'AUD' },
      balanceAfter: { amount: 1000 },
      reason: 'Late delivery',
      reward: { id: reward.id },
    });
    expect(ledger.edges[0].node.actor).toBe(reward.issuedBy);
  });

  it('finds the profile by external id and the definition by handle, with overrides', async () => {
    const p = await createProfile(admin, { timezone: 'America/New_York' });
    const expiresAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const res = await issue(admin, {
      profileExternalId: p.externalId,
      definitionHandle: def.handle,
      value: 2550,
      expiresAt,
      meta: { ticket: 'CS-42' },
    });
    expect(res.data?.issueReward).toMatchObject({
      valueInitial: { amount: 2550 },
      expiresAt,
      timezone: 'America/New_York',
      meta: { ticket: 'CS-42' },
    });
    expect((await balanceOf(admin, p.id)).available.amount).toBe(2550);
  });

  it('issues a PENDING reward that joins the balance only when it activates', async () => {
    const p = await createProfile(admin);
    const activatesAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const res = await issue(admin, { profileId: p.id, definitionId: def.id, activatesAt });
    expect(res.data?.issueReward).toMatchObject({ status: 'PENDING', activatesAt });
    expect((await balanceOf(admin, p.id)).available.amount).toBe(0);
    // The clock moves past activation: no job runs, the read sees it active.
    t.clock.advanceDays(3);
    expect((await balanceOf(admin, p.id)).available.amount).toBe(1000);
  });

  it('stops counting a reward the instant it expires, with no job involved', async () => {
    const p = await createProfile(admin);
    const expiresAt = new Date(Date.now() + 60_000);
    const res = await issue(admin, {
      profileId: p.id,
      definitionId: def.id,
      expiresAt: expiresAt.toISOString(),
    });
    const id = res.data?.issueReward.id;
    expect((await balanceOf(admin, p.id)).available.amount).toBe(1000);
    t.clock.set(new Date(expiresAt.getTime() + 1));
    expect((await balanceOf(admin, p.id)).available.amount).toBe(0);
    const reward = await admin.gql('query($id: ID!) { reward(id: $id) { status } }', { id });
    expect(reward.data?.reward.status).toBe('EXPIRED');
  });

  it('keeps balances per currency', async () => {
    const p = await createProfile(admin);
    const usd = await createDefinition(admin, { currency: 'USD', value: 500 });
    await issue(admin, { profileId: p.id, definitionId: def.id });
    await issue(admin, { profileId: p.id, definitionId: usd.id });
    await issue(admin, { profileId: p.id, definitionId: usd.id });
    const res = await admin.gql(
      `query($id: ID!) { profile(id: $id) {
        usd: balance(currency: "usd") { currency available { amount currency } activeRewardCount }
        balances { currency available { amount } } } }`,
      { id: p.id },
    );
    expect(res.data?.profile.usd).toEqual({
      currency: 'USD',
      available: { amount: 1000, currency: 'USD' },
      activeRewardCount: 2,
    });
    expect(res.data?.profile.balances).toEqual([
      { currency: 'AUD', available: { amount: 1000 } },
      { currency: 'USD', available: { amount: 1000 } },
    ]);
    const bad = await admin.gql(
      'query($id: ID!) { profile(id: $id) { balance(currency: "XXQ") { currency } } }',
      {
        id: p.id,
      },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('answers NotFoundError for an unknown profile or definition, writing nothing', async () => {
    const p = await createProfile(admin);
    const before = await counts();
    const noProfile = await issue(admin, { profileExternalId: 'nobody', definitionId: def.id });
    expect(noProfile.data?.issueReward).toMatchObject({
      __typename: 'NotFoundError',
      errorCode: 'NOT_FOUND',
    });
    const noDef = await issue(admin, { profileId: p.id, definitionHandle: 'no-such-def' });
    expect(noDef.data?.issueReward).toMatchObject({ __typename: 'NotFoundError' });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['zero', { value: 0 }, 'value'],
    ['negative', { value: -100 }, 'value'],
    ['blank reason', { reason: '   ' }, 'reason'],
    ['past expiry', { expiresAt: '2020-01-01T00:00:00Z' }, 'expiresAt'],
    ['activation after expiry', { activatesAt: '2099-01-01T00:00:00Z' }, 'activatesAt'],
    ['both profile ids', { profileExternalId: 'x' }, 'profileId'],
    ['both definition ids', { definitionHandle: 'x' }, 'definitionId'],
    ['blank idempotency key', { idempotencyKey: ' ' }, 'idempotencyKey'],
    ['array meta', { meta: [1, 2] }, 'meta'],
  ])('rejects %s as BAD_USER_INPUT and writes nothing', async (_name, change, field) => {
    const p = await createProfile(admin);
    const before = await counts();
    const res = await issue(admin, { profileId: p.id, definitionId: def.id, ...change });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it('rejects fractional, huge and non-numeric values before anything runs', async () => {
    const p = await createProfile(admin);
    const before = await counts();
    for (const value of [10.5, 2 ** 31, Number.MAX_SAFE_INTEGER, '1000', null, true]) {
      const res = await issue(admin, {
        profileId: p.id,
        definitionId: def.id,
        value: value ?? 'x',
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses an archived definition', async () => {
    const old = await createDefinition(admin);
    await admin.gql('mutation($id: ID!) { archiveRewardDefinition(id: $id) { id } }', {
      id: old.id,
    });
    const p = await createProfile(admin);
    const before = await counts();
    const res = await issue(admin, { profileId: p.id, definitionId: old.id });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/archived/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a definition whose fixed expiry has passed', async () => {
    const soon = await createDefinition(admin, {
      expiryPeriod: null,
      expiryUnit: null,
      absoluteExpiry: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const p = await createProfile(admin);
    t.clock.advanceDays(2);
    const res = await issue(admin, { profileId: p.id, definitionId: soon.id });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });
});

describe('manager limits', () => {
  it('cap a single manual reward', async () => {
    const p = await createProfile(manager);
    const before = await counts();
    const res = await issue(manager, { profileId: p.id, definitionId: def.id, value: 5001 });
    expect(res.data?.issueReward).toMatchObject({
      __typename: 'IssueLimitExceededError',
      errorCode: 'ISSUE_LIMIT_EXCEEDED',
      limit: { amount: 5000, currency: 'AUD' },
      message: 'Managers can issue at most A$50.00 in one reward.',
    });
    expect(await counts()).toEqual(before);
    const ok = await issue(manager, { profileId: p.id, definitionId: def.id, value: 5000 });
    expect(ok.data?.issueReward.__typename).toBe('Reward');
  });

  it("cap a MANAGER's manual total per brand-local day, but not an ADMIN's or an API key's", async () => {
    // 9:30 am in Melbourne, the brand's zone: still the day before in UTC.
    t.clock.set(new Date(Date.UTC(2027, 0, 14, 22, 30)));
    const m = await t.signIn('MANAGER');
    const p = await createProfile(m);
    for (let i = 0; i < 4; i++) {
      const res = await issue(m, { profileId: p.id, definitionId: def.id, value: 5000 });
      expect(res.data?.issueReward.__typename).toBe('Reward');
    }
    const over = await issue(m, { profileId: p.id, definitionId: def.id, value: 1 });
    expect(over.data?.issueReward).toMatchObject({
      __typename: 'IssueLimitExceededError',
      limit: { amount: 20000 },
      message:
        'Managers can issue at most A$200.00 a day (Australia/Melbourne); A$0.00 is left today.',
    });
    // At 11 pm UTC it is already the next morning in Melbourne: a new day, a new allowance.
    t.clock.set(new Date(Date.UTC(2027, 0, 15, 23, 0)));
    expect(
      (await issue(m, { profileId: p.id, definitionId: def.id, value: 5000 })).data?.issueReward
        .__typename,
    ).toBe('Reward');
    const viaAdmin = await issue(admin, {
      profileId: p.id,
      definitionId: def.id,
      value: 1_000_000,
    });
    expect(viaAdmin.data?.issueReward.__typename).toBe('Reward');
    const key = await apiKey(['ISSUE_REWARDS']);
    const viaKey = await key.gql(
      `mutation($input: IssueRewardInput!) { issueReward(input: $input) {
        __typename ... on Reward { issuedBy valueInitial { amount } profile { id } } } }`,
      {
        input: {
          profileId: p.id,
          definitionId: def.id,
          value: 9000,
          reason: 'Goodwill',
          idempotencyKey: unique('k'),
        },
      },
    );
    expect(viaKey.data?.issueReward).toMatchObject({
      __typename: 'Reward',
      valueInitial: { amount: 9000 },
    });
    expect(viaKey.data?.issueReward.issuedBy).toMatch(/^apikey:/);
  });

  it('hold under concurrent issues by one MANAGER to many profiles', async () => {
    const m = await t.signIn('MANAGER');
    const profiles = await Promise.all(Array.from({ length: 6 }, () => createProfile(admin)));
    const results = await Promise.all(
      profiles.map((p) => issue(m, { profileId: p.id, definitionId: def.id, value: 5000 })),
    );
    const issued = results.filter((r) => r.data?.issueReward.__typename === 'Reward');
    expect(issued).toHaveLength(4);
  });
});

describe('idempotency', () => {
  it('returns the first reward for a retried key instead of issuing twice', async () => {
    const p = await createProfile(admin);
    const input = { profileId: p.id, definitionId: def.id, idempotencyKey: unique('k') };
    const first = await issue(admin, input);
    const again = await issue(admin, input);
    expect(again.data?.issueReward.id).toBe(first.data?.issueReward.id);
    expect((await balanceOf(admin, p.id)).available.amount).toBe(1000);
  });

  it('answers IdempotencyConflictError for the same key with a different input', async () => {
    const p = await createProfile(admin);
    const key = unique('k');
    await issue(admin, { profileId: p.id, definitionId: def.id, idempotencyKey: key });
    const before = await counts();
    const res = await issue(admin, {
      profileId: p.id,
      definitionId: def.id,
      idempotencyKey: key,
      value: 999,
    });
    expect(res.data?.issueReward).toMatchObject({
      __typename: 'IdempotencyConflictError',
      errorCode: 'IDEMPOTENCY_CONFLICT',
    });
    const other = await createProfile(admin);
    const elsewhere = await issue(admin, {
      profileId: other.id,
      definitionId: def.id,
      idempotencyKey: key,
    });
    expect(elsewhere.data?.issueReward.__typename).toBe('IdempotencyConflictError');
    expect(await counts()).toEqual(before);
  });

  it('has one effect when the same key arrives many times at once', async () => {
    const p = await createProfile(admin);
    const input = {
      reason: 'Retry storm',
      idempotencyKey: unique('k'),
      profileId: p.id,
      definitionId: def.id,
    };
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => admin.gql(ISSUE, { input })),
    );
    const ids = new Set(answers.map((a) => a.data?.issueReward.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(await t.db.manager.count(RewardEntity, { where: { profileId: p.id } })).toBe(1);
  });

  it('has one effect when one key races for two different profiles', async () => {
    const [a, b] = [await createProfile(admin), await createProfile(admin)];
    const key = unique('k');
    const answers = await Promise.all(
      [a, b, a, b].map((p) =>
        issue(admin, { profileId: p.id, definitionId: def.id, idempotencyKey: key }),
      ),
    );
    const kinds = answers.map((r) => r.data?.issueReward.__typename).sort();
    expect(kinds.filter((k) => k === 'Reward')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'IdempotencyConflictError')).toHaveLength(2);
    const total = await t.db.manager.count(RewardEntity, {
      where: [{ profileId: a.id }, { profileId: b.id }],
    });
    expect(total).toBe(1);
  });
});

describe('extending', () => {
  it('adds days to the current expiry, still at the end of the local day', async () => {
    const p = await createProfile(manager);
    const reward = (await issue(manager, { profileId: p.id, definitionId: def.id })).data
      ?.issueReward;
    const res = await manager.gql(EXTEND, {
      input: { rewardId: reward.id, days: 45, reason: 'Goodwill' },
    });
    const extended = res.data?.extendReward;
    expect(extended).toMatchObject({ __typename: 'Reward', extensionCount: 1, status: 'ACTIVE' });
    expect(extended.expiresLocal).toMatch(/T23:59:59\+1[01]:00$/);
    const added = (Date.parse(extended.expiresAt) - Date.parse(reward.expiresAt)) / 86_400_000;
    expect(Math.round(added)).toBe(45);
    expect(extended.extendedAt).toBeTruthy();
    const ledger = (await manager.gql(LEDGER, { id: p.id, first: 1 })).data?.profile.ledger;
    expect(ledger.edges[0].node).toMatchObject({
      type: 'EXTEND',
      amount: { amount: 0 },
      balanceAfter: { amount: 1000 },
      reason: 'Goodwill',
      // The entry says which expiry it replaced with which.
      expiresBefore: reward.expiresAt,
      expiresAfter: extended.expiresAt,
    });
    // Other entries carry no expiry change.
    const issued = (await manager.gql(LEDGER, { id: p.id })).data?.profile.ledger.edges.find(
      (e: { node: { type: string } }) => e.node.type === 'ISSUE',
    );
    expect(issued.node).toMatchObject({ expiresBefore: null, expiresAfter: null });
  });

  it('replaces the expiry with until, and brings an expired reward back', async () => {
    const p = await createProfile(admin);
    const reward = (await issue(admin, { profileId: p.id, definitionId: def.id })).data
      ?.issueReward;
    // A month and more later the reward has expired.
    t.clock.advanceDays(40);
    expect((await balanceOf(admin, p.id)).available.amount).toBe(0);
    const until = new Date(t.clock.now().getTime() + 10 * 86_400_000).toISOString();
    const res = await admin.gql(EXTEND, {
      input: { rewardId: reward.id, until, reason: 'Missed it' },
    });
    expect(res.data?.extendReward).toMatchObject({ expiresAt: until, status: 'ACTIVE' });
    expect((await balanceOf(admin, p.id)).available.amount).toBe(1000);
  });

  it('refuses a voided or pending reward with RewardNotActiveError', async () => {
    const p = await createProfile(admin);
    const pending = (
      await issue(admin, {
        profileId: p.id,
        definitionId: def.id,
        activatesAt: new Date(Date.now() + 86_400_000).toISOString(),
      })
    ).data?.issueReward;
    const res = await admin.gql(EXTEND, { input: { rewardId: pending.id, days: 1, reason: 'x' } });
    expect(res.data?.extendReward).toMatchObject({
      __typename: 'RewardNotActiveError',
      errorCode: 'REWARD_NOT_ACTIVE',
    });
    await admin.gql(VOID, { input: { rewardId: pending.id, reason: 'Wrong customer' } });
    const voided = await admin.gql(EXTEND, {
      input: { rewardId: pending.id, days: 1, reason: 'x' },
    });
    expect(voided.data?.extendReward.__typename).toBe('RewardNotActiveError');
  });

  it.each([
    [{ days: 0 }, 'days'],
    [{ days: -3 }, 'days'],
    [{ days: 3, until: '2099-01-01T00:00:00Z' }, 'days'],
    [{}, 'days'],
    [{ until: '2000-01-01T00:00:00Z' }, 'until'],
    [{ days: 3, reason: '' }, 'reason'],
  ])('rejects %o and changes nothing', async (change, field) => {
    const p = await createProfile(admin);
    const reward = (await issue(admin, { profileId: p.id, definitionId: def.id })).data
      ?.issueReward;
    const before = await counts();
    const res = await admin.gql(EXTEND, {
      input: { rewardId: reward.id, reason: 'ok', ...change },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(await counts()).toEqual(before);
    const after = await t.db.manager.findOneByOrFail(RewardEntity, { id: reward.id });
    expect(after.extensionCount).toBe(0);
  });

  it('answers NotFoundError for an unknown reward', async () => {
    const res = await admin.gql(EXTEND, { input: { rewardId: 'nope', days: 1, reason: 'x' } });
    expect(res.data?.extendReward.__typename).toBe('NotFoundError');
  });
});

describe('voiding', () => {
  it('ends a reward, takes its value off the balance and records who and why', async () => {
    const p = await createProfile(manager);
    const reward = (await issue(manager, { profileId: p.id, definitionId: def.id })).data
      ?.issueReward;
    const res = await manager.gql(VOID, {
      input: { rewardId: reward.id, reason: 'Issued in error' },
    });
    expect(res.data?.voidReward).toMatchObject({
      __typename: 'Reward',
      status: 'VOIDED',
      valueRemaining: { amount: 0 },
    });
    expect(res.data?.voidReward.voidedAt).toBeTruthy();
    // The void's reason stays with the reward, beside the reason it was issued for.
    const read = await manager.gql(`query($id: ID!) { reward(id: $id) { reason voidReason } }`, {
      id: reward.id,
    });
    expect(read.data?.reward).toEqual({
      reason: expect.any(String),
      voidReason: 'Issued in error',
    });
    expect((await balanceOf(manager, p.id)).available.amount).toBe(0);
    const ledger = (await manager.gql(LEDGER, { id: p.id, first: 1 })).data?.profile.ledger;
    expect(ledger.edges[0].node).toMatchObject({
      type: 'VOID',
      amount: { amount: -1000 },
      balanceAfter: { amount: 0 },
      reason: 'Issued in error',
    });
    const again = await manager.gql(VOID, { input: { rewardId: reward.id, reason: 'again' } });
    expect(again.data?.voidReward.__typename).toBe('RewardNotActiveError');
  });

  it('refuses an expired reward and a blank reason', async () => {
    const p = await createProfile(admin);
    const reward = (await issue(admin, { profileId: p.id, definitionId: def.id })).data
      ?.issueReward;
    expect(errorCode(await admin.gql(VOID, { input: { rewardId: reward.id, reason: ' ' } }))).toBe(
      'BAD_USER_INPUT',
    );
    t.clock.advanceDays(40);
    const res = await admin.gql(VOID, { input: { rewardId: reward.id, reason: 'late' } });
    expect(res.data?.voidReward.__typename).toBe('RewardNotActiveError');
  });

  it('is for staff only', async () => {
    const key = await apiKey(['ISSUE_REWARDS', 'READ_PROFILES']);
    const res = await key.gql(VOID, { input: { rewardId: 'x', reason: 'x' } });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(
      errorCode(await key.gql(EXTEND, { input: { rewardId: 'x', days: 1, reason: 'x' } })),
    ).toBe('FORBIDDEN');
  });
});

describe('the ledger', () => {
  it('pages newest first and lists rewards by status', async () => {
    const p = await createProfile(admin);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(
        (await issue(admin, { profileId: p.id, definitionId: def.id })).data?.issueReward.id,
      );
    await admin.gql(VOID, { input: { rewardId: ids[0], reason: 'dup' } });
    const page = (await admin.gql(LEDGER, { id: p.id, first: 3 })).data?.profile.ledger;
    expect(page.totalCount).toBe(4);
    expect(page.edges.map((e: { node: { type: string } }) => e.node.type)).toEqual([
      'VOID',
      'ISSUE',
      'ISSUE',
    ]);
    expect(
      page.edges.map(
        (e: { node: { balanceAfter: { amount: number } } }) => e.node.balanceAfter.amount,
      ),
    ).toEqual([2000, 3000, 2000]);
    const rest = (await admin.gql(LEDGER, { id: p.id, first: 3, after: page.pageInfo.endCursor }))
      .data?.profile.ledger;
    expect(rest.edges).toHaveLength(1);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const REWARDS = `query($id: ID!, $s: RewardStatus) { profile(id: $id) { rewards(status: $s) { totalCount edges { node { id status } } } } }`;
    const active = (await admin.gql(REWARDS, { id: p.id, s: 'ACTIVE' })).data?.profile.rewards;
    expect(active.totalCount).toBe(2);
    const voided = (await admin.gql(REWARDS, { id: p.id, s: 'VOIDED' })).data?.profile.rewards;
    expect(voided.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[0]]);
    const all = (await admin.gql(REWARDS, { id: p.id })).data?.profile.rewards;
    expect(all.totalCount).toBe(3);
  });

  it('is refused any change or deletion by the database itself', async () => {
    const p = await createProfile(admin);
    await issue(admin, { profileId: p.id, definitionId: def.id });
    const q = (sql: string) => t.db.manager.query(sql);
    const table = t.db.kind === 'mysql' ? '`ledger_entries`' : '"ledger_entries"';
    await expect(q(`UPDATE ${table} SET amount = 1`)).rejects.toThrow(/immutable/);
    await expect(q(`DELETE FROM ${table}`)).rejects.toThrow(/immutable/);
    expect(await t.db.manager.count(LedgerEntryEntity)).toBeGreaterThan(0);
  });
});

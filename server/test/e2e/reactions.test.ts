import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntryEntity } from '../../src/modules/rewards/ledger-entry.entity';
import { RewardEntity } from '../../src/modules/rewards/reward.entity';
import {
  CustomEventEntity,
  OccurrenceEntity,
  ReactionEntity,
} from '../../src/modules/reactions/reaction.entity';
import { TransactionEntity } from '../../src/modules/transactions/transaction.entity';
import { ProfileEntity } from '../../src/modules/profiles/profile.entity';
import { graphql } from '../graphql/generated';
import type { ReactionInput } from '../graphql/generated/graphql';
import { createDefinition, createProfile, unique } from '../support/factories';
import { Client, errorCode, startTestApp, TestApp } from '../support/harness';
import { expectInvariants } from '../support/invariants';

let t: TestApp;
let admin: Client;
let manager: Client;
let def: { id: string };
let pendingDef: { id: string };

graphql(`
  fragment ReactionFields on Reaction {
    id
    name
    event
    customEvent
    condition
    spendThreshold
    spendRepeatEvery
    lapsedDays
    claimable
    active
    definition {
      id
    }
  }
`);
graphql(`
  fragment IssuedReward on Reward {
    id
    status
    source
    activatesAt
    valueRemaining {
      amount
    }
    definition {
      id
    }
  }
`);
const CREATE_REACTION = graphql(`
  mutation CreateReactionForTest($input: ReactionInput!) {
    createReaction(input: $input) {
      ...ReactionFields
    }
  }
`);
const UPDATE_REACTION = graphql(`
  mutation UpdateReactionForTest($id: ID!, $input: ReactionInput!) {
    updateReaction(id: $id, input: $input) {
      ...ReactionFields
    }
  }
`);
const REACTIONS = graphql(`
  query ReactionsForTest {
    reactions {
      ...ReactionFields
    }
  }
`);
const RECORD = graphql(`
  mutation RecordTransactionForTest($input: RecordTransactionInput!) {
    recordTransaction(input: $input) {
      id
      externalId
      total {
        amount
        currency
      }
      profile {
        id
      }
      rewardsIssued {
        ...IssuedReward
      }
    }
  }
`);
const EMIT = graphql(`
  mutation EmitEventForTest($input: EmitEventInput!) {
    emitEvent(input: $input) {
      rewardsIssued {
        ...IssuedReward
      }
    }
  }
`);
const CLAIMABLE = graphql(`
  query ClaimableForTest($profileId: ID!) {
    claimableReactions(profileId: $profileId) {
      id
    }
  }
`);
const CLAIM = graphql(`
  mutation ClaimForTest($input: ClaimRewardInput!) {
    claimReward(input: $input) {
      __typename
      ... on Reward {
        ...IssuedReward
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);
const UPDATE_PROFILE = graphql(`
  mutation UpdateTierForTest($id: ID!, $input: UpdateProfileInput!) {
    updateProfile(id: $id, input: $input) {
      id
      tier
    }
  }
`);
const PROFILE_REWARDS = graphql(`
  query ProfileRewardsForTest($id: ID) {
    profile(id: $id) {
      lifetimeSpend {
        amount
      }
      balance {
        available {
          amount
        }
      }
      rewards(first: 100) {
        edges {
          node {
            ...IssuedReward
            issuedBy
            reason
          }
        }
      }
    }
  }
`);

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
  manager = await t.signIn('MANAGER');
  def = await createDefinition(admin, { value: 500, expiryPeriod: 3, expiryUnit: 'MONTHS' });
  pendingDef = await createDefinition(admin, {
    value: 700,
    expiryPeriod: 3,
    expiryUnit: 'MONTHS',
    activationDelayDays: 14,
  });
});
afterEach(async () => {
  await expectInvariants(t.db, t.clock.now());
  t.clock.reset();
});
afterAll(async () => {
  await t?.close();
});

async function reaction(input: Partial<ReactionInput> & Pick<ReactionInput, 'event'>) {
  const res = await admin.gql(CREATE_REACTION, {
    input: { name: unique('reaction'), definitionId: def.id, ...input },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createReaction;
}

/** Pauses every reaction, so each test sees only its own. */
async function pauseAll() {
  await t.db.manager.update(ReactionEntity, { active: true }, { active: false });
}

async function rewardsOf(profileId: string) {
  const res = await admin.gql(PROFILE_REWARDS, { id: profileId });
  return res.data!.profile!.rewards.edges.map((e) => e.node);
}

async function record(client: Client, input: Record<string, unknown>) {
  return client.gql(RECORD, {
    input: { externalId: unique('txn'), ...input } as never,
  });
}

const counts = async () => ({
  reactions: await t.db.manager.count(ReactionEntity),
  rewards: await t.db.manager.count(RewardEntity),
  ledger: await t.db.manager.count(LedgerEntryEntity),
  occurrences: await t.db.manager.count(OccurrenceEntity),
  transactions: await t.db.manager.count(TransactionEntity),
  events: await t.db.manager.count(CustomEventEntity),
  spend: (await t.db.manager.find(ProfileEntity)).reduce((s, p) => s + p.lifetimeSpend, 0),
});

async function apiKey(scopes: string[]) {
  const res = await admin.gql(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    { input: { name: unique('key'), scopes } },
  );
  return t.client(res.data!.createApiKey.secret as string);
}

describe('reactions', () => {
  it('ADMIN creates, edits and pauses reactions; MANAGER reads them but cannot create', async () => {
    const created = await reaction({
      event: 'CUSTOM',
      customEvent: 'referral.completed',
      condition: { '==': [{ var: 'profile.tier' }, 'gold'] },
    });
    expect(created).toMatchObject({
      event: 'CUSTOM',
      customEvent: 'referral.completed',
      condition: { '==': [{ var: 'profile.tier' }, 'gold'] },
      claimable: false,
      active: true,
      definition: { id: def.id },
    });
    const paused = await admin.gql(UPDATE_REACTION, {
      id: created.id,
      input: {
        name: 'Referral',
        event: 'CUSTOM',
        customEvent: 'referral.completed',
        definitionId: def.id,
        active: false,
      },
    });
    expect(paused.data?.updateReaction).toMatchObject({ name: 'Referral', active: false });
    const listed = await manager.gql(REACTIONS);
    expect(listed.data?.reactions.map((r) => r.id)).toContain(created.id);
    const refused = await manager.gql(CREATE_REACTION, {
      input: { name: 'x', event: 'PROFILE_CREATED', definitionId: def.id },
    });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('refuses bad reactions with BAD_USER_INPUT and writes nothing', async () => {
    const unassignable = await createDefinition(admin, { assignable: false });
    const archived = await createDefinition(admin);
    await admin.gql('mutation($id: ID!) { archiveRewardDefinition(id: $id) { id } }', {
      id: archived.id,
    });
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ event: 'PROFILE_CREATED', condition: { nope: [1, 2] } }, 'condition'],
      [{ event: 'PROFILE_CREATED', condition: { '==': [1, 1], '!=': [1, 2] } }, 'condition'],
      [{ event: 'PROFILE_CREATED', condition: 'tier is gold' }, 'condition'],
      [{ event: 'PROFILE_CREATED', condition: [1, 2] }, 'condition'],
      [{ event: 'CUSTOM' }, 'customEvent'],
      [{ event: 'CUSTOM', customEvent: '   ' }, 'customEvent'],
      [{ event: 'PROFILE_CREATED', customEvent: 'x' }, 'customEvent'],
      [{ event: 'SPEND_MILESTONE' }, 'spendThreshold'],
      [{ event: 'SPEND_MILESTONE', spendThreshold: 0 }, 'spendThreshold'],
      [{ event: 'SPEND_MILESTONE', spendThreshold: -5 }, 'spendThreshold'],
      [{ event: 'SPEND_MILESTONE', spendThreshold: 100, spendRepeatEvery: 0 }, 'spendRepeatEvery'],
      [{ event: 'SPEND_MILESTONE', spendThreshold: 100, spendRepeatEvery: -1 }, 'spendRepeatEvery'],
      [{ event: 'TRANSACTION_CREATED', spendThreshold: 100 }, 'spendThreshold'],
      [{ event: 'BIRTHDAY', spendRepeatEvery: 100 }, 'spendRepeatEvery'],
      [{ event: 'LAPSED' }, 'lapsedDays'],
      [{ event: 'LAPSED', lapsedDays: 0 }, 'lapsedDays'],
      [{ event: 'BIRTHDAY', lapsedDays: 30 }, 'lapsedDays'],
      [{ event: 'PROFILE_CREATED', definitionId: unassignable.id }, 'definitionId'],
      [{ event: 'PROFILE_CREATED', definitionId: archived.id }, 'definitionId'],
      [{ event: 'PROFILE_CREATED', definitionId: 'no-such-definition' }, 'definitionId'],
      [{ event: 'PROFILE_CREATED', name: ' ' }, 'name'],
    ];
    for (const [input, field] of cases) {
      const res = await admin.gql(CREATE_REACTION, {
        input: { name: 'Bad', definitionId: def.id, ...input } as never,
      });
      expect(errorCode(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field, JSON.stringify(input)).toBe(field);
    }
    // An unknown event is refused by the schema, also as BAD_USER_INPUT.
    const unknown = await admin.gql(CREATE_REACTION, {
      input: { name: 'Bad', event: 'SOLSTICE', definitionId: def.id } as never,
    });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    const existing = await reaction({ event: 'PROFILE_CREATED', active: false });
    const badUpdate = await admin.gql(UPDATE_REACTION, {
      id: existing.id,
      input: { name: 'x', event: 'SPEND_MILESTONE', spendThreshold: 0, definitionId: def.id },
    });
    expect(errorCode(badUpdate)).toBe('BAD_USER_INPUT');
    const missing = await admin.gql(UPDATE_REACTION, {
      id: 'no-such-reaction',
      input: { name: 'x', event: 'PROFILE_CREATED', definitionId: def.id },
    });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual({ ...before, reactions: before.reactions + 1 });
  });
});

describe('profile events', () => {
  it('pays a welcome reward once per created profile, when the condition holds', async () => {
    await pauseAll();
    const welcome = await reaction({
      event: 'PROFILE_CREATED',
      condition: { '!': { var: 'profile.isStaff' } },
    });
    const customer = await createProfile(admin);
    const staff = await createProfile(admin, { isStaff: true });
    const rewards = await rewardsOf(customer.id);
    expect(rewards).toHaveLength(1);
    expect(rewards[0]).toMatchObject({
      source: 'REACTION',
      issuedBy: 'system:reaction',
      status: 'ACTIVE',
      reason: welcome.name,
    });
    expect(await rewardsOf(staff.id)).toHaveLength(0);
  });

  it('pays TIER_ACHIEVED once per tier reached, not again when the tier comes back', async () => {
    await pauseAll();
    await reaction({
      event: 'TIER_ACHIEVED',
      condition: { '==': [{ var: 'event.tier' }, 'gold'] },
    });
    const p = await createProfile(admin, { tier: 'silver' });
    for (const tier of ['gold', 'gold', 'silver', 'gold']) {
      await manager.gql(UPDATE_PROFILE, { id: p.id, input: { tier } });
    }
    expect(await rewardsOf(p.id)).toHaveLength(1);
  });
});

describe('custom events', () => {
  it('pays matching CUSTOM reactions once per event, and a retry answers the same rewards', async () => {
    await pauseAll();
    await reaction({ event: 'CUSTOM', customEvent: 'referral.completed' });
    await reaction({
      event: 'CUSTOM',
      customEvent: 'referral.completed',
      condition: { '>=': [{ var: 'event.payload.friends' }, 3] },
    });
    const key = await apiKey(['EMIT_EVENTS']);
    const p = await createProfile(admin);
    const input = {
      profileId: p.id,
      name: 'referral.completed',
      payload: { friends: 1 },
      idempotencyKey: unique('evt'),
    };
    const first = await key.gql(EMIT, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data!.emitEvent.rewardsIssued).toHaveLength(1);
    expect(first.data!.emitEvent.rewardsIssued[0]).toMatchObject({ source: 'EVENT' });
    const [a, b] = await Promise.all([key.gql(EMIT, { input }), key.gql(EMIT, { input })]);
    expect(a.data!.emitEvent.rewardsIssued.map((r) => r.id)).toEqual(
      first.data!.emitEvent.rewardsIssued.map((r) => r.id),
    );
    expect(b.data!.emitEvent.rewardsIssued).toHaveLength(1);
    const other = await key.gql(EMIT, {
      input: { ...input, idempotencyKey: unique('evt'), payload: { friends: 5 } },
    });
    expect(other.data!.emitEvent.rewardsIssued).toHaveLength(2);
    const nothing = await key.gql(EMIT, {
      input: { ...input, name: 'newsletter.opened', idempotencyKey: unique('evt') },
    });
    expect(nothing.data!.emitEvent.rewardsIssued).toEqual([]);
    expect(await rewardsOf(p.id)).toHaveLength(3);
  });

  it('refuses bad events with BAD_USER_INPUT and writes nothing', async () => {
    const p = await createProfile(admin);
    const used = { profileId: p.id, name: 'a.b', idempotencyKey: unique('evt') };
    await admin.gql(EMIT, { input: used });
    const before = await counts();
    for (const input of [
      { profileId: 'no-such-profile', name: 'a.b', idempotencyKey: unique('evt') },
      { profileId: p.id, name: ' ', idempotencyKey: unique('evt') },
      { profileId: p.id, name: 'has spaces', idempotencyKey: unique('evt') },
      { profileId: p.id, name: 'a.b', idempotencyKey: ' ' },
      { profileId: p.id, name: 'a.b', payload: [1, 2], idempotencyKey: unique('evt') },
      { ...used, name: 'c.d' },
    ]) {
      const res = await admin.gql(EMIT, { input });
      expect(errorCode(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect(await counts()).toEqual(before);
  });
});

describe('transactions and spend milestones', () => {
  it('records spend idempotently on externalId and refuses the same id with another input', async () => {
    await pauseAll();
    const key = await apiKey(['RECORD_TRANSACTIONS']);
    const p = await createProfile(admin);
    const input = { profileId: p.id, externalId: unique('order'), total: 2500 };
    const first = await key.gql(RECORD, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordTransaction).toMatchObject({
      externalId: input.externalId,
      total: { amount: 2500, currency: 'AUD' },
      profile: { id: p.id },
    });
    const again = await Promise.all([key.gql(RECORD, { input }), key.gql(RECORD, { input })]);
    for (const res of again)
      expect(res.data!.recordTransaction.id).toBe(first.data!.recordTransaction.id);
    const before = await counts();
    const conflict = await key.gql(RECORD, { input: { ...input, total: 9999 } });
    expect(errorCode(conflict)).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
    const spend = await admin.gql(PROFILE_REWARDS, { id: p.id });
    expect(spend.data!.profile!.lifetimeSpend.amount).toBe(2500);
  });

  it('refuses bad transactions with BAD_USER_INPUT and writes nothing', async () => {
    const p = await createProfile(admin);
    const before = await counts();
    for (const input of [
      { profileId: p.id, total: 0 },
      { profileId: p.id, total: 2_147_483_648 },
      { profileId: p.id, total: -2_147_483_649 },
      { profileId: p.id, total: 1.5 },
      { profileId: 'no-such-profile', total: 100 },
      { profileId: p.id, total: 100, currency: 'USD' },
      { profileId: p.id, total: 100, currency: 'nope' },
      { profileId: p.id, total: 100, externalId: ' ' },
      { profileId: p.id, total: 100, occurredAt: new Date(Date.now() + 86_400_000).toISOString() },
    ]) {
      const res = await record(admin, input);
      expect(errorCode(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect(await counts()).toEqual(before);
  });

  it('pays each milestone crossed once, several in one transaction, none twice', async () => {
    await pauseAll();
    await reaction({ event: 'SPEND_MILESTONE', spendThreshold: 10_000, spendRepeatEvery: 5_000 });
    await reaction({ event: 'SPEND_MILESTONE', spendThreshold: 30_000 });
    await reaction({ event: 'TRANSACTION_CREATED' });
    const p = await createProfile(admin);
    // 0 → 21,000 passes 10,000, 15,000 and 20,000 of the repeating one.
    const big = await record(admin, { profileId: p.id, total: 21_000 });
    const issued = big.data!.recordTransaction.rewardsIssued;
    expect(issued.filter((r) => r.source === 'SPEND_MILESTONE')).toHaveLength(3);
    expect(issued.filter((r) => r.source === 'REACTION')).toHaveLength(1);
    expect(issued.every((r) => r.status === 'ACTIVE')).toBe(true);
    // 21,000 → 24,999: nothing new; → 30,000: 25,000 and 30,000 (repeating) + the one-off.
    const small = await record(admin, { profileId: p.id, total: 3_999 });
    expect(small.data!.recordTransaction.rewardsIssued.map((r) => r.source)).toEqual(['REACTION']);
    const more = await record(admin, { profileId: p.id, total: 5_001 });
    expect(
      more.data!.recordTransaction.rewardsIssued.filter((r) => r.source === 'SPEND_MILESTONE'),
    ).toHaveLength(3);
    const spent = await admin.gql(PROFILE_REWARDS, { id: p.id });
    expect(spent.data!.profile!.lifetimeSpend.amount).toBe(30_000);
    // Without a pending period a return keeps the milestone paid: crossing again pays nothing.
    const back = await record(admin, { profileId: p.id, total: -6_000 });
    expect(back.data!.recordTransaction.rewardsIssued.map((r) => r.source)).toEqual(['REACTION']);
    const again = await record(admin, { profileId: p.id, total: 6_000 });
    expect(again.data!.recordTransaction.rewardsIssued.map((r) => r.source)).toEqual(['REACTION']);
    const rewards = await rewardsOf(p.id);
    expect(rewards.filter((r) => r.source === 'SPEND_MILESTONE')).toHaveLength(6);
    expect(rewards.every((r) => r.status === 'ACTIVE')).toBe(true);
  });

  it('pays a milestone once when transactions race across it', async () => {
    await pauseAll();
    await reaction({ event: 'SPEND_MILESTONE', spendThreshold: 1_000 });
    const p = await createProfile(admin);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => record(admin, { profileId: p.id, total: 600 })),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect((await rewardsOf(p.id)).filter((r) => r.source === 'SPEND_MILESTONE')).toHaveLength(1);
    const occurrences = await t.db.manager.count(OccurrenceEntity, { where: { profileId: p.id } });
    expect(occurrences).toBe(1);
  });

  it('claws back a PENDING milestone reward on a return, and pays it again when re-crossed', async () => {
    await pauseAll();
    await reaction({
      event: 'SPEND_MILESTONE',
      spendThreshold: 10_000,
      definitionId: pendingDef.id,
    });
    const p = await createProfile(admin);
    const bought = await record(admin, { profileId: p.id, externalId: 'ORDER-1', total: 12_000 });
    const [pending] = bought.data!.recordTransaction.rewardsIssued;
    expect(pending).toMatchObject({ status: 'PENDING', source: 'SPEND_MILESTONE' });
    expect(pending.activatesAt).not.toBeNull();
    // Pending value is not in the balance.
    const before = await admin.gql(PROFILE_REWARDS, { id: p.id });
    expect(before.data!.profile!.balance.available.amount).toBe(0);

    await record(admin, { profileId: p.id, externalId: 'RETURN-1', total: -5_000 });
    const voided = (await rewardsOf(p.id)).find((r) => r.id === pending.id)!;
    expect(voided.status).toBe('VOIDED');
    const entries = await t.db.manager.find(LedgerEntryEntity, {
      where: { rewardId: pending.id, type: 'VOID' },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'system:clawback', amount: -700 });
    expect(entries[0].reason).toContain('RETURN-1');

    const recrossed = await record(admin, { profileId: p.id, total: 5_000 });
    expect(recrossed.data!.recordTransaction.rewardsIssued).toHaveLength(1);
    expect(recrossed.data!.recordTransaction.rewardsIssued[0].status).toBe('PENDING');

    // Once the pending period is over the reward counts, and a return no longer takes it.
    t.clock.advanceDays(15);
    const active = await admin.gql(PROFILE_REWARDS, { id: p.id });
    expect(active.data!.profile!.balance.available.amount).toBe(700);
    await record(admin, { profileId: p.id, total: -10_000 });
    const after = await rewardsOf(p.id);
    expect(after.filter((r) => r.status === 'ACTIVE')).toHaveLength(1);
    expect(after.filter((r) => r.status === 'VOIDED')).toHaveLength(1);
  });
});

describe('claims', () => {
  it('lists and pays claimable reactions whose condition holds, once per profile', async () => {
    await pauseAll();
    const vip = await reaction({
      event: 'CUSTOM',
      customEvent: 'vip.claim',
      claimable: true,
      condition: { '==': [{ var: 'profile.tier' }, 'vip'] },
    });
    const anyone = await reaction({ event: 'CUSTOM', customEvent: 'open.claim', claimable: true });
    const key = await apiKey(['ISSUE_REWARDS']);
    const p = await createProfile(admin, { tier: 'vip' });
    const q = await createProfile(admin, { tier: 'basic' });

    const listed = await key.gql(CLAIMABLE, { profileId: p.id });
    expect(listed.data!.claimableReactions.map((r) => r.id).sort()).toEqual(
      [vip.id, anyone.id].sort(),
    );
    const claimed = await key.gql(CLAIM, { input: { profileId: p.id, reactionId: vip.id } });
    expect(claimed.data!.claimReward).toMatchObject({ __typename: 'Reward', source: 'CLAIM' });
    expect((await rewardsOf(p.id))[0]).toMatchObject({ issuedBy: 'system:claim' });
    // A claimable reaction is paid by claims, not by its event.
    const emitted = await admin.gql(EMIT, {
      input: { profileId: p.id, name: 'vip.claim', idempotencyKey: unique('evt') },
    });
    expect(emitted.data!.emitEvent.rewardsIssued).toEqual([]);

    const before = await counts();
    const twice = await key.gql(CLAIM, { input: { profileId: p.id, reactionId: vip.id } });
    expect(twice.data!.claimReward).toMatchObject({ errorCode: 'NOT_ELIGIBLE' });
    const notVip = await key.gql(CLAIM, { input: { profileId: q.id, reactionId: vip.id } });
    expect(notVip.data!.claimReward).toMatchObject({ errorCode: 'NOT_ELIGIBLE' });
    const noProfile = await key.gql(CLAIM, {
      input: { profileId: 'no-such-profile', reactionId: vip.id },
    });
    expect(noProfile.data!.claimReward).toMatchObject({ errorCode: 'NOT_FOUND' });
    const noReaction = await key.gql(CLAIM, {
      input: { profileId: p.id, reactionId: 'no-such-reaction' },
    });
    expect(noReaction.data!.claimReward).toMatchObject({ errorCode: 'NOT_FOUND' });
    const notClaimable = await reaction({ event: 'CUSTOM', customEvent: 'x.y' });
    const unclaimable = await key.gql(CLAIM, {
      input: { profileId: p.id, reactionId: notClaimable.id },
    });
    expect(unclaimable.data!.claimReward).toMatchObject({ errorCode: 'NOT_FOUND' });
    expect(await counts()).toEqual({ ...before, reactions: before.reactions + 1 });

    const left = await key.gql(CLAIMABLE, { profileId: p.id });
    expect(left.data!.claimableReactions.map((r) => r.id)).toEqual([anyone.id]);
    expect((await key.gql(CLAIMABLE, { profileId: q.id })).data!.claimableReactions).toEqual([
      { id: anyone.id },
    ]);
    const unknown = await key.gql(CLAIMABLE, { profileId: 'no-such-profile' });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');

    // Racing claims pay once.
    const r = await createProfile(admin);
    const raced = await Promise.all(
      Array.from({ length: 4 }, () =>
        key.gql(CLAIM, { input: { profileId: r.id, reactionId: anyone.id } }),
      ),
    );
    expect(raced.filter((x) => x.data!.claimReward.__typename === 'Reward')).toHaveLength(1);
  });
});

describe('pending period', () => {
  it('starts rewards of a delayed definition PENDING, outside the balance until activatesAt', async () => {
    const p = await createProfile(admin);
    const res = await admin.gql(
      `mutation($input: IssueRewardInput!) { issueReward(input: $input) {
        ... on Reward { id status activatesAt } } }`,
      {
        input: {
          profileId: p.id,
          definitionId: pendingDef.id,
          reason: 'Welcome back',
          idempotencyKey: unique('issue'),
        },
      },
    );
    const reward = res.data!.issueReward as { status: string; activatesAt: string };
    expect(reward.status).toBe('PENDING');
    const days = (Date.parse(reward.activatesAt) - t.clock.now().getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(14);
    const balance = async () =>
      (await admin.gql(PROFILE_REWARDS, { id: p.id })).data!.profile!.balance.available.amount;
    expect(await balance()).toBe(0);
    t.clock.advanceDays(14.01);
    expect(await balance()).toBe(700);
  });

  it('refuses an activationDelayDays outside 1 to 365 on a definition', async () => {
    for (const activationDelayDays of [0, -1, 366]) {
      const res = await admin.gql(
        `mutation($input: RewardDefinitionInput!) { createRewardDefinition(input: $input) { id } }`,
        {
          input: {
            handle: unique('pending'),
            name: 'Pending',
            typeId: (await t.services.definitions.listTypes(t.system, false))[0].id,
            value: 100,
            expiryPeriod: 1,
            expiryUnit: 'MONTHS',
            activationDelayDays,
          },
        },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
  });
});

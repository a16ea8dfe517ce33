import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryLimiter } from '../../src/modules/links/rate-limit';
import { LedgerEntryEntity } from '../../src/modules/rewards/ledger-entry.entity';
import { RewardEntity } from '../../src/modules/rewards/reward.entity';
import { graphql } from '../graphql/generated';
import { createDefinition, createProfile, issue, redeem, unique } from '../support/factories';
import { Client, errorCode, startTestApp, TestApp } from '../support/harness';
import { expectInvariants } from '../support/invariants';

const CREATE_LINK = graphql(`
  mutation CreateLinkForTest($rewardId: ID!) {
    createRewardExtensionLink(rewardId: $rewardId) {
      __typename
      ... on RewardExtensionLink {
        url
        token
        expiresAt
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);
graphql(`
  fragment OfferFields on RewardExtensionOfferResult {
    __typename
    ... on RewardExtensionOffer {
      rewardId
      rewardName
      valueRemaining {
        amount
        currency
      }
      expiresAt
      newExpiresAt
      timezone
      customerFirstName
    }
    ... on ErrorResult {
      errorCode
      message
    }
  }
`);
const OFFER = graphql(`
  query OfferForTest($token: String!) {
    rewardExtensionOffer(token: $token) {
      ...OfferFields
    }
  }
`);
const CONFIRM = graphql(`
  mutation ConfirmLinkForTest($token: String!) {
    extendRewardWithLink(token: $token) {
      ...OfferFields
    }
  }
`);
const CREATE_TYPE = graphql(`
  mutation CreateTypeForLinks($input: RewardTypeInput!) {
    createRewardType(input: $input) {
      id
    }
  }
`);

let t: TestApp;
let admin: Client;
let manager: Client;
let extendable: { id: string };
let fixed: { id: string };
beforeAll(async () => {
  t = await startTestApp({ publicUrl: 'https://rewards.example.com' });
  admin = await t.signIn('ADMIN');
  manager = await t.signIn('MANAGER');
  const type = async (extensionEnabled: boolean) => {
    const res = await admin.gql(CREATE_TYPE, {
      input: {
        key: unique('type').toLowerCase(),
        name: 'Portal',
        extensionEnabled,
        extensionDays: 14,
      },
    });
    return res.data!.createRewardType.id;
  };
  extendable = await createDefinition(admin, {
    name: 'Birthday treat',
    value: 1500,
    typeId: await type(true),
  });
  fixed = await createDefinition(admin, { typeId: await type(false) });
});
afterEach(async () => {
  await expectInvariants(t.db, t.clock.now());
  t.clock.reset();
});
afterAll(async () => {
  await t?.close();
});

async function rewardFor(definitionId = extendable.id) {
  const p = await createProfile(admin, {
    firstName: 'Robin',
    lastName: 'Secret',
    email: `${unique('robin')}@example.com`,
    timezone: 'Australia/Melbourne',
  });
  const res = await issue(admin, { profileId: p.id, definitionId });
  if (res.data?.issueReward.__typename !== 'Reward') throw new Error(JSON.stringify(res));
  return { profile: p, rewardId: res.data.issueReward.id as string };
}

async function linkFor(rewardId: string) {
  const res = await manager.gql(CREATE_LINK, { rewardId });
  if (res.data?.createRewardExtensionLink.__typename !== 'RewardExtensionLink') {
    throw new Error(JSON.stringify(res));
  }
  return res.data.createRewardExtensionLink;
}

const offer = async (token: string) =>
  (await t.anonymous.gql(OFFER, { token })).data!.rewardExtensionOffer;
const confirm = async (token: string) =>
  (await t.anonymous.gql(CONFIRM, { token })).data!.extendRewardWithLink;

describe('a Profile Portal link', () => {
  it('offers the extension publicly and, confirmed, extends by the type’s days once', async () => {
    const { profile, rewardId } = await rewardFor();
    const link = await linkFor(rewardId);
    expect(link.url).toBe(`https://rewards.example.com/portal/extend?token=${link.token}`);
    expect(link.token).toMatch(/^rwl_[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(link.expiresAt) - t.clock.now().getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    const before = await t.db.manager.findOneByOrFail(RewardEntity, { id: rewardId });
    const shown = await offer(link.token);
    expect(shown).toMatchObject({
      __typename: 'RewardExtensionOffer',
      rewardId,
      rewardName: 'Birthday treat',
      valueRemaining: { amount: 1500, currency: 'AUD' },
      expiresAt: before.expiresAt.toISOString(),
      timezone: 'Australia/Melbourne',
      customerFirstName: 'Robin',
    });
    if (shown.__typename !== 'RewardExtensionOffer') throw new Error('no offer');
    // 14 local days later, at the end of that day in Melbourne.
    const added = Date.parse(shown.newExpiresAt) - before.expiresAt.getTime();
    expect(Math.round(added / 3_600_000)).toBeGreaterThanOrEqual(14 * 24 - 1);
    expect(Math.round(added / 3_600_000)).toBeLessThanOrEqual(14 * 24 + 1);

    const done = await confirm(link.token);
    expect(done).toMatchObject({
      __typename: 'RewardExtensionOffer',
      newExpiresAt: shown.newExpiresAt,
    });
    const after = await t.db.manager.findOneByOrFail(RewardEntity, { id: rewardId });
    expect(after.expiresAt.toISOString()).toBe(shown.newExpiresAt);
    expect(after.extensionCount).toBe(1);
    const extend = await t.db.manager.findOneByOrFail(LedgerEntryEntity, {
      rewardId,
      type: 'EXTEND',
    });
    expect(extend.actor).toBe(`customer:${profile.id}`);
    expect(extend.amount).toBe(0);
  });

  it('extends once under a double click; the second answer says the link was already used', async () => {
    const { rewardId } = await rewardFor();
    const link = await linkFor(rewardId);
    const answers = await Promise.all([
      confirm(link.token),
      confirm(link.token),
      confirm(link.token),
    ]);
    const kinds = answers.map((a) => a.__typename).sort();
    expect(kinds).toEqual(['InvalidLinkError', 'InvalidLinkError', 'RewardExtensionOffer']);
    for (const a of answers) {
      if (a.__typename === 'InvalidLinkError') expect(a.message).toMatch(/already used/);
    }
    expect(await t.db.manager.countBy(LedgerEntryEntity, { rewardId, type: 'EXTEND' })).toBe(1);
    expect(
      (await t.db.manager.findOneByOrFail(RewardEntity, { id: rewardId })).extensionCount,
    ).toBe(1);
    // Any later use too, for the offer and the confirmation.
    expect(await offer(link.token)).toMatchObject({
      errorCode: 'INVALID_LINK',
      message: expect.stringMatching(/already used/),
    });
    expect(await confirm(link.token)).toMatchObject({ errorCode: 'INVALID_LINK' });
  });

  it('refuses a link that expired, was tampered with or made up', async () => {
    const { rewardId } = await rewardFor();
    const link = await linkFor(rewardId);
    const last = link.token.at(-1) === 'A' ? 'B' : 'A';
    for (const token of [
      link.token.slice(0, -1) + last,
      `rwl_${'x'.repeat(43)}`,
      'not-a-token',
      '',
      link.token + 'x',
    ]) {
      expect(await offer(token), token).toMatchObject({
        errorCode: 'INVALID_LINK',
        message: expect.stringMatching(/not valid/),
      });
      expect(await confirm(token), token).toMatchObject({ errorCode: 'INVALID_LINK' });
    }
    t.clock.advanceDays(31);
    expect(await offer(link.token)).toMatchObject({
      errorCode: 'INVALID_LINK',
      message: expect.stringMatching(/expired/),
    });
    expect(await confirm(link.token)).toMatchObject({
      errorCode: 'INVALID_LINK',
      message: expect.stringMatching(/expired/),
    });
    expect(await t.db.manager.countBy(LedgerEntryEntity, { rewardId, type: 'EXTEND' })).toBe(0);
  });

  it('refuses a link for a voided or used reward, or one its customer already extended', async () => {
    const voided = await rewardFor();
    const voidLink = await linkFor(voided.rewardId);
    await admin.gql(`mutation($i: VoidRewardInput!) { voidReward(input: $i) { __typename } }`, {
      i: { rewardId: voided.rewardId, reason: 'Issued in error' },
    });
    expect(await confirm(voidLink.token)).toMatchObject({
      errorCode: 'INVALID_LINK',
      message: expect.stringMatching(/no longer available/),
    });

    const used = await rewardFor();
    const usedLink = await linkFor(used.rewardId);
    const spent = await redeem(admin, { profileId: used.profile.id, amount: 1500 });
    expect(spent.data?.redeem.__typename).toBe('Redemption');
    expect(await confirm(usedLink.token)).toMatchObject({
      errorCode: 'INVALID_LINK',
      message: expect.stringMatching(/used in full/),
    });

    const twice = await rewardFor();
    const first = await linkFor(twice.rewardId);
    const second = await linkFor(twice.rewardId);
    expect(await confirm(first.token)).toMatchObject({ __typename: 'RewardExtensionOffer' });
    expect(await offer(second.token)).toMatchObject({
      errorCode: 'INVALID_LINK',
      message: expect.stringMatching(/already been extended/),
    });
    expect(await confirm(second.token)).toMatchObject({ errorCode: 'INVALID_LINK' });
    // And no new link is made for it.
    const third = await manager.gql(CREATE_LINK, { rewardId: twice.rewardId });
    expect(third.data?.createRewardExtensionLink).toMatchObject({
      errorCode: 'REWARD_NOT_EXTENDABLE',
    });
  });

  it('is made only for a reward whose type allows it, by staff', async () => {
    const { rewardId } = await rewardFor(fixed.id);
    const res = await manager.gql(CREATE_LINK, { rewardId });
    expect(res.data?.createRewardExtensionLink).toMatchObject({
      errorCode: 'REWARD_NOT_EXTENDABLE',
    });
    const missing = await manager.gql(CREATE_LINK, {
      rewardId: '00000000-0000-7000-8000-000000000000',
    });
    expect(missing.data?.createRewardExtensionLink).toMatchObject({ errorCode: 'NOT_FOUND' });
    expect(errorCode(await t.anonymous.gql(CREATE_LINK, { rewardId }))).toBe('UNAUTHENTICATED');
  });
});

describe('the daily pass', () => {
  it('sends a link with the expiry reminder of a reward whose type allows it, once', async () => {
    const open = await rewardFor();
    const notExtendable = await rewardFor(fixed.id);
    const extendedAlready = await rewardFor();
    expect(await confirm((await linkFor(extendedAlready.rewardId)).token)).toMatchObject({
      __typename: 'RewardExtensionOffer',
    });
    const reminded = new Map<string, string | null>();
    t.services.events.on('reward.expiring', (_tx, e) => {
      reminded.set(e.reward.id, e.extensionLink?.token ?? null);
      return Promise.resolve();
    });
    const { expiresAt } = await t.services.rewards.load(t.system, open.rewardId);
    t.clock.set(new Date(expiresAt.getTime() - 5 * 86_400_000));
    await t.services.schedule.run(t.system, null, { waitMs: 0 });

    expect(reminded.get(notExtendable.rewardId)).toBeNull();
    // Extended by its customer, it expires later: reminded in its own time, below.
    expect(reminded.has(extendedAlready.rewardId)).toBe(false);
    const token = reminded.get(open.rewardId);
    expect(token).toMatch(/^rwl_/);
    expect(await offer(token!)).toMatchObject({
      __typename: 'RewardExtensionOffer',
      rewardId: open.rewardId,
      customerFirstName: 'Robin',
    });
    expect(await confirm(token!)).toMatchObject({ __typename: 'RewardExtensionOffer' });

    // The same pass again sends nothing new: one reminder, and one link, per expiry.
    reminded.clear();
    await t.services.schedule.run(t.system, null, { waitMs: 0 });
    expect(reminded.size).toBe(0);

    // Both extended by their customers: reminded of the new expiry, with no second link.
    const later = await t.db.manager.findOneByOrFail(RewardEntity, { id: open.rewardId });
    t.clock.set(new Date(later.expiresAt.getTime() - 5 * 86_400_000));
    await t.services.schedule.run(t.system, null, { waitMs: 0 });
    expect(reminded.get(open.rewardId)).toBeNull();
    expect(reminded.get(extendedAlready.rewardId)).toBeNull();
  });
});

describe('privacy', () => {
  it('shows nothing about the profile beyond a first name, by any path', async () => {
    const { rewardId } = await rewardFor();
    const link = await linkFor(rewardId);
    for (const query of [
      '{ rewardExtensionOffer(token: $t) { ... on RewardExtensionOffer { profile { email lastName } } } }',
      '{ rewardExtensionOffer(token: $t) { ... on RewardExtensionOffer { reward { id } } } }',
      '{ rewardExtensionOffer(token: $t) { ... on RewardExtensionOffer { customerLastName email } } }',
    ]) {
      const res = await t.anonymous.gql(
        query.replace('{ rewardExtensionOffer', 'query($t: String!) { rewardExtensionOffer'),
        { t: link.token },
      );
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(res.data ?? null)).not.toMatch(/Secret|@example/);
    }
    const schema = await t.anonymous.gql(
      '{ __type(name: "RewardExtensionOffer") { fields { name type { kind ofType { kind name } name } } } }',
    );
    const fields = (
      schema.data?.__type as {
        fields: {
          name: string;
          type: {
            kind: string;
            name: string | null;
            ofType: { kind: string; name: string } | null;
          };
        }[];
      }
    ).fields;
    expect(fields.map((f) => f.name).sort()).toEqual([
      'customerFirstName',
      'expiresAt',
      'newExpiresAt',
      'rewardId',
      'rewardName',
      'timezone',
      'valueRemaining',
    ]);
    // Nothing leads on from it but Money.
    const objects = fields.map((f) => f.type.name ?? f.type.ofType?.name);
    expect(objects.filter((n) => !['ID', 'String', 'DateTime', 'Money'].includes(n!))).toEqual([]);
    const res = await t.anonymous.gql(OFFER, { token: link.token });
    expect(JSON.stringify(res.data)).not.toMatch(/Secret|@example|externalId/);
  });
});

describe('rate limit', () => {
  it('limits the public operations per address with 429 RATE_LIMITED', async () => {
    const original = t.services.links.limiter;
    t.services.links.limiter = memoryLimiter(3, 60);
    try {
      const token = `rwl_${'y'.repeat(43)}`;
      for (let i = 0; i < 3; i++)
        expect((await t.anonymous.gql(OFFER, { token })).status).toBe(200);
      const limited = await t.anonymous.gql(CONFIRM, { token });
      expect(limited.status).toBe(429);
      expect(errorCode(limited)).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      t.services.links.limiter = original;
    }
  });
});

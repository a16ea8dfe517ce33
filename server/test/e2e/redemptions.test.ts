import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntryEntity } from '../../src/modules/rewards/ledger-entry.entity';
import { RewardEntity } from '../../src/modules/rewards/reward.entity';
import { RedemptionEntity } from '../../src/modules/redemptions/redemption.entity';
import { HoldEntity } from '../../src/modules/holds/hold.entity';
import {
  balanceOf,
  CAPTURE,
  createDefinition,
  createProfile,
  fundedProfile,
  HOLD,
  issue,
  redeem,
  RELEASE,
  RETURN,
  REVERSE,
  unique,
} from '../support/factories';
import { Client, errorCode, startTestApp, TestApp } from '../support/harness';
import { expectInvariants } from '../support/invariants';

let t: TestApp;
let admin: Client;
let manager: Client;
let def: { id: string };
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
  manager = await t.signIn('MANAGER');
  def = await createDefinition(admin, { value: 1000 });
});
afterEach(async () => {
  await expectInvariants(t.db, t.clock.now());
  t.clock.reset();
});
afterAll(async () => {
  await t?.close();
});

const UPDATE_SETTINGS = `mutation($input: SettingsInput!) { updateSettings(input: $input) { minimumSpend } }`;
async function withSettings(input: Record<string, unknown>, fn: () => Promise<void>) {
  await admin.gql(UPDATE_SETTINGS, { input });
  try {
    await fn();
  } finally {
    await admin.gql(UPDATE_SETTINGS, {
      input: {
        minimumSpend: 0,
        maxRedemptionPercent: null,
        maxRedemptionAmount: null,
        reversalWindowMinutes: 10,
      },
    });
  }
}

async function apiKey(scopes: string[]) {
  const res = await admin.gql(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    {
      input: { name: unique('key'), scopes },
    },
  );
  return t.client(res.data!.createApiKey.secret);
}

const counts = async () => ({
  redemptions: await t.db.manager.count(RedemptionEntity),
  holds: await t.db.manager.count(HoldEntity),
  ledger: await t.db.manager.count(LedgerEntryEntity),
});

describe('redeeming', () => {
  it('draws nearest expiry first across several rewards', async () => {
    const { profile, rewards } = await fundedProfile(admin, [300, 500, 700], def.id);
    const res = await redeem(manager, {
      profileId: profile.id,
      amount: 650,
      transaction: { externalId: 'ORDER-1', receiptRef: 'R-9', locationId: 'store-7' },
    });
    const r = res.data?.redeem;
    expect(r).toMatchObject({
      __typename: 'Redemption',
      status: 'COMPLETED',
      requested: { amount: 650, currency: 'AUD' },
      amount: { amount: 650 },
      transactionExternalId: 'ORDER-1',
      receiptRef: 'R-9',
      locationId: 'store-7',
      lineDiscounts: [],
    });
    expect(r.allocations).toEqual([
      {
        amount: { amount: 300 },
        reward: { id: rewards[0], valueRemaining: { amount: 0 }, status: 'USED' },
      },
      {
        amount: { amount: 350 },
        reward: { id: rewards[1], valueRemaining: { amount: 150 }, status: 'ACTIVE' },
      },
    ]);
    expect((await balanceOf(manager, profile.id)).available.amount).toBe(850);
    const found = await manager.gql(
      '{ redemptions(transactionExternalId: "ORDER-1") { totalCount edges { node { id } } } }',
    );
    expect(found.data?.redemptions.edges[0].node.id).toBe(r.id);
    const byReceipt = await manager.gql('{ redemptions(receiptRef: "R-9") { totalCount } }');
    expect(byReceipt.data?.redemptions.totalCount).toBe(1);
    const listed = await manager.gql(
      'query($id: ID!) { profile(id: $id) { redemptions { totalCount edges { node { id } } } } }',
      { id: profile.id },
    );
    expect(listed.data?.profile.redemptions.edges[0].node.id).toBe(r.id);
  });

  it('strict: fails with InsufficientBalanceError carrying what is available, writing nothing', async () => {
    const { profile } = await fundedProfile(admin, [300], def.id);
    const before = await counts();
    const res = await redeem(manager, { profileId: profile.id, amount: 301 });
    expect(res.data?.redeem).toMatchObject({
      __typename: 'InsufficientBalanceError',
      errorCode: 'INSUFFICIENT_BALANCE',
      available: { amount: 300, currency: 'AUD' },
    });
    expect(await counts()).toEqual(before);
  });

  it('not strict: takes as much as there is', async () => {
    const { profile } = await fundedProfile(admin, [300], def.id);
    const res = await redeem(manager, { profileId: profile.id, amount: 1000, strict: false });
    expect(res.data?.redeem).toMatchObject({
      requested: { amount: 1000 },
      amount: { amount: 300 },
    });
    const again = await redeem(manager, { profileId: profile.id, amount: 1000, strict: false });
    expect(again.data?.redeem).toMatchObject({
      __typename: 'InsufficientBalanceError',
      available: { amount: 0 },
    });
  });

  it('only spends rewards of the requested currency that are active now', async () => {
    const usd = await createDefinition(admin, { currency: 'USD', value: 400 });
    const { profile } = await fundedProfile(admin, [500], def.id);
    await fundedProfile(admin, [], usd.id);
    const later = await issue(admin, {
      profileId: profile.id,
      definitionId: def.id,
      value: 500,
      activatesAt: new Date(Date.now() + 11 * 86_400_000).toISOString(),
      expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    expect(later.data?.issueReward.status).toBe('PENDING');
    // Ten days and a moment on, the first reward has expired and the second is still pending.
    t.clock.set(new Date(Date.now() + 10 * 86_400_000 + 60_000));
    const res = await redeem(manager, { profileId: profile.id, amount: 1 });
    expect(res.data?.redeem).toMatchObject({
      __typename: 'InsufficientBalanceError',
      available: { amount: 0 },
    });
    const usdRes = await redeem(manager, { profileId: profile.id, amount: 1, currency: 'USD' });
    expect(usdRes.data?.redeem.__typename).toBe('InsufficientBalanceError');
  });

  it('apportions over eligible cart lines and caps at the eligible subtotal', async () => {
    const { profile } = await fundedProfile(admin, [10_000], def.id);
    const cart = {
      lines: [
        { id: 'shirt', category: 'apparel', quantity: 2, unitPrice: 2000, discount: 500 },
        { id: 'card', category: 'gift-card', quantity: 1, unitPrice: 5000 },
        { id: 'socks', quantity: 3, unitPrice: 500 },
      ],
      shipping: 995,
    };
    const res = await redeem(manager, { profileId: profile.id, amount: 1000, cart });
    expect(res.data?.redeem.lineDiscounts).toEqual([
      { lineId: 'shirt', amount: { amount: 700 } },
      { lineId: 'socks', amount: { amount: 300 } },
    ]);
    const over = await redeem(manager, { profileId: profile.id, amount: 5001, cart });
    expect(over.data?.redeem).toMatchObject({
      __typename: 'RedemptionPolicyError',
      maxAllowed: { amount: 5000 },
    });
    const partial = await redeem(manager, {
      profileId: profile.id,
      amount: 9999,
      cart,
      strict: false,
    });
    expect(partial.data?.redeem.amount.amount).toBe(5000);
  });

  it('honours the minimum spend, the percent cap and the amount cap', async () => {
    const { profile } = await fundedProfile(admin, [10_000], def.id);
    const cart = { lines: [{ id: 'a', quantity: 1, unitPrice: 4000 }] };
    await withSettings({ minimumSpend: 5000 }, async () => {
      const res = await redeem(manager, { profileId: profile.id, amount: 100, cart });
      expect(res.data?.redeem).toMatchObject({
        __typename: 'RedemptionPolicyError',
        maxAllowed: { amount: 0 },
      });
      const loose = await redeem(manager, {
        profileId: profile.id,
        amount: 100,
        cart,
        strict: false,
      });
      expect(loose.data?.redeem.__typename).toBe('RedemptionPolicyError');
      // Without a cart the minimum cannot be checked, so nothing may be redeemed.
      const cartless = await redeem(manager, { profileId: profile.id, amount: 100 });
      expect(cartless.data?.redeem).toMatchObject({
        __typename: 'RedemptionPolicyError',
        maxAllowed: { amount: 0 },
      });
      const bigCart = { lines: [{ id: 'b', quantity: 1, unitPrice: 5000 }] };
      const enough = await redeem(manager, { profileId: profile.id, amount: 100, cart: bigCart });
      expect(enough.data?.redeem.__typename).toBe('Redemption');
    });
    await withSettings({ maxRedemptionPercent: 25 }, async () => {
      const res = await redeem(manager, { profileId: profile.id, amount: 1001, cart });
      expect(res.data?.redeem).toMatchObject({ maxAllowed: { amount: 1000 } });
    });
    await withSettings({ maxRedemptionAmount: 700 }, async () => {
      const res = await redeem(manager, { profileId: profile.id, amount: 701 });
      expect(res.data?.redeem).toMatchObject({ maxAllowed: { amount: 700 } });
    });
  });

  it('previews the same thing without writing', async () => {
    const { profile, rewards } = await fundedProfile(admin, [300, 500], def.id);
    const before = await counts();
    const res = await manager.gql(
      `query($input: PreviewRedemptionInput!) { previewRedemption(input: $input) {
        amount { amount } maxRedeemable { amount } eligibleSubtotal { amount }
        allocations { amount { amount } reward { id } } lineDiscounts { lineId amount { amount } } } }`,
      {
        input: {
          profileId: profile.id,
          amount: 900,
          cart: { lines: [{ id: 'x', quantity: 1, unitPrice: 1000 }] },
        },
      },
    );
    expect(res.data?.previewRedemption).toEqual({
      amount: { amount: 800 },
      maxRedeemable: { amount: 800 },
      eligibleSubtotal: { amount: 1000 },
      allocations: [
        { amount: { amount: 300 }, reward: { id: rewards[0] } },
        { amount: { amount: 500 }, reward: { id: rewards[1] } },
      ],
      lineDiscounts: [{ lineId: 'x', amount: { amount: 800 } }],
    });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['zero amount', { amount: 0 }, 'amount'],
    ['negative amount', { amount: -5 }, 'amount'],
    [
      'duplicate line ids',
      {
        cart: {
          lines: [
            { id: 'a', quantity: 1, unitPrice: 1 },
            { id: 'a', quantity: 1, unitPrice: 1 },
          ],
        },
      },
      'cart.lines.id',
    ],
    [
      'negative price',
      { cart: { lines: [{ id: 'a', quantity: 1, unitPrice: -1 }] } },
      'cart.lines.unitPrice',
    ],
    [
      'negative quantity',
      { cart: { lines: [{ id: 'a', quantity: -1, unitPrice: 1 }] } },
      'cart.lines.quantity',
    ],
    [
      'discount above price',
      { cart: { lines: [{ id: 'a', quantity: 1, unitPrice: 100, discount: 200 }] } },
      'cart.lines.discount',
    ],
    ['unknown currency', { currency: 'QQQ' }, 'currency'],
    ['blank key', { idempotencyKey: '' }, 'idempotencyKey'],
  ])('rejects %s as BAD_USER_INPUT, writing nothing', async (_n, change, field) => {
    const { profile } = await fundedProfile(admin, [500], def.id);
    const before = await counts();
    const res = await redeem(manager, { profileId: profile.id, amount: 100, ...change });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it('rejects fractional and overflowing amounts before anything runs', async () => {
    const { profile } = await fundedProfile(admin, [500], def.id);
    for (const amount of [1.5, 2 ** 31, '100']) {
      expect(errorCode(await redeem(manager, { profileId: profile.id, amount }))).toBe(
        'BAD_USER_INPUT',
      );
    }
  });

  it('answers NotFoundError for an unknown profile', async () => {
    const res = await redeem(manager, {
      profileId: '00000000-0000-7000-8000-000000000000',
      amount: 1,
    });
    expect(res.data?.redeem.__typename).toBe('NotFoundError');
  });

  it('is open to API keys with the REDEEM scope only', async () => {
    const { profile } = await fundedProfile(admin, [500], def.id);
    const pos = await apiKey(['REDEEM']);
    const res = await redeem(pos, { profileId: profile.id, amount: 100 });
    expect(res.data?.redeem.createdBy).toMatch(/^apikey:/);
    const named = await manager.gql(
      'query($id: ID!) { redemption(id: $id) { createdByLabel profile { ledger(first: 2) { edges { node { actorLabel } } } } } }',
      { id: res.data?.redeem.id },
    );
    expect(named.data?.redemption.createdByLabel).toMatch(/^API key “key-/);
    expect(
      named.data?.redemption.profile.ledger.edges.map(
        (e: { node: { actorLabel: string } }) => e.node.actorLabel,
      ),
    ).toEqual([
      named.data?.redemption.createdByLabel,
      expect.stringMatching(/^ADMIN \d+$/), // the staff member who issued the reward
    ]);
    const reader = await apiKey(['READ_PROFILES', 'ISSUE_REWARDS']);
    expect(errorCode(await redeem(reader, { profileId: profile.id, amount: 100 }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await redeem(t.anonymous, { profileId: profile.id, amount: 100 }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('returns the first redemption for a retried key, and refuses the key with another amount', async () => {
    const { profile } = await fundedProfile(admin, [1000], def.id);
    const key = unique('k');
    const first = await redeem(manager, {
      profileId: profile.id,
      amount: 100,
      idempotencyKey: key,
    });
    const again = await redeem(manager, {
      profileId: profile.id,
      amount: 100,
      idempotencyKey: key,
    });
    expect(again.data?.redeem.id).toBe(first.data?.redeem.id);
    const other = await redeem(manager, {
      profileId: profile.id,
      amount: 200,
      idempotencyKey: key,
    });
    expect(other.data?.redeem.__typename).toBe('IdempotencyConflictError');
    expect((await balanceOf(manager, profile.id)).available.amount).toBe(900);
  });
});

describe('holds', () => {
  it('reserve balance, show as held, and capture into a redemption', async () => {
    const { profile, rewards } = await fundedProfile(admin, [300, 700], def.id);
    const held = (
      await manager.gql(HOLD, {
        input: { profileId: profile.id, amount: 500, idempotencyKey: unique('h') },
      })
    ).data?.holdRewards;
    expect(held).toMatchObject({
      __typename: 'RewardHold',
      status: 'ACTIVE',
      amount: { amount: 500 },
    });
    const secs = (Date.parse(held.expiresAt) - Date.now()) / 1000;
    expect(secs).toBeGreaterThan(590);
    expect(secs).toBeLessThanOrEqual(600);
    const b = await manager.gql(
      'query($id: ID!) { profile(id: $id) { balance { available { amount } held { amount } } } }',
      { id: profile.id },
    );
    expect(b.data?.profile.balance).toEqual({ available: { amount: 500 }, held: { amount: 500 } });
    // What is held cannot be redeemed by someone else.
    const blocked = await redeem(manager, { profileId: profile.id, amount: 501 });
    expect(blocked.data?.redeem).toMatchObject({
      __typename: 'InsufficientBalanceError',
      available: { amount: 500 },
    });

    const captured = await manager.gql(CAPTURE, {
      input: {
        holdId: held.id,
        amount: 400,
        idempotencyKey: unique('c'),
        transaction: { externalId: 'ORDER-H' },
      },
    });
    expect(captured.data?.captureHold).toMatchObject({
      __typename: 'Redemption',
      amount: { amount: 400 },
      transactionExternalId: 'ORDER-H',
    });
    expect(
      captured.data?.captureHold.allocations.map((a: { reward: { id: string } }) => a.reward.id),
    ).toEqual(rewards);
    expect((await balanceOf(manager, profile.id)).available.amount).toBe(600);
    const h = await manager.gql('query($id: ID!) { hold(id: $id) { status redemptionId } }', {
      id: held.id,
    });
    expect(h.data?.hold).toEqual({
      status: 'CAPTURED',
      redemptionId: captured.data?.captureHold.id,
    });
    const twice = await manager.gql(CAPTURE, {
      input: { holdId: held.id, idempotencyKey: unique('c') },
    });
    expect(twice.data?.captureHold.__typename).toBe('HoldNotActiveError');
  });

  it('lapse by themselves and reserve nothing the instant they lapse', async () => {
    const { profile } = await fundedProfile(admin, [1000], def.id);
    const held = (
      await manager.gql(HOLD, {
        input: { profileId: profile.id, amount: 800, idempotencyKey: unique('h'), ttlSeconds: 60 },
      })
    ).data?.holdRewards;
    expect((await balanceOf(manager, profile.id)).available.amount).toBe(200);
    t.clock.advance(61_000);
    expect((await balanceOf(manager, profile.id)).available.amount).toBe(1000);
    const h = await manager.gql('query($id: ID!) { hold(id: $id) { status } }', { id: held.id });
    expect(h.data?.hold.status).toBe('EXPIRED');
    const capture = await manager.gql(CAPTURE, {
      input: { holdId: held.id, idempotencyKey: unique('c') },
    });
    expect(capture.data?.captureHold.__typename).toBe('HoldNotActiveError');
    expect((await manager.gql(RELEASE, { id: held.id })).data?.releaseHold.__typename).toBe(
      'HoldNotActiveError',
    );
  });

  it('capture is honoured even if a held reward expired during the hold', async () => {
    const profile = await createProfile(admin);
    const issued = await issue(admin, {
      profileId: profile.id,
      definitionId: def.id,
      value: 500,
      expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
    });
    expect(issued.data?.issueReward.__typename).toBe('Reward');
    const held = (
      await manager.gql(HOLD, {
        input: {
          profileId: profile.id,
          amount: 500,
          idempotencyKey: unique('h'),
          ttlSeconds: 3600,
        },
      })
    ).data?.holdRewards;
    t.clock.advance(31 * 60_000); // the reward expires; the hold has half an hour left
    const captured = await manager.gql(CAPTURE, {
      input: { holdId: held.id, idempotencyKey: unique('c') },
    });
    expect(captured.data?.captureHold).toMatchObject({
      __typename: 'Redemption',
      amount: { amount: 500 },
    });
  });

  it('are listed on the profile while they reserve, and all of them on request', async () => {
    const { profile } = await fundedProfile(admin, [1000], def.id);
    const a = (
      await manager.gql(HOLD, {
        input: { profileId: profile.id, amount: 100, idempotencyKey: unique('h') },
      })
    ).data?.holdRewards;
    const b = (
      await manager.gql(HOLD, {
        input: { profileId: profile.id, amount: 200, idempotencyKey: unique('h') },
      })
    ).data?.holdRewards;
    await manager.gql(RELEASE, { id: a.id });
    const Q =
      'query($id: ID!, $all: Boolean) { profile(id: $id) { holds(activeOnly: $all) { id status amount { amount } } } }';
    const live = (await manager.gql(Q, { id: profile.id })).data?.profile.holds;
    expect(live).toEqual([{ id: b.id, status: 'ACTIVE', amount: { amount: 200 } }]);
    const all = (await manager.gql(Q, { id: profile.id, all: false })).data?.profile.holds;
    expect(all.map((h: { status: string }) => h.status)).toEqual(['ACTIVE', 'RELEASED']);
    await manager.gql(RELEASE, { id: b.id });
  });

  it('release frees the balance, and a voided reward cannot be held', async () => {
    const { profile, rewards } = await fundedProfile(admin, [1000], def.id);
    const held = (
      await manager.gql(HOLD, {
        input: { profileId: profile.id, amount: 1000, idempotencyKey: unique('h') },
      })
    ).data?.holdRewards;
    const VOID =
      'mutation($input: VoidRewardInput!) { voidReward(input: $input) { __typename ... on ErrorResult { message } } }';
    const voidWhileHeld = await manager.gql(VOID, { input: { rewardId: rewards[0], reason: 'x' } });
    expect(voidWhileHeld.data?.voidReward.__typename).toBe('RewardNotActiveError');
    const released = await manager.gql(RELEASE, { id: held.id });
    expect(released.data?.releaseHold).toMatchObject({
      __typename: 'RewardHold',
      status: 'RELEASED',
    });
    expect((await balanceOf(manager, profile.id)).available.amount).toBe(1000);
    const voided = await manager.gql(VOID, { input: { rewardId: rewards[0], reason: 'x' } });
    expect(voided.data?.voidReward.__typename).toBe('Reward');
  });

  it('refuse a TTL above an hour and follow the same policy as redeem', async () => {
    const { profile } = await fundedProfile(admin, [1000], def.id);
    const ttl = await manager.gql(HOLD, {
      input: { profileId: profile.id, amount: 100, idempotencyKey: unique('h'), ttlSeconds: 3601 },
    });
    expect(errorCode(ttl)).toBe('BAD_USER_INPUT');
    const over = await manager.gql(HOLD, {
      input: { profileId: profile.id, amount: 1001, idempotencyKey: unique('h') },
    });
    expect(over.data?.holdRewards).toMatchObject({
      __typename: 'InsufficientBalanceError',
      available: { amount: 1000 },
    });
    const capped = await manager.gql(HOLD, {
      input: {
        profileId: profile.id,
        amount: 600,
        idempotencyKey: unique('h'),
        cart: { lines: [{ id: 'a', quantity: 1, unitPrice: 500 }] },
      },
    });
    expect(capped.data?.holdRewards).toMatchObject({
      __typename: 'RedemptionPolicyError',
      maxAllowed: { amount: 500 },
    });
  });

  it('capturing more than held is refused', async () => {
    const { profile } = await fundedProfile(admin, [1000], def.id);
    const held = (
      await manager.gql(HOLD, {
        input: { profileId: profile.id, amount: 300, idempotencyKey: unique('h') },
      })
    ).data?.holdRewards;
    const res = await manager.gql(CAPTURE, {
      input: { holdId: held.id, amount: 301, idempotencyKey: unique('c') },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    await manager.gql(RELEASE, { id: held.id });
  });
});

describe('reversing', () => {
  it('puts every allocation back within the window, and again returns it unchanged', async () => {
    const { profile } = await fundedProfile(admin, [300, 700], def.id);
    const r = (await redeem(manager, { profileId: profile.id, amount: 800 })).data?.redeem;
    const res = await manager.gql(REVERSE, {
      input: { redemptionId: r.id, reason: 'Order cancelled' },
    });
    expect(res.data?.reverseRedemption).toMatchObject({
      __typename: 'Redemption',
      status: 'REVERSED',
    });
    expect((await balanceOf(manager, profile.id)).available.amount).toBe(1000);
    const again = await manager.gql(REVERSE, { input: { redemptionId: r.id } });
    expect(again.data?.reverseRedemption).toMatchObject({ status: 'REVERSED' });
    expect((await balanceOf(manager, profile.id)).available.amount).toBe(1000);
    const entries = await t.db.manager.find(LedgerEntryEntity, {
      where: { redemptionId: r.id, type: 'REVERSAL' },
    });
    expect(entries.map((e) => e.amount).sort()).toEqual([300, 500]);
  });

  it('is refused after the window', async () => {
    const { profile } = await fundedProfile(admin, [300], def.id);
    const r = (await redeem(manager, { profileId: profile.id, amount: 100 })).data?.redeem;
    t.clock.advance(11 * 60_000);
    const res = await manager.gql(REVERSE, { input: { redemptionId: r.id } });
    expect(res.data?.reverseRedemption).toMatchObject({
      __typename: 'ReversalWindowClosedError',
      errorCode: 'REVERSAL_WINDOW_CLOSED',
    });
    expect(
      (await manager.gql(REVERSE, { input: { redemptionId: 'nope' } })).data?.reverseRedemption
        .__typename,
    ).toBe('NotFoundError');
  });
});

describe('returning', () => {
  it('gives back latest-expiring first and tracks what is left to return', async () => {
    const { profile, rewards } = await fundedProfile(admin, [300, 700], def.id);
    const r = (await redeem(manager, { profileId: profile.id, amount: 800 })).data?.redeem;
    const part = await manager.gql(RETURN, {
      input: { redemptionId: r.id, amount: 600, idempotencyKey: unique('ret'), reason: 'Refund' },
    });
    expect(part.data?.returnRedemption).toMatchObject({
      status: 'PARTIALLY_RETURNED',
      returned: { amount: 600 },
    });
    const [first, second] = await Promise.all(
      rewards.map((id) => t.db.manager.findOneByOrFail(RewardEntity, { id })),
    );
    expect(second.valueRemaining).toBe(700); // 500 taken, 500 back
    expect(first.valueRemaining).toBe(100); // 300 taken, 100 back
    const over = await manager.gql(RETURN, {
      input: { redemptionId: r.id, amount: 201, idempotencyKey: unique('ret') },
    });
    expect(over.data?.returnRedemption).toMatchObject({
      __typename: 'ReturnExceedsRedemptionError',
      returnable: { amount: 200 },
    });
    const rest = await manager.gql(RETURN, {
      input: { redemptionId: r.id, amount: 200, idempotencyKey: unique('ret') },
    });
    expect(rest.data?.returnRedemption).toMatchObject({
      status: 'RETURNED',
      returned: { amount: 800 },
    });
    expect((await balanceOf(manager, profile.id)).available.amount).toBe(1000);
  });

  it('issues a new RETURN reward for value whose reward expired meanwhile', async () => {
    const { profile } = await fundedProfile(admin, [500], def.id);
    const r = (await redeem(manager, { profileId: profile.id, amount: 400 })).data?.redeem;
    t.clock.advanceDays(11); // the reward expired meanwhile
    const res = await manager.gql(RETURN, {
      input: { redemptionId: r.id, amount: 250, idempotencyKey: unique('ret') },
    });
    expect(res.data?.returnRedemption.status).toBe('PARTIALLY_RETURNED');
    const created = await t.db.manager.find(RewardEntity, {
      where: { profileId: profile.id, source: 'RETURN' },
    });
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ valueInitial: 250, valueRemaining: 250 });
    const days = (created[0].expiresAt.getTime() - t.clock.now().getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThan(15.1);
    expect((await balanceOf(manager, profile.id)).available.amount).toBe(250);
  });

  it('is idempotent by key, and a reversed redemption has nothing to return', async () => {
    const { profile } = await fundedProfile(admin, [500], def.id);
    const r = (await redeem(manager, { profileId: profile.id, amount: 400 })).data?.redeem;
    const key = unique('ret');
    const a = await manager.gql(RETURN, {
      input: { redemptionId: r.id, amount: 100, idempotencyKey: key },
    });
    const b = await manager.gql(RETURN, {
      input: { redemptionId: r.id, amount: 100, idempotencyKey: key },
    });
    expect(b.data?.returnRedemption.returned).toEqual(a.data?.returnRedemption.returned);
    expect((await balanceOf(manager, profile.id)).available.amount).toBe(200);
    const conflict = await manager.gql(RETURN, {
      input: { redemptionId: r.id, amount: 50, idempotencyKey: key },
    });
    expect(conflict.data?.returnRedemption.__typename).toBe('IdempotencyConflictError');

    const r2 = (await redeem(manager, { profileId: profile.id, amount: 100 })).data?.redeem;
    await manager.gql(REVERSE, { input: { redemptionId: r2.id } });
    const none = await manager.gql(RETURN, {
      input: { redemptionId: r2.id, amount: 1, idempotencyKey: unique('ret') },
    });
    expect(none.data?.returnRedemption).toMatchObject({
      __typename: 'ReturnExceedsRedemptionError',
      returnable: { amount: 0 },
    });
  });
});

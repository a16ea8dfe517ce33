import { print } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntryEntity } from '../../src/modules/rewards/ledger-entry.entity';
import { RewardEntity } from '../../src/modules/rewards/reward.entity';
import { ProfileEntity } from '../../src/modules/profiles/profile.entity';
import { RedemptionEntity } from '../../src/modules/redemptions/redemption.entity';
import { graphql } from '../graphql/generated';
import { createDefinition, fundedProfile, unique } from '../support/factories';
import { Client, errorCode, startTestApp, TestApp } from '../support/harness';
import { expectInvariants } from '../support/invariants';

// Inputs that once crashed the server (a 500) or were stored as sent: each is now refused as
// BAD_USER_INPUT, naming the field, and nothing is written.

let t: TestApp;
let admin: Client;
let def: { id: string };
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('ADMIN');
  def = await createDefinition(admin, { value: 1000 });
});
afterEach(async () => {
  await expectInvariants(t.db, t.clock.now());
});
afterAll(async () => {
  await t?.close();
});

const counts = async () => ({
  profiles: await t.db.manager.count(ProfileEntity),
  rewards: await t.db.manager.count(RewardEntity),
  ledger: await t.db.manager.count(LedgerEntryEntity),
  redemptions: await t.db.manager.count(RedemptionEntity),
});

const PREVIEW = graphql(`
  mutation RedeemWithCartForBounds($input: RedeemInput!) {
    redeem(input: $input) {
      __typename
    }
  }
`);
const PREVIEW_QUERY = graphql(`
  query PreviewForBounds($input: PreviewRedemptionInput!) {
    previewRedemption(input: $input) {
      amount {
        amount
      }
    }
  }
`);
const ISSUE = graphql(`
  mutation IssueForBounds($input: IssueRewardInput!) {
    issueReward(input: $input) {
      __typename
    }
  }
`);
const CREATE_PROFILE = graphql(`
  mutation CreateProfileForBounds($input: ProfileInput!) {
    createProfile(input: $input) {
      id
    }
  }
`);
const SEARCH = graphql(`
  query SearchForBounds($s: String) {
    profiles(search: $s) {
      totalCount
    }
  }
`);
const REWARD = graphql(`
  query RewardForBounds($id: ID!) {
    reward(id: $id) {
      id
    }
  }
`);

async function refused<T>(run: () => Promise<{ errors?: T[] } & object>, field?: RegExp) {
  const before = await counts();
  const res = (await run()) as Parameters<typeof errorCode>[0];
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  if (field) expect(String(res.errors?.[0]?.extensions?.field)).toMatch(field);
  expect(await counts()).toEqual(before);
  return res;
}

describe('hostile inputs are refused, not crashed on or stored', () => {
  it('a cart line whose quantity × unitPrice is beyond a safe integer', async () => {
    const { profile } = await fundedProfile(admin, [1000], def.id);
    const cart = { lines: [{ id: 'a', quantity: 100_000, unitPrice: 2_147_483_647 }] };
    await refused(
      () => admin.gql(PREVIEW_QUERY, { input: { profileId: profile.id, amount: 100, cart } }),
      /cart\.lines\.quantity/,
    );
    await refused(
      () =>
        admin.gql(PREVIEW, {
          input: { profileId: profile.id, amount: 100, idempotencyKey: unique('r'), cart },
        }),
      /cart\.lines\.quantity/,
    );
  });

  it('a hundred cart lines with kilobyte ids', async () => {
    const { profile } = await fundedProfile(admin, [1000], def.id);
    const lines = Array.from({ length: 100 }, (_, i) => ({
      id: `${i}`.padEnd(1024, 'x'),
      quantity: 1,
      unitPrice: 100,
    }));
    await refused(
      () =>
        admin.gql(PREVIEW, {
          input: {
            profileId: profile.id,
            amount: 100,
            idempotencyKey: unique('r'),
            cart: { lines },
          },
        }),
      /cart\.lines\.id/,
    );
  });

  it('a meta object nested 10,000 levels deep', async () => {
    const { profile } = await fundedProfile(admin, [], def.id);
    // Written as text: serialising such a value would overflow this test's own stack.
    const meta = '{"next":'.repeat(10_000) + '{"leaf":true}' + '}'.repeat(10_000);
    const input =
      `{"profileId":"${profile.id}","definitionId":"${def.id}","reason":"deep",` +
      `"idempotencyKey":"${unique('i')}","meta":${meta}}`;
    const before = await counts();
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: `{"query":${JSON.stringify(print(ISSUE))},"variables":{"input":${input}}}`,
    });
    const body = (await res.json()) as {
      errors?: { extensions?: { code?: string; field?: string } }[];
    };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meta' });
    expect(await counts()).toEqual(before);
  });

  it('a 100 KB search', async () => {
    const res = await admin.gql(SEARCH, { s: 'a%_'.repeat(34_000) });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('an e-mail or a name with a NUL byte or other control characters', async () => {
    for (const input of [
      { externalId: unique('c'), email: 'jo\u0000@example.com' },
      { externalId: unique('c'), firstName: 'Jo\u0007' },
      { externalId: `${unique('c')}\n` + 'x' },
    ]) {
      await refused(() => admin.gql(CREATE_PROFILE, { input }));
    }
  });

  it('an id far longer than any id', async () => {
    const res = await admin.gql(REWARD, { id: 'x'.repeat(5_000) });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('keeps free text free: a reason may span lines', async () => {
    const { profile } = await fundedProfile(admin, [], def.id);
    const res = await admin.gql(ISSUE, {
      input: {
        profileId: profile.id,
        definitionId: def.id,
        reason: 'Late parcel\nand a damaged box',
        idempotencyKey: unique('i'),
      },
    });
    expect(res.data?.issueReward.__typename).toBe('Reward');
  });
});

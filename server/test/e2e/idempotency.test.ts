import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { createDefinition, createProfile, unique } from '../support/factories';
import { Client, startTestApp, TestApp } from '../support/harness';
import { expectInvariants } from '../support/invariants';

// DOMAIN.md, Idempotency: the first answer for a caller's key — a result or a refusal — is the
// answer for that key; a retry with the same input gets it back whatever happened meanwhile.

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
  t.clock.reset();
});
afterAll(async () => {
  await t?.close();
});

const ISSUE = graphql(`
  mutation IssueForIdempotency($input: IssueRewardInput!) {
    issueReward(input: $input) {
      __typename
      ... on Reward {
        id
        expiresAt
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

const REDEEM = graphql(`
  mutation RedeemForIdempotency($input: RedeemInput!) {
    redeem(input: $input) {
      __typename
      ... on Redemption {
        id
        amount {
          amount
        }
      }
      ... on InsufficientBalanceError {
        message
        available {
          amount
          currency
        }
      }
      ... on ErrorResult {
        errorCode
      }
    }
  }
`);

const CREATE_KEY = graphql(`
  mutation CreateKeyForIdempotency($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
    }
  }
`);

async function apiKey(scopes: ('REDEEM' | 'ISSUE_REWARDS' | 'READ_PROFILES')[]) {
  const res = await admin.gql(CREATE_KEY, { input: { name: unique('key'), scopes } });
  return t.client(res.data!.createApiKey.secret);
}

function issueInput(profileId: string, extra: Record<string, unknown> = {}) {
  return {
    profileId,
    definitionId: def.id,
    reason: 'Goodwill',
    idempotencyKey: unique('issue'),
    ...extra,
  };
}

describe('an idempotency key', () => {
  it('is looked up before the expiry is checked: a late retry gets the reward, not an error', async () => {
    const p = await createProfile(admin);
    const input = issueInput(p.id, {
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    const first = await admin.gql(ISSUE, { input });
    expect(first.data?.issueReward.__typename).toBe('Reward');
    // The answer was lost; by the time the client retries, the short expiry has passed.
    t.clock.advance(120_000);
    const retry = await admin.gql(ISSUE, { input });
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.issueReward).toEqual(first.data?.issueReward);
    // A new key with the same past expiry is malformed input, as before.
    const fresh = await admin.gql(ISSUE, { input: { ...input, idempotencyKey: unique('late') } });
    expect(fresh.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('remembers a refusal: the same request later gets the same refusal, not a redemption', async () => {
    const p = await createProfile(admin);
    const input = { profileId: p.id, amount: 500, idempotencyKey: unique('redeem') };
    const refused = await admin.gql(REDEEM, { input });
    expect(refused.data?.redeem).toMatchObject({
      __typename: 'InsufficientBalanceError',
      available: { amount: 0, currency: 'AUD' },
    });
    await admin.gql(ISSUE, { input: issueInput(p.id) });
    const again = await admin.gql(REDEEM, { input });
    expect(again.data?.redeem).toEqual(refused.data?.redeem);
    // Nothing was spent; a new key redeems.
    const fresh = await admin.gql(REDEEM, { input: { ...input, idempotencyKey: unique('r') } });
    expect(fresh.data?.redeem.__typename).toBe('Redemption');
  });

  it('answers two copies sent at once the same way, refusal or result', async () => {
    const p = await createProfile(admin);
    await admin.gql(ISSUE, { input: issueInput(p.id) });
    const input = { profileId: p.id, amount: 1000, idempotencyKey: unique('twin') };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => admin.gql(REDEEM, { input })),
    );
    const kinds = new Set(answers.map((a) => JSON.stringify(a.data?.redeem)));
    expect(kinds.size).toBe(1);
    expect(answers[0].data?.redeem.__typename).toBe('Redemption');
  });

  it("belongs to its caller: another caller's same key and input acts for that caller", async () => {
    const p = await createProfile(admin);
    await admin.gql(ISSUE, { input: issueInput(p.id, { value: 2000 }) });
    const key = unique('shared');
    const input = { profileId: p.id, amount: 500, idempotencyKey: key };
    const mine = await admin.gql(REDEEM, { input });
    const pos = await apiKey(['REDEEM']);
    const theirs = await pos.gql(REDEEM, { input });
    expect(mine.data?.redeem.__typename).toBe('Redemption');
    expect(theirs.data?.redeem.__typename).toBe('Redemption');
    if (
      mine.data?.redeem.__typename === 'Redemption' &&
      theirs.data?.redeem.__typename === 'Redemption'
    ) {
      // Not the ADMIN's redemption handed to the key: a second one of its own.
      expect(theirs.data.redeem.id).not.toBe(mine.data.redeem.id);
    }
    expect((await pos.gql(REDEEM, { input })).data?.redeem).toEqual(theirs.data?.redeem);
  });

  it('with a different input is a conflict, for results and refusals alike', async () => {
    const p = await createProfile(admin);
    const key = unique('conflict');
    await admin.gql(REDEEM, { input: { profileId: p.id, amount: 100, idempotencyKey: key } });
    const changed = await admin.gql(REDEEM, {
      input: { profileId: p.id, amount: 200, idempotencyKey: key },
    });
    expect(changed.data?.redeem.__typename).toBe('IdempotencyConflictError');
  });

  it('remembers that a profile did not exist', async () => {
    const input = issueInput('00000000-0000-7000-8000-00000000abcd');
    const first = await admin.gql(ISSUE, { input });
    expect(first.data?.issueReward.__typename).toBe('NotFoundError');
    expect((await admin.gql(ISSUE, { input })).data?.issueReward).toEqual(first.data?.issueReward);
  });
});

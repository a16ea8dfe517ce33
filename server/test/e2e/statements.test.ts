import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCOPES } from '../../src/core/principal';
import { createDefinition, fundedProfile, unique } from '../support/factories';
import { Client, startTestApp, TEST_DB, TestApp } from '../support/harness';

// Statement budgets per operation: round trips are what this server waits on, so the counts
// are pinned here and cannot creep back. Counted by the database layer of the server itself
// (every statement TypeORM sends, transaction control included), after one warm-up request
// so per-connection setup and the credential look-up are not counted.

let t: TestApp;
let key: Client;
let profileId: string;
let definitionId: string;

const REDEEM = `mutation($input: RedeemInput!) { redeem(input: $input) {
  __typename ... on Redemption { id amount { amount } } } }`;
const BALANCE = `query($id: ID!) { profile(id: $id) { balance { available { amount } } } }`;
const ISSUE = `mutation($input: IssueRewardInput!) { issueReward(input: $input) {
  __typename ... on Reward { id } } }`;
const HOLD = `mutation($input: HoldInput!) { holdRewards(input: $input) {
  __typename ... on RewardHold { id } } }`;
const CAPTURE = `mutation($input: CaptureHoldInput!) { captureHold(input: $input) {
  __typename ... on Redemption { id } } }`;
const RETURN = `mutation($input: ReturnRedemptionInput!) { returnRedemption(input: $input) {
  __typename ... on Redemption { id } } }`;

beforeAll(async () => {
  // Background workers stay quiet here, so only the requests' own statements are counted.
  t = await startTestApp({
    webhooks: { allowPrivate: true, timeoutMs: 2_000, pollMs: 3_600_000 },
    bulkPollMs: 3_600_000,
  });
  const admin = await t.signIn('ADMIN');
  const created = await admin.gql(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    { input: { name: 'Storefront', scopes: [...API_SCOPES] } },
  );
  key = t.client(created.data!.createApiKey.secret);
  definitionId = (await createDefinition(admin)).id;
  profileId = (await fundedProfile(admin, [500, 500, 500, 500, 500], definitionId)).profile.id;
  await key.gql(REDEEM, { input: { profileId, amount: 1, idempotencyKey: unique('warm') } });
});
afterAll(async () => {
  await t?.close();
});

async function counted<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  return t.db.statements.record(work);
}

describe(`statements per operation (${TEST_DB})`, () => {
  it('a repeated credential costs no statement', async () => {
    const { statements } = await counted(() => key.gql('{ __typename }'));
    expect(statements).toEqual([]);
  });

  it("a balance by id costs one statement: the profile with its rewards' and holds' sums", async () => {
    const { result, statements } = await counted(() => key.gql(BALANCE, { id: profileId }));
    expect(result.data?.profile.balance.available.amount).toBeGreaterThan(0);
    expect(statements).toHaveLength(1);
  });

  it('a redeem drawing on several rewards costs nine statements, START and COMMIT included', async () => {
    const { result, statements } = await counted(() =>
      key.gql(REDEEM, { input: { profileId, amount: 1200, idempotencyKey: unique('r') } }),
    );
    expect(result.data?.redeem.__typename).toBe('Redemption');
    expect(statements.length).toBeLessThanOrEqual(9);
  });

  it('a retried redeem answers from its key without spending', async () => {
    const idempotencyKey = unique('again');
    const input = { profileId, amount: 10, idempotencyKey };
    const first = await key.gql(REDEEM, { input });
    const { result, statements } = await counted(() => key.gql(REDEEM, { input }));
    expect(result.data?.redeem.id).toBe(first.data?.redeem.id);
    // START, claim (duplicate), read the key, read the redemption, ROLLBACK: no profile lock.
    expect(statements.length).toBeLessThanOrEqual(5);
    expect(statements.some((s) => /FOR UPDATE/i.test(s))).toBe(false);
  });

  it('issue, hold, capture and return stay within their budgets', async () => {
    const issue = await counted(() =>
      key.gql(ISSUE, {
        input: { profileId, definitionId, reason: 'Budget', idempotencyKey: unique('i') },
      }),
    );
    expect(issue.result.data?.issueReward.__typename).toBe('Reward');
    const hold = await counted(() =>
      key.gql(HOLD, { input: { profileId, amount: 100, idempotencyKey: unique('h') } }),
    );
    expect(hold.result.data?.holdRewards.__typename).toBe('RewardHold');
    const capture = await counted(() =>
      key.gql(CAPTURE, {
        input: { holdId: hold.result.data?.holdRewards.id, idempotencyKey: unique('c') },
      }),
    );
    expect(capture.result.data?.captureHold.__typename).toBe('Redemption');
    const ret = await counted(() =>
      key.gql(RETURN, {
        input: {
          redemptionId: capture.result.data?.captureHold.id,
          amount: 50,
          idempotencyKey: unique('ret'),
        },
      }),
    );
    expect(ret.result.data?.returnRedemption.__typename).toBe('Redemption');
    const counts = {
      issue: issue.statements.length,
      hold: hold.statements.length,
      capture: capture.statements.length,
      return: ret.statements.length,
    };
    if (process.env.SHOW_STATEMENTS) {
      console.log(counts, {
        issue: issue.statements,
        capture: capture.statements,
        return: ret.statements,
      });
    }
    expect(counts.hold).toBeLessThanOrEqual(7);
    expect(counts.capture).toBeLessThanOrEqual(13);
    expect(counts.issue).toBeLessThanOrEqual(8);
    expect(counts.return).toBeLessThanOrEqual(13);
  });

  it("a list of voided rewards reads every reward's void reason in one statement", async () => {
    const admin = await t.signIn('ADMIN');
    const { profile, rewards } = await fundedProfile(admin, [100, 200, 300], definitionId);
    for (const id of rewards) {
      await admin.gql(
        'mutation($input: VoidRewardInput!) { voidReward(input: $input) { __typename } }',
        { input: { rewardId: id, reason: `void ${id}` } },
      );
    }
    const list = `query($id: ID!) { profile(id: $id) { rewards(first: 10) { edges { node { id voidReason } } } } }`;
    const without = await counted(() =>
      key.gql(list.replace(' voidReason', ''), { id: profile.id }),
    );
    const { result, statements } = await counted(() => key.gql(list, { id: profile.id }));
    const reasons = result.data!.profile.rewards.edges.map(
      (e: { node: { voidReason: string } }) => e.node.voidReason,
    );
    expect(reasons.sort()).toEqual(rewards.map((id) => `void ${id}`).sort());
    expect(statements.length).toBe(without.statements.length + 1);
  });
});

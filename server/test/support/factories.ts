import type { Client } from './harness';

let n = 0;
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++n}`;

export const REWARD_FIELDS = `
  id status timezone issuedAt activatesAt expiresAt expiresLocal extendedAt extensionCount voidedAt
  source issuedBy reason meta
  valueInitial { amount currency } valueRemaining { amount currency }
  definition { id handle } type { key } profile { id externalId }
`;

export async function createProfile(client: Client, input: Record<string, unknown> = {}) {
  const res = await client.gql(
    `mutation($input: ProfileInput!) { createProfile(input: $input) { id externalId timezone } }`,
    { input: { externalId: unique('cust'), firstName: 'Casey', ...input } },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createProfile as { id: string; externalId: string; timezone: string };
}

export async function typeId(client: Client, key: string): Promise<string> {
  const res = await client.gql('{ rewardTypes(includeArchived: true) { id key } }');
  const found = (res.data?.rewardTypes as { id: string; key: string }[]).find((t) => t.key === key);
  if (!found) throw new Error(`no reward type ${key}`);
  return found.id;
}

export async function createDefinition(admin: Client, input: Record<string, unknown> = {}) {
  const res = await admin.gql(
    `mutation($input: RewardDefinitionInput!) {
      createRewardDefinition(input: $input) { id handle value { amount currency } archived }
    }`,
    {
      input: {
        handle: unique('def'),
        name: 'Ten dollars off',
        typeId: await typeId(admin, 'customer-service'),
        value: 1000,
        expiryPeriod: 3,
        expiryUnit: 'MONTHS',
        ...input,
      },
    },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createRewardDefinition as { id: string; handle: string };
}

export const ISSUE = `mutation($input: IssueRewardInput!) {
  issueReward(input: $input) {
    __typename
    ... on Reward { ${REWARD_FIELDS} }
    ... on ErrorResult { errorCode message }
    ... on IssueLimitExceededError { limit { amount currency } }
  }
}`;

export async function issue(client: Client, input: Record<string, unknown>) {
  const res = await client.gql(ISSUE, {
    input: { reason: 'Late delivery', idempotencyKey: unique('issue'), ...input },
  });
  return res;
}

export const BALANCE = `query($id: ID!) { profile(id: $id) {
  balance { currency available { amount } held { amount } activeRewardCount nextExpiry expiringSoon { amount } }
} }`;

export async function balanceOf(client: Client, profileId: string) {
  const res = await client.gql(BALANCE, { id: profileId });
  return res.data?.profile.balance as {
    available: { amount: number };
    activeRewardCount: number;
    nextExpiry: string | null;
    expiringSoon: { amount: number };
  };
}

export const REDEMPTION_FIELDS = `id status requested { amount currency } amount { amount currency }
  returned { amount } transactionExternalId receiptRef locationId createdAt createdBy
  allocations { amount { amount } reward { id valueRemaining { amount } status } }
  lineDiscounts { lineId amount { amount } }`;

export const REDEEM = `mutation($input: RedeemInput!) { redeem(input: $input) {
  __typename
  ... on Redemption { ${REDEMPTION_FIELDS} }
  ... on ErrorResult { errorCode message }
  ... on InsufficientBalanceError { available { amount currency } }
  ... on RedemptionPolicyError { maxAllowed { amount currency } }
} }`;

export async function redeem(client: Client, input: Record<string, unknown>) {
  return client.gql(REDEEM, { input: { idempotencyKey: unique('redeem'), ...input } });
}

export const HOLD = `mutation($input: HoldInput!) { holdRewards(input: $input) {
  __typename
  ... on RewardHold { id status amount { amount } expiresAt allocations { amount { amount } reward { id } } lineDiscounts { lineId amount { amount } } }
  ... on ErrorResult { errorCode message }
  ... on InsufficientBalanceError { available { amount } }
  ... on RedemptionPolicyError { maxAllowed { amount } }
} }`;

export const CAPTURE = `mutation($input: CaptureHoldInput!) { captureHold(input: $input) {
  __typename ... on Redemption { ${REDEMPTION_FIELDS} } ... on ErrorResult { errorCode message } } }`;

export const RELEASE = `mutation($id: ID!) { releaseHold(holdId: $id) {
  __typename ... on RewardHold { id status } ... on ErrorResult { errorCode message } } }`;

export const REVERSE = `mutation($input: ReverseRedemptionInput!) { reverseRedemption(input: $input) {
  __typename ... on Redemption { ${REDEMPTION_FIELDS} } ... on ErrorResult { errorCode message } } }`;

export const RETURN = `mutation($input: ReturnRedemptionInput!) { returnRedemption(input: $input) {
  __typename ... on Redemption { ${REDEMPTION_FIELDS} } ... on ErrorResult { errorCode message }
  ... on ReturnExceedsRedemptionError { returnable { amount } } } }`;

/** A profile holding rewards of the given values, expiring 10, 20, 30… days out. */
export async function fundedProfile(admin: Client, values: number[], definitionId: string) {
  const p = await createProfile(admin);
  const rewards: string[] = [];
  for (const [i, value] of values.entries()) {
    const res = await issue(admin, {
      profileId: p.id,
      definitionId,
      value,
      expiresAt: new Date(Date.now() + (i + 1) * 10 * 86_400_000).toISOString(),
    });
    if (res.data?.issueReward.__typename !== 'Reward') throw new Error(JSON.stringify(res));
    rewards.push(res.data.issueReward.id as string);
  }
  return { profile: p, rewards };
}

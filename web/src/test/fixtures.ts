import type { HoldStatus, RedemptionStatus, RewardStatus } from '../graphql/generated/graphql';

export function money(amount: number, currency = 'AUD') {
  return { __typename: 'Money' as const, amount, currency };
}

export const welcomeDefinition = {
  __typename: 'RewardDefinition' as const,
  id: 'def-1',
  handle: 'welcome-10',
  name: 'Welcome $10',
  archived: false,
  value: money(1000),
  expiryPeriod: 3,
  expiryUnit: 'MONTHS' as const,
  absoluteExpiry: null,
};

/** A reward as the profile page's rewards list selects it. */
export function rewardNode(id: string, status: RewardStatus, name: string) {
  return {
    __typename: 'Reward' as const,
    id,
    status,
    source: 'MANUAL' as const,
    reason: `Reason for ${name}`,
    timezone: 'Australia/Melbourne',
    expiresAt: '2026-12-31T12:59:59.999Z',
    expiresLocal: '2026-12-31T23:59:59+11:00',
    extensionCount: 0,
    voidedAt: status === 'VOIDED' ? '2026-03-02T01:00:00.000Z' : null,
    voidReason: status === 'VOIDED' ? `Void reason for ${name}` : null,
    valueInitial: money(1000),
    valueRemaining: money(status === 'VOIDED' ? 0 : 1000),
    definition: { __typename: 'RewardDefinition' as const, id: `def-${id}`, name },
    type: {
      __typename: 'RewardType' as const,
      id: 'type-1',
      name: 'Customer Service',
      extensionEnabled: true,
      extensionDays: 30,
    },
  };
}

/** A redemption as the profile page's redemptions list selects it. */
export function redemptionNode(
  id: string,
  status: RedemptionStatus,
  { amount = 1500, returned = 0, transactionExternalId = `order-${id}` } = {},
) {
  return {
    __typename: 'Redemption' as const,
    id,
    createdAt: '2026-03-02T01:00:00.000Z',
    createdBy: 'user:1',
    createdByLabel: 'Ada Admin',
    status,
    reversedAt: status === 'REVERSED' ? '2026-03-02T01:05:00.000Z' : null,
    transactionExternalId,
    receiptRef: null,
    locationId: 'store-7',
    amount: money(amount),
    requested: money(amount),
    returned: money(returned),
    allocations: [
      {
        __typename: 'RedemptionAllocation' as const,
        amount: money(amount - 500),
        reward: {
          __typename: 'Reward' as const,
          id: `${id}-reward-1`,
          definition: { __typename: 'RewardDefinition' as const, id: 'def-1', name: 'Welcome $10' },
        },
      },
      {
        __typename: 'RedemptionAllocation' as const,
        amount: money(500),
        reward: {
          __typename: 'Reward' as const,
          id: `${id}-reward-2`,
          definition: { __typename: 'RewardDefinition' as const, id: 'def-2', name: 'Birthday $5' },
        },
      },
    ],
    lineDiscounts: [],
  };
}

/** A checkout hold as the profile page's holds list selects it; live ones lapse in 4.5 minutes. */
export function holdNode(
  id: string,
  status: HoldStatus,
  {
    amount = 200,
    expiresAt = new Date(Date.now() + 270_000).toISOString(),
    redemptionId = null as string | null,
  } = {},
) {
  return {
    __typename: 'RewardHold' as const,
    id,
    status,
    expiresAt,
    redemptionId,
    amount: money(amount),
    allocations: [
      {
        __typename: 'RedemptionAllocation' as const,
        amount: money(amount),
        reward: {
          __typename: 'Reward' as const,
          id: `${id}-reward-1`,
          definition: { __typename: 'RewardDefinition' as const, id: 'def-1', name: 'Welcome $10' },
        },
      },
    ],
    lineDiscounts: [],
  };
}

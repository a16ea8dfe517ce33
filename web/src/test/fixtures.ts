import type { RewardStatus } from '../graphql/generated/graphql';

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
    valueInitial: money(1000),
    valueRemaining: money(status === 'VOIDED' ? 0 : 1000),
    definition: { __typename: 'RewardDefinition' as const, id: `def-${id}`, name },
    type: { __typename: 'RewardType' as const, id: 'type-1', name: 'Customer Service' },
  };
}

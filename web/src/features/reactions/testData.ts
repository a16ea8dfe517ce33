import type { ReactionEvent } from '../../graphql/generated/graphql';
import { money } from '../../test/fixtures';
import { BrandDefaultsQuery } from '../settings/brandDefaults';

// Reactions and definitions as the reactions screen selects them, for its tests.

export function definition(
  id: string,
  name: string,
  {
    amount = 1000,
    assignable = true,
    published = true,
    archived = false,
  }: { amount?: number; assignable?: boolean; published?: boolean; archived?: boolean } = {},
) {
  return {
    __typename: 'RewardDefinition' as const,
    id,
    handle: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    value: money(amount),
    expiryPeriod: 3,
    expiryUnit: 'MONTHS' as const,
    absoluteExpiry: null,
    activationDelayDays: null,
    assignable,
    published,
    archived,
    type: { __typename: 'RewardType' as const, id: 'type-1', name: 'Member Activation' },
  };
}

export function reaction(
  id: string,
  name: string,
  change: Partial<{
    event: ReactionEvent;
    customEvent: string | null;
    condition: unknown;
    spendThreshold: number | null;
    spendRepeatEvery: number | null;
    lapsedDays: number | null;
    claimable: boolean;
    active: boolean;
    definition: ReturnType<typeof definition>;
  }> = {},
) {
  // A reaction's definition is selected without its type.
  const issued: Partial<ReturnType<typeof definition>> = {
    ...(change.definition ?? definition('def-1', 'Welcome $10')),
  };
  delete issued.type;
  return {
    __typename: 'Reaction' as const,
    id,
    name,
    event: 'PROFILE_CREATED' as ReactionEvent,
    customEvent: null,
    condition: null as unknown,
    spendThreshold: null,
    spendRepeatEvery: null,
    lapsedDays: null,
    claimable: false,
    active: true,
    ...change,
    definition: issued,
  };
}

export const brandDefaultsMock = {
  request: { query: BrandDefaultsQuery },
  maxUsageCount: 5,
  result: {
    data: {
      settings: {
        __typename: 'Settings' as const,
        defaultCurrency: 'AUD',
        defaultTimezone: 'Australia/Melbourne',
      },
    },
  },
};

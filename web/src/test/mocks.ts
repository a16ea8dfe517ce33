import type { MockLink } from '@apollo/client/testing';
import { CurrentUserQuery } from '../features/auth/currentUser';
import {
  DashboardActivityQuery,
  DashboardBalancesQuery,
  DashboardCurrenciesQuery,
} from '../features/dashboard/queries';
import { BrandDefaultsQuery } from '../features/settings/brandDefaults';
import type { CurrentUserQuery as CurrentUserResult, Role } from '../graphql/generated/graphql';

export interface TestUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export const admin: TestUser = {
  id: '1',
  name: 'Ada Admin',
  email: 'ada@example.com',
  role: 'ADMIN',
};

export const manager: TestUser = {
  id: '2',
  name: 'Max Manager',
  email: 'max@example.com',
  role: 'MANAGER',
};

export function graphQLError(message: string, code: string) {
  return { message, extensions: { code } };
}

export function signedInAs(user: TestUser): MockLink.MockedResponse<CurrentUserResult> {
  return {
    request: { query: CurrentUserQuery },
    result: { data: { me: { __typename: 'User', ...user } } },
  };
}

export function signedOut(): MockLink.MockedResponse<CurrentUserResult> {
  return {
    request: { query: CurrentUserQuery },
    result: { errors: [graphQLError('You must be signed in.', 'UNAUTHENTICATED')] },
  };
}

/**
 * The dashboard's reads for a brand with no rewards yet, answered as often as asked: for tests
 * of the shell that land on the dashboard without being about it.
 */
export function newBrandDashboard(): MockLink.MockedResponse[] {
  const always = Number.POSITIVE_INFINITY;
  const none = { __typename: 'Money', amount: 0, currency: 'AUD' };
  return [
    {
      request: { query: BrandDefaultsQuery },
      result: {
        data: {
          settings: { __typename: 'Settings', defaultCurrency: 'AUD', defaultTimezone: 'UTC' },
        },
      },
      maxUsageCount: always,
    },
    {
      request: { query: DashboardCurrenciesQuery },
      result: { data: { rewardDefinitions: [] } },
      maxUsageCount: always,
    },
    {
      request: { query: DashboardActivityQuery, variables: () => true },
      result: { data: { activity: [] } },
      maxUsageCount: always,
    },
    {
      request: { query: DashboardBalancesQuery, variables: () => true },
      result: {
        data: {
          liability: {
            __typename: 'Liability',
            currency: 'AUD',
            outstanding: none,
            expiringSoon: none,
            byExpiryMonth: [],
          },
          breakage: [],
        },
      },
      maxUsageCount: always,
    },
  ];
}

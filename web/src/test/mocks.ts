import type { MockLink } from '@apollo/client/testing';
import { CurrentUserQuery } from '../features/auth/currentUser';
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

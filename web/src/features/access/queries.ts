import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';

export const StaffUsersQuery = graphql(`
  query StaffUsers {
    users {
      id
      name
      email
      role
      active
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      name
      email
      role
      active
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

export const SetUserRoleMutation = graphql(`
  mutation SetUserRole($id: ID!, $role: Role!) {
    setUserRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

/** A one-time set-password link: its address is shown once, to send to the person. */
export const CreatePasswordLinkMutation = graphql(`
  mutation CreatePasswordLink($userId: ID!) {
    createPasswordLink(userId: $userId) {
      url
      expiresAt
      user {
        id
        name
        email
      }
    }
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      scopes
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
        scopes
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export function useCreateUser() {
  return useRefetchingMutation(CreateUserMutation, [StaffUsersQuery]);
}

export function useSetUserActive() {
  return useRefetchingMutation(SetUserActiveMutation, [StaffUsersQuery]);
}

/** The changed role comes back on the user, so every list showing them updates in the cache. */
export function useSetUserRole() {
  return useMutation(SetUserRoleMutation);
}

export function useCreatePasswordLink() {
  return useMutation(CreatePasswordLinkMutation);
}

export function useCreateApiKey() {
  return useRefetchingMutation(CreateApiKeyMutation, [ApiKeysQuery]);
}

export function useRevokeApiKey() {
  return useRefetchingMutation(RevokeApiKeyMutation, [ApiKeysQuery]);
}

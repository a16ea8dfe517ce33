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

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      scopes
      createdAt
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

export function useCreateApiKey() {
  return useRefetchingMutation(CreateApiKeyMutation, [ApiKeysQuery]);
}

export function useRevokeApiKey() {
  return useRefetchingMutation(RevokeApiKeyMutation, [ApiKeysQuery]);
}

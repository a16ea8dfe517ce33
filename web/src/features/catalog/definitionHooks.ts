import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';

export const CreateRewardDefinitionMutation = graphql(`
  mutation CreateRewardDefinition($input: RewardDefinitionInput!) {
    createRewardDefinition(input: $input) {
      id
      ...DefinitionRow_definition
    }
  }
`);

export const UpdateRewardDefinitionMutation = graphql(`
  mutation UpdateRewardDefinition($id: ID!, $input: RewardDefinitionInput!) {
    updateRewardDefinition(id: $id, input: $input) {
      id
      ...DefinitionRow_definition
    }
  }
`);

export const ArchiveRewardDefinitionMutation = graphql(`
  mutation ArchiveRewardDefinition($id: ID!) {
    archiveRewardDefinition(id: $id) {
      id
      ...DefinitionRow_definition
    }
  }
`);

// The lists are filtered by `archived` and ordered by name on the server, so they are reloaded.
// (The issue form loads its own list fresh whenever it opens.)
const refetch = { refetchQueries: ['RewardDefinitions'], awaitRefetchQueries: true };

export function useCreateRewardDefinition() {
  return useMutation(CreateRewardDefinitionMutation, refetch);
}

export function useUpdateRewardDefinition() {
  return useMutation(UpdateRewardDefinitionMutation, refetch);
}

export function useArchiveRewardDefinition() {
  return useMutation(ArchiveRewardDefinitionMutation, refetch);
}

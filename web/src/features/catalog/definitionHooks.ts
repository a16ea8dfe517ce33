import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';
import { RewardDefinitionsQuery } from './queries';

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
const lists = [RewardDefinitionsQuery];

export function useCreateRewardDefinition() {
  return useRefetchingMutation(CreateRewardDefinitionMutation, lists);
}

export function useUpdateRewardDefinition() {
  return useRefetchingMutation(UpdateRewardDefinitionMutation, lists);
}

export function useArchiveRewardDefinition() {
  return useRefetchingMutation(ArchiveRewardDefinitionMutation, lists);
}

import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';
import { RewardTypesQuery } from './queries';

export const CreateRewardTypeMutation = graphql(`
  mutation CreateRewardType($input: RewardTypeInput!) {
    createRewardType(input: $input) {
      id
      ...RewardTypeRow_type
    }
  }
`);

export const UpdateRewardTypeMutation = graphql(`
  mutation UpdateRewardType($id: ID!, $input: RewardTypeInput!) {
    updateRewardType(id: $id, input: $input) {
      id
      ...RewardTypeRow_type
    }
  }
`);

export const ArchiveRewardTypeMutation = graphql(`
  mutation ArchiveRewardType($id: ID!) {
    archiveRewardType(id: $id) {
      id
      ...RewardTypeRow_type
    }
  }
`);

// The lists are filtered by `archived` and ordered by name on the server, so they are reloaded.
const lists = [RewardTypesQuery];

export function useCreateRewardType() {
  return useRefetchingMutation(CreateRewardTypeMutation, lists);
}

export function useUpdateRewardType() {
  return useRefetchingMutation(UpdateRewardTypeMutation, lists);
}

export function useArchiveRewardType() {
  return useRefetchingMutation(ArchiveRewardTypeMutation, lists);
}

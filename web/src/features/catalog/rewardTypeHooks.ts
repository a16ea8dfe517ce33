import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';

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
const refetch = { refetchQueries: ['RewardTypes'], awaitRefetchQueries: true };

export function useCreateRewardType() {
  return useMutation(CreateRewardTypeMutation, refetch);
}

export function useUpdateRewardType() {
  return useMutation(UpdateRewardTypeMutation, refetch);
}

export function useArchiveRewardType() {
  return useMutation(ArchiveRewardTypeMutation, refetch);
}

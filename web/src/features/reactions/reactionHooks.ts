import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';
import { PROFILE_REWARD_QUERIES } from '../profiles/refetch';
import { ClaimableReactionsQuery, ReactionsQuery } from './queries';

export const CreateReactionMutation = graphql(`
  mutation CreateReaction($input: ReactionInput!) {
    createReaction(input: $input) {
      id
      ...ReactionRow_reaction
    }
  }
`);

export const UpdateReactionMutation = graphql(`
  mutation UpdateReaction($id: ID!, $input: ReactionInput!) {
    updateReaction(id: $id, input: $input) {
      id
      ...ReactionRow_reaction
    }
  }
`);

export const ClaimRewardMutation = graphql(`
  mutation ClaimReward($input: ClaimRewardInput!) {
    claimReward(input: $input) {
      __typename
      ... on Reward {
        id
        expiresAt
        timezone
        valueInitial {
          amount
          currency
        }
      }
      ... on NotEligibleError {
        errorCode
        message
      }
      ... on NotFoundError {
        errorCode
        message
      }
    }
  }
`);

// The list is ordered by creation on the server; a new reaction is fetched with it.
export function useCreateReaction() {
  return useRefetchingMutation(CreateReactionMutation, [ReactionsQuery]);
}

/** Saves a reaction (edit, pause, resume); the cache updates the row by its id. */
export function useUpdateReaction() {
  return useRefetchingMutation(UpdateReactionMutation, []);
}

/** A claim changes the profile's rewards and what it can still claim, whatever the answer. */
export function useClaimReward() {
  return useRefetchingMutation(ClaimRewardMutation, [
    ...PROFILE_REWARD_QUERIES,
    ClaimableReactionsQuery,
  ]);
}

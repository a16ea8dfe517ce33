import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';
import { PROFILE_REWARD_QUERIES } from './refetch';

export const IssueRewardMutation = graphql(`
  mutation IssueReward($input: IssueRewardInput!) {
    issueReward(input: $input) {
      __typename
      ... on Reward {
        id
        status
        valueInitial {
          amount
          currency
        }
        definition {
          id
          name
        }
      }
      ... on IssueLimitExceededError {
        errorCode
        message
        limit {
          amount
          currency
        }
      }
      ... on NotFoundError {
        errorCode
        message
      }
      ... on IdempotencyConflictError {
        errorCode
        message
      }
    }
  }
`);

export function useIssueReward() {
  return useMutation(IssueRewardMutation, {
    refetchQueries: (result) =>
      result.data?.issueReward.__typename === 'Reward' ? PROFILE_REWARD_QUERIES : [],
    awaitRefetchQueries: true,
  });
}

import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';
import { PROFILE_REWARD_QUERIES } from '../profiles/refetch';

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
  return useRefetchingMutation(
    IssueRewardMutation,
    PROFILE_REWARD_QUERIES,
    (data) => data.issueReward.__typename === 'Reward',
  );
}

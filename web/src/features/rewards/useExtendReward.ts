import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';
import { PROFILE_REWARD_QUERIES } from '../profiles/refetch';

export const ExtendRewardMutation = graphql(`
  mutation ExtendReward($input: ExtendRewardInput!) {
    extendReward(input: $input) {
      __typename
      ... on Reward {
        id
        expiresAt
        ...RewardRow_reward
      }
      ... on NotFoundError {
        errorCode
        message
      }
      ... on RewardNotExtendableError {
        errorCode
        message
      }
      ... on RewardNotActiveError {
        errorCode
        message
      }
    }
  }
`);

export function useExtendReward() {
  return useRefetchingMutation(
    ExtendRewardMutation,
    PROFILE_REWARD_QUERIES,
    (data) => data.extendReward.__typename === 'Reward',
  );
}

import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';
import { PROFILE_REWARD_QUERIES } from '../profiles/refetch';

export const VoidRewardMutation = graphql(`
  mutation VoidReward($input: VoidRewardInput!) {
    voidReward(input: $input) {
      __typename
      ... on Reward {
        id
        ...RewardRow_reward
      }
      ... on NotFoundError {
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

export function useVoidReward() {
  return useRefetchingMutation(
    VoidRewardMutation,
    PROFILE_REWARD_QUERIES,
    (data) => data.voidReward.__typename === 'Reward',
  );
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';
import { PROFILE_REWARD_QUERIES } from './refetch';

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
  return useMutation(VoidRewardMutation, {
    refetchQueries: (result) =>
      result.data?.voidReward.__typename === 'Reward' ? PROFILE_REWARD_QUERIES : [],
    awaitRefetchQueries: true,
  });
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';
import { PROFILE_REWARD_QUERIES } from './refetch';

export const ExtendRewardMutation = graphql(`
  mutation ExtendReward($input: ExtendRewardInput!) {
    extendReward(input: $input) {
      __typename
      ... on Reward {
        id
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
  return useMutation(ExtendRewardMutation, {
    refetchQueries: (result) =>
      result.data?.extendReward.__typename === 'Reward' ? PROFILE_REWARD_QUERIES : [],
    awaitRefetchQueries: true,
  });
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';
import { PROFILE_REDEMPTION_QUERIES } from '../rewards/refetch';

export const ReturnRedemptionMutation = graphql(`
  mutation ReturnRedemption($input: ReturnRedemptionInput!) {
    returnRedemption(input: $input) {
      __typename
      ... on Redemption {
        id
        ...RedemptionRow_redemption
      }
      ... on ReturnExceedsRedemptionError {
        errorCode
        message
        returnable {
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

export function useReturnRedemption() {
  return useMutation(ReturnRedemptionMutation, {
    refetchQueries: (result) =>
      result.data?.returnRedemption.__typename === 'Redemption' ? PROFILE_REDEMPTION_QUERIES : [],
    awaitRefetchQueries: true,
  });
}

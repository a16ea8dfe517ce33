import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';
import { PROFILE_REDEMPTION_QUERIES } from '../rewards/refetch';

export const RedeemMutation = graphql(`
  mutation Redeem($input: RedeemInput!) {
    redeem(input: $input) {
      __typename
      ... on Redemption {
        id
        amount {
          amount
          currency
        }
        requested {
          amount
          currency
        }
        ...RedemptionRow_redemption
      }
      ... on InsufficientBalanceError {
        errorCode
        message
        available {
          amount
          currency
        }
      }
      ... on RedemptionPolicyError {
        errorCode
        message
        maxAllowed {
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

export function useRedeem() {
  return useMutation(RedeemMutation, {
    refetchQueries: (result) =>
      result.data?.redeem.__typename === 'Redemption' ? PROFILE_REDEMPTION_QUERIES : [],
    awaitRefetchQueries: true,
  });
}

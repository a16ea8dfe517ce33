import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';
import { PROFILE_REDEMPTION_QUERIES } from '../profiles/refetch';

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
  return useRefetchingMutation(
    RedeemMutation,
    PROFILE_REDEMPTION_QUERIES,
    (data) => data.redeem.__typename === 'Redemption',
  );
}

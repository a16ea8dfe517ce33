import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';
import { PROFILE_REDEMPTION_QUERIES } from '../profiles/refetch';

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
  return useRefetchingMutation(
    ReturnRedemptionMutation,
    PROFILE_REDEMPTION_QUERIES,
    (data) => data.returnRedemption.__typename === 'Redemption',
  );
}

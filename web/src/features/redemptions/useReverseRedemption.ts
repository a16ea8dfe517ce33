import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';
import { PROFILE_REDEMPTION_QUERIES } from '../profiles/refetch';

export const ReverseRedemptionMutation = graphql(`
  mutation ReverseRedemption($input: ReverseRedemptionInput!) {
    reverseRedemption(input: $input) {
      __typename
      ... on Redemption {
        id
        ...RedemptionRow_redemption
      }
      ... on ReversalWindowClosedError {
        errorCode
        message
      }
      ... on NotFoundError {
        errorCode
        message
      }
    }
  }
`);

export function useReverseRedemption() {
  return useRefetchingMutation(
    ReverseRedemptionMutation,
    PROFILE_REDEMPTION_QUERIES,
    (data) => data.reverseRedemption.__typename === 'Redemption',
  );
}

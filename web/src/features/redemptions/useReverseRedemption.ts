import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';
import { PROFILE_REDEMPTION_QUERIES } from '../rewards/refetch';

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
  return useMutation(ReverseRedemptionMutation, {
    refetchQueries: (result) =>
      result.data?.reverseRedemption.__typename === 'Redemption' ? PROFILE_REDEMPTION_QUERIES : [],
    awaitRefetchQueries: true,
  });
}

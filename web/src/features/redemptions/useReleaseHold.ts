import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';
import { PROFILE_HOLD_QUERIES } from '../rewards/refetch';

export const ReleaseHoldMutation = graphql(`
  mutation ReleaseHold($holdId: ID!) {
    releaseHold(holdId: $holdId) {
      __typename
      ... on RewardHold {
        id
        ...HoldRow_hold
      }
      ... on HoldNotActiveError {
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

export function useReleaseHold() {
  return useMutation(ReleaseHoldMutation, {
    // A hold that was no longer active lapsed or was captured meanwhile: what the page shows of
    // it and of the balance is stale either way.
    refetchQueries: (result) => {
      const typename = result.data?.releaseHold.__typename;
      return typename === 'RewardHold' || typename === 'HoldNotActiveError'
        ? PROFILE_HOLD_QUERIES
        : [];
    },
    awaitRefetchQueries: true,
  });
}

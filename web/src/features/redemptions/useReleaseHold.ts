import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';
import { PROFILE_HOLD_QUERIES } from '../profiles/refetch';

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
  // A hold that was no longer active lapsed or was captured meanwhile: what the page shows of
  // it and of the balance is stale either way.
  return useRefetchingMutation(ReleaseHoldMutation, PROFILE_HOLD_QUERIES, (data) => {
    const typename = data.releaseHold.__typename;
    return typename === 'RewardHold' || typename === 'HoldNotActiveError';
  });
}

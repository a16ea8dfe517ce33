import { graphql } from '../../graphql/generated';

// The profile page's redemptions and holds queries. Apart from their lists, so that mutation
// hooks can refetch them (see ../profiles/refetch.ts) without importing the components.

export const ProfileRedemptionsQuery = graphql(`
  query ProfileRedemptions($id: ID!, $first: Int, $after: String) {
    profile(id: $id) {
      id
      redemptions(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            ...RedemptionRow_redemption
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const ProfileHoldsQuery = graphql(`
  query ProfileHolds($id: ID!, $activeOnly: Boolean!) {
    profile(id: $id) {
      id
      holds(activeOnly: $activeOnly) {
        id
        ...HoldRow_hold
      }
      # Whether there is any hold at all, live or past: without one the section is not shown.
      everHeld: holds(activeOnly: false) {
        id
      }
    }
  }
`);

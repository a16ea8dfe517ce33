import { graphql } from '../../graphql/generated';

// The profile page's rewards and ledger queries. Apart from their lists, so that mutation hooks
// can refetch them (see ../profiles/refetch.ts) without importing the components.

export const ProfileRewardsQuery = graphql(`
  query ProfileRewards($id: ID!, $status: RewardStatus, $first: Int, $after: String) {
    profile(id: $id) {
      id
      rewards(status: $status, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            ...RewardRow_reward
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

export const ProfileLedgerQuery = graphql(`
  query ProfileLedger($id: ID!, $first: Int, $after: String) {
    profile(id: $id) {
      id
      ledger(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            ...LedgerRow_entry
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

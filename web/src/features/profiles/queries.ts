import { graphql } from '../../graphql/generated';

// The profile page's own query. Apart from the page, so that mutation hooks can refetch it
// (see refetch.ts) without importing the page and everything it shows.

export const ProfilePageQuery = graphql(`
  query ProfilePage($id: ID!) {
    profile(id: $id) {
      id
      externalId
      firstName
      lastName
      timezone
      ...ProfileDetails_profile
      balance {
        currency
        ...BalanceCard_balance
      }
      balances {
        currency
        ...BalanceCard_balance
      }
    }
  }
`);

import { graphql } from '../../graphql/generated';

// The dashboard's reads. The finance reports are for staff (ADMIN and MANAGER alike); the
// greeting and the role card come from the signed-in user, which the shell has cached already.

export const DashboardQuery = graphql(`
  query Dashboard {
    me {
      id
      name
      role
    }
  }
`);

/** The currencies the brand's definitions issue in, archived ones included. */
export const DashboardCurrenciesQuery = graphql(`
  query DashboardCurrencies {
    rewardDefinitions(includeArchived: true) {
      id
      value {
        amount
        currency
      }
    }
  }
`);

/**
 * What is owed now in one currency (and how much of it expires within 30 days), and what expired
 * unredeemed over a range of months.
 */
export const DashboardBalancesQuery = graphql(`
  query DashboardBalances($currency: String!, $breakageFrom: DateTime!, $breakageTo: DateTime!) {
    liability(currency: $currency) {
      currency
      outstanding {
        amount
        currency
      }
      expiringSoon {
        amount
        currency
      }
      byExpiryMonth {
        month
        rewardCount
        amount {
          amount
          currency
        }
      }
    }
    breakage(currency: $currency, from: $breakageFrom, to: $breakageTo) {
      month
      rewardCount
      amount {
        amount
        currency
      }
    }
  }
`);

export const ActivityRowFragment = graphql(`
  fragment Dashboard_activityRow on ActivityRow {
    period
    rewardType
    rewardTypeName
    issued {
      amount
      currency
    }
    redeemed {
      amount
      currency
    }
    restored {
      amount
      currency
    }
    expired {
      amount
      currency
    }
    voided {
      amount
      currency
    }
  }
`);

/** Ledger activity per reward type, currency and brand-local day or month. */
export const DashboardActivityQuery = graphql(`
  query DashboardActivity($from: DateTime!, $to: DateTime!, $interval: ReportInterval!) {
    activity(from: $from, to: $to, interval: $interval) {
      ...Dashboard_activityRow
    }
  }
`);

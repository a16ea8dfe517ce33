import { ProfileHoldsQuery, ProfileRedemptionsQuery } from '../redemptions/queries';
import { ProfileLedgerQuery, ProfileRewardsQuery } from '../rewards/queries';
import { ProfilePageQuery } from './queries';

// By document, not by operation name: a query renamed or removed is a type error here.

/** The profile page's queries, refetched after anything that changes a profile's rewards. */
export const PROFILE_REWARD_QUERIES = [ProfilePageQuery, ProfileRewardsQuery, ProfileLedgerQuery];

/** The same and the profile's redemptions, after a redeem, a reversal or a return. */
export const PROFILE_REDEMPTION_QUERIES = [...PROFILE_REWARD_QUERIES, ProfileRedemptionsQuery];

/** All of the above and the profile's checkout holds, after a hold is released. */
export const PROFILE_HOLD_QUERIES = [...PROFILE_REDEMPTION_QUERIES, ProfileHoldsQuery];

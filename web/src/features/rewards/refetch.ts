/** The profile page's queries, refetched after anything that changes a profile's rewards. */
export const PROFILE_REWARD_QUERIES = ['ProfilePage', 'ProfileRewards', 'ProfileLedger'];

/** The same and the profile's redemptions, after a redeem, a reversal or a return. */
export const PROFILE_REDEMPTION_QUERIES = [...PROFILE_REWARD_QUERIES, 'ProfileRedemptions'];

/** All of the above and the profile's checkout holds, after a hold is released. */
export const PROFILE_HOLD_QUERIES = [...PROFILE_REDEMPTION_QUERIES, 'ProfileHolds'];

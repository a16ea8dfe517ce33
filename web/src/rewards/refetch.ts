/** The profile page's queries, refetched after anything that changes a profile's rewards. */
export const PROFILE_REWARD_QUERIES = ['ProfilePage', 'ProfileRewards', 'ProfileLedger'];

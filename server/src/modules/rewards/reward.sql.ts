import type { RewardStatusName } from './rewards.rules';

// Reward status as SQL over the alias `r`, with `:now` bound: the same rules as
// rewardStatus() in rewards.rules.ts, so lists and balances agree with what a reward reads.

// openUntil >= :now alone selects the open unexpired rewards (see RewardEntity.openUntil); it
// leads so the (profileId, openUntil) index is the range read, and the rest guards it.
export const ACTIVE_REWARD_SQL =
  'r.openUntil >= :now AND r.voidedAt IS NULL AND r.valueRemaining > 0 AND r.expiresAt >= :now ' +
  'AND (r.activatesAt IS NULL OR r.activatesAt <= :now)';

export const REWARD_STATUS_SQL: Record<RewardStatusName, string> = {
  ACTIVE: ACTIVE_REWARD_SQL,
  PENDING:
    'r.voidedAt IS NULL AND r.valueRemaining > 0 AND r.expiresAt >= :now AND r.activatesAt > :now',
  USED: 'r.voidedAt IS NULL AND r.valueRemaining = 0',
  EXPIRED: 'r.voidedAt IS NULL AND r.valueRemaining > 0 AND r.expiresAt < :now',
  VOIDED: 'r.voidedAt IS NOT NULL',
};

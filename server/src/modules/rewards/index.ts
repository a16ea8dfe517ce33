export { RewardEntity } from './reward.entity';
export { LedgerEntryEntity } from './ledger-entry.entity';
export { LedgerService } from './ledger.service';
export { RewardsService, type BalanceRow } from './rewards.service';
export { Reward, RewardBalance, LedgerEntry } from './rewards.types';
export { rewardStatus } from './rewards.rules';
export { RewardResolver, LedgerEntryResolver } from './rewards.resolver';

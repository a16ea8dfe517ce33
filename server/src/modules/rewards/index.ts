import { defineModule } from '../../core/module';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { RewardEntity } from './reward.entity';
import { LedgerEntryResolver, ProfileRewardsResolver, RewardResolver } from './rewards.resolver';
import { type RewardsDeps, RewardsService } from './rewards.service';

export const rewardsModule = defineModule({
  name: 'rewards',
  entities: [RewardEntity, LedgerEntryEntity],
  resolvers: [RewardResolver, LedgerEntryResolver, ProfileRewardsResolver],
  create: (deps: RewardsDeps) => new RewardsService(deps),
});

export type {
  RewardsService,
  BalanceRow,
  IssueRequest,
  AutomaticIssue,
  RewardPart,
  SpendableReward,
} from './rewards.service';
export type { RewardEntity as RewardRecord, RewardSourceName } from './reward.entity';
export { Reward, RewardBalance, LedgerEntry } from './rewards.types';
export { rewardStatus, type RewardStatusName } from './rewards.rules';
export type { LocalSpan, ActivityGroup, MonthAmount } from './reports.queries';

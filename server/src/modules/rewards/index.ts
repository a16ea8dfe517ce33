import { RequestContext } from '../../core/context';
import { defineModule } from '../../core/module';
import { startWorker } from '../../core/worker';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { LedgerRollupEntity, LedgerTotalEntity } from './ledger-totals.entity';
import { RewardEntity } from './reward.entity';
import { LedgerEntryResolver, ProfileRewardsResolver, RewardResolver } from './rewards.resolver';
import { type RewardsDeps, RewardsService } from './rewards.service';

export const rewardsModule = defineModule({
  name: 'rewards',
  entities: [RewardEntity, LedgerEntryEntity, LedgerTotalEntity, LedgerRollupEntity],
  resolvers: [RewardResolver, LedgerEntryResolver, ProfileRewardsResolver],
  create: (deps: RewardsDeps) => new RewardsService(deps),
  // Sums the ledger's ended local days for the activity report, a day a step.
  start: (service, { db, clock, config, logger }) => {
    if (!config.reportsRollupSeconds) return { stop: () => Promise.resolve() };
    const ctx = RequestContext.create(db, { kind: 'system', job: 'rollup' }, clock);
    return startWorker(
      'rollup',
      () => service.rollUpReports(ctx),
      config.reportsRollupSeconds * 1000,
      logger,
    );
  },
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

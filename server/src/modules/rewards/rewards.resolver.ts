import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, declareFieldRules, read, scope } from '../../core/access';
import { AFTER, connection, FIRST } from '../../core/connections';
import { Money } from '../../core/money';
import type { ResolverContext } from '../../core/resolver-context';
import { ErrorResult } from '../../core/results';
import * as check from '../../core/validate';
import type { AuthService } from '../auth';
import { type DefinitionsService, RewardDefinition, RewardType } from '../definitions';
import { Profile, type ProfilesService } from '../profiles';
import type { SettingsService } from '../settings';
import type { RewardEntity } from './reward.entity';
import type { BalanceRow, RewardsService } from './rewards.service';
import {
  ExtendRewardInput,
  ExtendRewardResult,
  IssueRewardInput,
  IssueRewardResult,
  LedgerConnection,
  LedgerEntry,
  Reward,
  RewardBalance,
  RewardConnection,
  RewardStatus,
  VoidRewardInput,
  VoidRewardResult,
} from './rewards.types';

interface Deps {
  rewards: RewardsService;
  profiles: ProfilesService;
  definitions: DefinitionsService;
  settings: SettingsService;
  auth: AuthService;
}

function present(result: RewardEntity | ErrorResult, now: Date): Reward | ErrorResult {
  return result instanceof ErrorResult ? result : Reward.from(result, now);
}

@Resolver(() => Reward)
export class RewardResolver {
  constructor(private readonly s: Deps) {}

  @Allow('STAFF', scope('READ_PROFILES'))
  @Query(() => Reward, { nullable: true, description: 'One reward by id; null if there is none.' })
  async reward(
    @Arg('id', () => ID, { description: 'The reward id.' }) id: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Reward | null> {
    const found = await this.s.rewards.load(ctx, id).catch(() => null);
    return found ? Reward.from(found, ctx.now()) : null;
  }

  @Allow('ADMIN', 'MANAGER', scope('ISSUE_REWARDS'))
  @Mutation(() => IssueRewardResult, {
    description:
      "Issues a reward from a definition. Value and expiry come from the definition unless overridden; a MANAGER's manual issues are limited per reward and per day. Idempotent by idempotencyKey.",
  })
  async issueReward(
    @Arg('input', () => IssueRewardInput, { description: 'The reward to issue.' })
    input: IssueRewardInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof IssueRewardResult> {
    return present(await this.s.rewards.issue(ctx, input), ctx.now());
  }

  @Allow('ADMIN', 'MANAGER')
  @Mutation(() => ExtendRewardResult, {
    description:
      'Extends an active or expired reward: days adds to the current expiry (ending at the end of that local day), until replaces it. The new expiry must be later and in the future.',
  })
  async extendReward(
    @Arg('input', () => ExtendRewardInput, { description: 'The extension.' })
    input: ExtendRewardInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof ExtendRewardResult> {
    return present(await this.s.rewards.extend(ctx, input), ctx.now());
  }

  @Allow('ADMIN', 'MANAGER')
  @Mutation(() => VoidRewardResult, {
    description:
      'Ends an active or pending reward; what remained leaves the balance. Nothing is deleted.',
  })
  async voidReward(
    @Arg('input', () => VoidRewardInput, { description: 'The void.' }) input: VoidRewardInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof VoidRewardResult> {
    return present(await this.s.rewards.void(ctx, input), ctx.now());
  }

  @FieldResolver(() => Profile, { description: 'The profile that owns it.' })
  async profile(@Root() reward: Reward, @Ctx() { ctx }: ResolverContext): Promise<Profile> {
    return Profile.from(await this.s.profiles.load(ctx, reward.profileId));
  }

  @FieldResolver(() => RewardDefinition, { description: 'The definition it was issued from.' })
  async definition(
    @Root() reward: Reward,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardDefinition> {
    return RewardDefinition.from(await this.s.definitions.loadDefinition(ctx, reward.definitionId));
  }

  @FieldResolver(() => RewardType, { description: "Its definition's reward type." })
  async type(@Root() reward: Reward, @Ctx() { ctx }: ResolverContext): Promise<RewardType> {
    return RewardType.from(await this.s.definitions.loadType(ctx, reward.typeId));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who issued it, for people: a staff name, an API key name or a system job.',
  })
  async issuedByLabel(
    @Root() reward: Reward,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<string | null> {
    return reward.issuedBy ? this.s.auth.actorLabel(ctx, reward.issuedBy) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why it was voided (the reason given to voidReward); null unless voided.',
  })
  async voidReason(
    @Root() reward: Reward,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<string | null> {
    return reward.voidedAt ? this.s.rewards.voidReason(ctx, reward.id) : null;
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  constructor(private readonly s: Deps) {}

  @FieldResolver(() => String, {
    description: 'The actor for people: a staff name, an API key name, the customer or a job.',
  })
  async actorLabel(@Root() entry: LedgerEntry, @Ctx() { ctx }: ResolverContext): Promise<string> {
    return this.s.auth.actorLabel(ctx, entry.actor);
  }

  @FieldResolver(() => Reward, {
    nullable: true,
    description: 'The reward that changed; null if the entry names none.',
  })
  async reward(
    @Root() entry: LedgerEntry,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Reward | null> {
    if (!entry.rewardId) return null;
    return Reward.from(await this.s.rewards.load(ctx, entry.rewardId), ctx.now());
  }
}

function balanceOf(row: BalanceRow | undefined, currency: string): RewardBalance {
  return Object.assign(new RewardBalance(), {
    currency,
    available: Money.of(row?.available ?? 0, currency),
    held: Money.of(row?.held ?? 0, currency),
    activeRewardCount: row?.activeRewardCount ?? 0,
    nextExpiry: row?.nextExpiry ?? null,
    expiringSoon: Money.of(row?.expiringSoon ?? 0, currency),
  });
}

// A checkout (REDEEM) may read the balance of the profile it redeems for; the rest of what a
// profile carries here needs READ_PROFILES (Profile's own policy).
declareFieldRules('Profile', {
  balance: read.scope('READ_PROFILES', 'REDEEM'),
  balances: read.scope('READ_PROFILES', 'REDEEM'),
});

/** The reward fields a profile carries: balances, rewards and the ledger. */
@Resolver(() => Profile)
export class ProfileRewardsResolver {
  constructor(private readonly s: Deps) {}

  @FieldResolver(() => RewardBalance, {
    description: "Balance in one currency (default: the brand's).",
  })
  async balance(
    @Root() profile: Profile,
    @Arg('currency', () => String, {
      nullable: true,
      description: "ISO 4217 code; default: the brand's currency.",
    })
    currency: string | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardBalance> {
    const code = currency
      ? check.currency(currency)
      : (await this.s.settings.get(ctx)).defaultCurrency;
    const rows = await this.s.rewards.loadBalances(ctx, profile.id);
    return balanceOf(
      rows.find((r) => r.currency === code),
      code,
    );
  }

  @FieldResolver(() => [RewardBalance], {
    description: 'One balance per currency the profile holds active rewards in.',
  })
  async balances(
    @Root() profile: Profile,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardBalance[]> {
    const rows = await this.s.rewards.loadBalances(ctx, profile.id);
    return rows
      .map((r) => balanceOf(r, r.currency))
      .sort((a, b) => a.currency.localeCompare(b.currency));
  }

  @FieldResolver(() => RewardConnection, { description: 'Rewards, newest first.' })
  async rewards(
    @Root() profile: Profile,
    @Arg('status', () => RewardStatus, {
      nullable: true,
      description: 'Only rewards in this status now; all of them without it.',
    })
    status: RewardStatus | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardConnection> {
    const page = await this.s.rewards.listRewards(ctx, profile.id, status, first, after);
    const now = ctx.now();
    return connection(
      page,
      (r) => Reward.from(r, now),
      (r) => r.id,
    );
  }

  @FieldResolver(() => LedgerConnection, {
    description: 'Every change to the rewards, newest first.',
  })
  async ledger(
    @Root() profile: Profile,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<LedgerConnection> {
    const page = await this.s.rewards.listLedger(ctx, profile.id, first, after);
    return connection(page, LedgerEntry.from, (e) => e.id);
  }
}

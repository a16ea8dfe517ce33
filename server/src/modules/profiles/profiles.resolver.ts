import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, scope } from '../../graphql/access';
import { Money } from '../../graphql/common.types';
import type { GraphQLContext } from '../../graphql/context';
import { connection } from '../../graphql/pagination';
import * as check from '../../lib/validate';
import type { RewardsService } from '../rewards';
import {
  LedgerConnection,
  LedgerEntry,
  Reward,
  RewardBalance,
  RewardConnection,
  RewardStatus,
} from '../rewards/rewards.types';
import type { BalanceRow } from '../rewards';
import { ProfilesService } from './profiles.service';
import { Profile, ProfileConnection, ProfileInput, UpdateProfileInput } from './profiles.types';

const READERS = ['STAFF', scope('READ_PROFILES')] as const;
const WRITERS = ['ADMIN', 'MANAGER', scope('WRITE_PROFILES')] as const;

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

@Resolver(() => Profile)
export class ProfileResolver {
  constructor(
    private readonly profileService: ProfilesService,
    private readonly rewardService: RewardsService,
  ) {}

  @Allow(...READERS)
  @Query(() => Profile, { nullable: true, description: 'One profile by id or by external id.' })
  async profile(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('externalId', () => String, { nullable: true }) externalId: string | null,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Profile | null> {
    const found = await this.profileService.find(ctx, { id, externalId });
    return found ? Profile.from(found) : null;
  }

  @Allow(...READERS)
  @Query(() => ProfileConnection, {
    description: 'Search by name, email or external id; newest first.',
  })
  async profiles(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<ProfileConnection> {
    const page = await this.profileService.search(ctx, search, first, after);
    return connection(page, Profile.from, (p) => p.id);
  }

  @Allow(...WRITERS)
  @Mutation(() => Profile, { description: 'Adds a customer profile. External ids are unique.' })
  async createProfile(
    @Arg('input', () => ProfileInput) input: ProfileInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Profile> {
    return Profile.from(await this.profileService.create(ctx, input));
  }

  @Allow(...WRITERS)
  @Mutation(() => Profile, { description: 'Changes a profile; fields left out stay as they are.' })
  async updateProfile(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Profile> {
    return Profile.from(await this.profileService.update(ctx, id, input));
  }

  @FieldResolver(() => Money, { description: "Lifetime spend in the brand's default currency." })
  async lifetimeSpend(
    @Root() profile: Profile,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<Money> {
    const settings = await loaders.settings();
    return Money.of(profile.lifetimeSpendCents, settings.defaultCurrency);
  }

  @FieldResolver(() => RewardBalance, {
    description: "Balance in one currency (default: the brand's).",
  })
  async balance(
    @Root() profile: Profile,
    @Arg('currency', () => String, { nullable: true }) currency: string | null,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<RewardBalance> {
    const code = currency ? check.currency(currency) : (await loaders.settings()).defaultCurrency;
    const rows = await loaders.balances.load(profile.id);
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
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<RewardBalance[]> {
    const rows = await loaders.balances.load(profile.id);
    return rows
      .map((r) => balanceOf(r, r.currency))
      .sort((a, b) => a.currency.localeCompare(b.currency));
  }

  @FieldResolver(() => RewardConnection, { description: 'Rewards, newest first.' })
  async rewards(
    @Root() profile: Profile,
    @Arg('status', () => RewardStatus, { nullable: true }) status: RewardStatus | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<RewardConnection> {
    const page = await this.rewardService.listRewards(ctx, profile.id, status, first, after);
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
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<LedgerConnection> {
    const page = await this.rewardService.listLedger(ctx, profile.id, first, after);
    return connection(page, LedgerEntry.from, (e) => e.id);
  }
}

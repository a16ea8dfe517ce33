import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, scope } from '../../graphql/access';
import { ErrorResult } from '../../graphql/common.types';
import type { GraphQLContext } from '../../graphql/context';
import { RewardDefinition, RewardType } from '../definitions/definitions.types';
import { Profile } from '../profiles/profiles.types';
import type { RewardEntity } from './reward.entity';
import { RewardsService } from './rewards.service';
import {
  ExtendRewardInput,
  ExtendRewardResult,
  IssueRewardInput,
  IssueRewardResult,
  LedgerEntry,
  Reward,
  VoidRewardInput,
  VoidRewardResult,
} from './rewards.types';

function present(result: RewardEntity | ErrorResult, now: Date): Reward | ErrorResult {
  return result instanceof ErrorResult ? result : Reward.from(result, now);
}

@Resolver(() => Reward)
export class RewardResolver {
  constructor(private readonly rewards: RewardsService) {}

  @Allow('STAFF', scope('READ_PROFILES'))
  @Query(() => Reward, { nullable: true })
  async reward(
    @Arg('id', () => ID) id: string,
    @Ctx() { ctx, loaders }: GraphQLContext,
  ): Promise<Reward | null> {
    const found = await loaders.reward.load(id).catch(() => null);
    return found ? Reward.from(found, ctx.now()) : null;
  }

  @Allow('ADMIN', 'MANAGER', scope('ISSUE_REWARDS'))
  @Mutation(() => IssueRewardResult, {
    description:
      "Issues a reward from a definition. Value and expiry come from the definition unless overridden; a MANAGER's manual issues are limited per reward and per day. Idempotent by idempotencyKey.",
  })
  async issueReward(
    @Arg('input', () => IssueRewardInput) input: IssueRewardInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof IssueRewardResult> {
    return present(await this.rewards.issue(ctx, input), ctx.now());
  }

  @Allow('ADMIN', 'MANAGER')
  @Mutation(() => ExtendRewardResult, {
    description:
      'Extends an active or expired reward: days adds to the current expiry (ending at the end of that local day), until replaces it. The new expiry must be later and in the future.',
  })
  async extendReward(
    @Arg('input', () => ExtendRewardInput) input: ExtendRewardInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof ExtendRewardResult> {
    return present(await this.rewards.extend(ctx, input), ctx.now());
  }

  @Allow('ADMIN', 'MANAGER')
  @Mutation(() => VoidRewardResult, {
    description:
      'Ends an active or pending reward; what remained leaves the balance. Nothing is deleted.',
  })
  async voidReward(
    @Arg('input', () => VoidRewardInput) input: VoidRewardInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof VoidRewardResult> {
    return present(await this.rewards.void(ctx, input), ctx.now());
  }

  @FieldResolver(() => Profile)
  async profile(@Root() reward: Reward, @Ctx() { loaders }: GraphQLContext): Promise<Profile> {
    return Profile.from(await loaders.profile.load(reward.profileId));
  }

  @FieldResolver(() => RewardDefinition)
  async definition(
    @Root() reward: Reward,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<RewardDefinition> {
    return RewardDefinition.from(await loaders.rewardDefinition.load(reward.definitionId));
  }

  @FieldResolver(() => RewardType)
  async type(@Root() reward: Reward, @Ctx() { loaders }: GraphQLContext): Promise<RewardType> {
    return RewardType.from(await loaders.rewardType.load(reward.typeId));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who issued it, for people: a staff name, an API key name or a system job.',
  })
  async issuedByLabel(
    @Root() reward: Reward,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<string | null> {
    return reward.issuedBy ? loaders.actorLabel.load(reward.issuedBy) : null;
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  @FieldResolver(() => String, {
    description: 'The actor for people: a staff name, an API key name, the customer or a job.',
  })
  async actorLabel(
    @Root() entry: LedgerEntry,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<string> {
    return loaders.actorLabel.load(entry.actor);
  }

  @FieldResolver(() => Reward, { nullable: true })
  async reward(
    @Root() entry: LedgerEntry,
    @Ctx() { ctx, loaders }: GraphQLContext,
  ): Promise<Reward | null> {
    if (!entry.rewardId) return null;
    return Reward.from(await loaders.reward.load(entry.rewardId), ctx.now());
  }
}

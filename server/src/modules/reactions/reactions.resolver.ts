import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, grant, scope } from '../../core/access';
import type { ResolverContext } from '../../core/resolver-context';
import { ErrorResult } from '../../core/results';
import { type DefinitionsService, RewardDefinition } from '../definitions';
import { Reward } from '../rewards';
import { Transaction } from '../transactions';
import type { ReactionsService } from './reactions.service';
import {
  ClaimRewardInput,
  ClaimRewardResult,
  EmitEventInput,
  EmitEventPayload,
  Reaction,
  ReactionInput,
} from './reactions.types';

interface Deps {
  reactions: ReactionsService;
  definitions: DefinitionsService;
}

@Resolver(() => Reaction)
export class ReactionResolver {
  constructor(private readonly s: Deps) {}

  @Allow('STAFF')
  @Query(() => [Reaction], { description: 'Every reaction, paused ones too, oldest first.' })
  async reactions(@Ctx() { ctx }: ResolverContext): Promise<Reaction[]> {
    return (await this.s.reactions.list(ctx)).map(Reaction.from);
  }

  @Allow('STAFF', scope('ISSUE_REWARDS'))
  @Query(() => [Reaction], { description: 'Reactions the profile could claim now.' })
  async claimableReactions(
    @Arg('profileId', () => ID, { description: 'The profile that would claim.' }) profileId: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Reaction[]> {
    return (await this.s.reactions.claimable(ctx, profileId)).map(Reaction.from);
  }

  @Allow('ADMIN')
  @Mutation(() => Reaction, {
    description:
      'Creates a reaction: event, optional JSON Logic condition (validated now) and an assignable definition to issue from.',
  })
  async createReaction(
    @Arg('input', () => ReactionInput, {
      description: 'The reaction: its event, condition and definition.',
    })
    input: ReactionInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Reaction> {
    return Reaction.from(await this.s.reactions.create(ctx, input));
  }

  @Allow('ADMIN')
  @Mutation(() => Reaction, {
    description:
      'Changes a reaction (pause it with active: false); what it already paid stays paid.',
  })
  async updateReaction(
    @Arg('id', () => ID, { description: 'The reaction to change.' }) id: string,
    @Arg('input', () => ReactionInput, { description: 'The settings to change.' })
    input: ReactionInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Reaction> {
    return Reaction.from(await this.s.reactions.update(ctx, id, input));
  }

  @Allow('ADMIN', 'MANAGER', scope('EMIT_EVENTS'))
  @Mutation(() => EmitEventPayload, {
    description:
      'Emits a custom event for a profile: the active CUSTOM reactions of that name pay once per event. Idempotent by idempotencyKey.',
  })
  async emitEvent(
    @Arg('input', () => EmitEventInput, {
      description: 'The event: its name, the profile and its payload.',
    })
    input: EmitEventInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<EmitEventPayload> {
    const rewards = await this.s.reactions.emit(ctx, input);
    const now = ctx.now();
    return Object.assign(new EmitEventPayload(), {
      rewardsIssued: rewards.map((r) => grant(Reward.from(r, now))),
    });
  }

  @Allow('ADMIN', 'MANAGER', scope('ISSUE_REWARDS'))
  @Mutation(() => ClaimRewardResult, {
    description:
      'Claims a claimable reaction for a profile: its reward when the condition holds (NotEligibleError otherwise), once per profile.',
  })
  async claimReward(
    @Arg('input', () => ClaimRewardInput, {
      description: 'The claimable reaction and the profile claiming it.',
    })
    input: ClaimRewardInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof ClaimRewardResult> {
    const result = await this.s.reactions.claim(ctx, input);
    return result instanceof ErrorResult ? result : grant(Reward.from(result, ctx.now()));
  }

  @FieldResolver(() => RewardDefinition, { description: 'What it issues.' })
  async definition(
    @Root() reaction: Reaction,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardDefinition> {
    return RewardDefinition.from(
      await this.s.definitions.loadDefinition(ctx, reaction.definitionId),
    );
  }
}

/** The rewards a transaction caused, on the transactions module's type. */
@Resolver(() => Transaction)
export class TransactionRewardsResolver {
  constructor(private readonly s: Deps) {}

  @FieldResolver(() => [Reward], {
    description: 'Rewards this transaction caused to be issued (spend milestones, reactions).',
  })
  async rewardsIssued(
    @Root() transaction: Transaction,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Reward[]> {
    const now = ctx.now();
    return (await this.s.reactions.rewardsCausedBy(ctx, transaction.id)).map((r) =>
      grant(Reward.from(r, now)),
    );
  }
}

import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, scope } from '../../graphql/access';
import { ErrorResult, Money } from '../../graphql/common.types';
import type { GraphQLContext } from '../../graphql/context';
import { connection } from '../../graphql/pagination';
import { Profile } from '../profiles/profiles.types';
import { LedgerEntry, Reward } from '../rewards/rewards.types';
import type { HoldEntity } from './hold.entity';
import type { RedemptionEntity } from './redemption.entity';
import { RedemptionsService } from './redemptions.service';
import {
  CaptureHoldInput,
  CaptureHoldResult,
  HoldInput,
  HoldResult,
  PreviewRedemptionInput,
  RedeemInput,
  RedeemResult,
  Redemption,
  RedemptionAllocation,
  RedemptionConnection,
  RedemptionPreview,
  ReleaseHoldResult,
  ReturnRedemptionInput,
  ReturnRedemptionResult,
  ReverseRedemptionInput,
  ReverseRedemptionResult,
  RewardHold,
} from './redemptions.types';

const SPENDERS = ['ADMIN', 'MANAGER', scope('REDEEM')] as const;
const READERS = ['STAFF', scope('REDEEM'), scope('READ_PROFILES')] as const;

function redemptionOr(result: RedemptionEntity | ErrorResult) {
  return result instanceof ErrorResult ? result : Redemption.from(result);
}

function allocationsFrom(rows: { rewardId: string; amount: number }[], currency: string) {
  return rows.map((a) =>
    Object.assign(new RedemptionAllocation(), {
      rewardId: a.rewardId,
      amount: Money.of(a.amount, currency),
    }),
  );
}

@Resolver(() => Redemption)
export class RedemptionResolver {
  constructor(private readonly service: RedemptionsService) {}

  @Allow(...READERS)
  @Query(() => Redemption, { nullable: true })
  async redemption(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<Redemption | null> {
    const found = await loaders.redemption.load(id).catch(() => null);
    return found ? Redemption.from(found) : null;
  }

  @Allow(...READERS)
  @Query(() => RedemptionConnection, {
    description: 'Redemptions found by transaction id, receipt or location; newest first.',
  })
  async redemptions(
    @Arg('transactionExternalId', () => String, { nullable: true })
    transactionExternalId: string | null,
    @Arg('receiptRef', () => String, { nullable: true }) receiptRef: string | null,
    @Arg('locationId', () => String, { nullable: true }) locationId: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<RedemptionConnection> {
    const page = await this.service.list(
      ctx,
      { transactionExternalId, receiptRef, locationId },
      first,
      after,
    );
    return connection(page, Redemption.from, (r) => r.id);
  }

  @Allow(...SPENDERS)
  @Query(() => RedemptionPreview, {
    description: 'What redeem would do now (as much of amount as allowed), writing nothing.',
  })
  async previewRedemption(
    @Arg('input', () => PreviewRedemptionInput) input: PreviewRedemptionInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<RedemptionPreview> {
    const preview = await this.service.preview(ctx, input);
    return RedemptionPreview.of(preview, preview.currency);
  }

  @Allow(...SPENDERS)
  @Mutation(() => RedeemResult, {
    description:
      'Spends rewards, nearest expiry first. strict (default) redeems exactly amount or fails; otherwise as much as allowed. Idempotent by idempotencyKey.',
  })
  async redeem(
    @Arg('input', () => RedeemInput) input: RedeemInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof RedeemResult> {
    return redemptionOr(await this.service.redeem(ctx, input));
  }

  @Allow(...SPENDERS)
  @Mutation(() => ReverseRedemptionResult, {
    description:
      'Undoes a whole redemption within Settings.reversalWindowMinutes, back to the same rewards. Reversing again returns it unchanged.',
  })
  async reverseRedemption(
    @Arg('input', () => ReverseRedemptionInput) input: ReverseRedemptionInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof ReverseRedemptionResult> {
    return redemptionOr(await this.service.reverse(ctx, input));
  }

  @Allow(...SPENDERS)
  @Mutation(() => ReturnRedemptionResult, {
    description:
      'Gives back part or all of a redemption when goods are refunded, latest-expiring reward first; value for an expired or voided reward comes back as a new reward lasting Settings.returnGraceDays.',
  })
  async returnRedemption(
    @Arg('input', () => ReturnRedemptionInput) input: ReturnRedemptionInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof ReturnRedemptionResult> {
    return redemptionOr(await this.service.returnPart(ctx, input));
  }

  @FieldResolver(() => Profile)
  async profile(@Root() r: Redemption, @Ctx() { loaders }: GraphQLContext): Promise<Profile> {
    return Profile.from(await loaders.profile.load(r.profileId));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who redeemed, for people: a staff name or an API key name.',
  })
  async createdByLabel(
    @Root() r: Redemption,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<string | null> {
    return r.createdBy ? loaders.actorLabel.load(r.createdBy) : null;
  }

  @FieldResolver(() => [RedemptionAllocation], {
    description: 'Which rewards paid, nearest expiry first.',
  })
  async allocations(
    @Root() r: Redemption,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<RedemptionAllocation[]> {
    return allocationsFrom(await loaders.redemptionAllocations.load(r.id), r.amount.currency);
  }
}

@Resolver(() => RewardHold)
export class HoldResolver {
  constructor(private readonly redemptions: RedemptionsService) {}

  private present(result: HoldEntity | ErrorResult, now: Date) {
    return result instanceof ErrorResult ? result : RewardHold.from(result, now);
  }

  @Allow(...READERS)
  @Query(() => RewardHold, { nullable: true })
  async hold(
    @Arg('id', () => ID) id: string,
    @Ctx() { ctx, loaders }: GraphQLContext,
  ): Promise<RewardHold | null> {
    const found = await loaders.hold.load(id).catch(() => null);
    return found ? RewardHold.from(found, ctx.now()) : null;
  }

  @Allow(...SPENDERS)
  @Mutation(() => HoldResult, {
    description:
      'Reserves balance for a checkout, like redeem without spending. The hold lapses by itself at expiresAt.',
  })
  async holdRewards(
    @Arg('input', () => HoldInput) input: HoldInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof HoldResult> {
    return this.present(await this.redemptions.hold(ctx, input), ctx.now());
  }

  @Allow(...SPENDERS)
  @Mutation(() => CaptureHoldResult, {
    description: 'Turns up to the held amount into a redemption; the rest is released.',
  })
  async captureHold(
    @Arg('input', () => CaptureHoldInput) input: CaptureHoldInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof CaptureHoldResult> {
    return redemptionOr(await this.redemptions.capture(ctx, input));
  }

  @Allow(...SPENDERS)
  @Mutation(() => ReleaseHoldResult, { description: 'Frees what a hold reserves.' })
  async releaseHold(
    @Arg('holdId', () => ID) holdId: string,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof ReleaseHoldResult> {
    return this.present(await this.redemptions.release(ctx, holdId), ctx.now());
  }

  @FieldResolver(() => Profile)
  async profile(@Root() h: RewardHold, @Ctx() { loaders }: GraphQLContext): Promise<Profile> {
    return Profile.from(await loaders.profile.load(h.profileId));
  }

  @FieldResolver(() => [RedemptionAllocation])
  async allocations(
    @Root() h: RewardHold,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<RedemptionAllocation[]> {
    return allocationsFrom(await loaders.holdAllocations.load(h.id), h.amount.currency);
  }
}

@Resolver(() => RedemptionAllocation)
export class RedemptionAllocationResolver {
  @FieldResolver(() => Reward)
  async reward(
    @Root() a: RedemptionAllocation,
    @Ctx() { ctx, loaders }: GraphQLContext,
  ): Promise<Reward> {
    return Reward.from(await loaders.reward.load(a.rewardId), ctx.now());
  }
}

/** The redemption fields other modules' types carry. */
@Resolver(() => Profile)
export class ProfileRedemptionsResolver {
  constructor(private readonly service: RedemptionsService) {}

  @FieldResolver(() => RedemptionConnection, { description: 'Redemptions, newest first.' })
  async redemptions(
    @Root() profile: Profile,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<RedemptionConnection> {
    const page = await this.service.list(ctx, { profileId: profile.id }, first, after);
    return connection(page, Redemption.from, (r) => r.id);
  }

  @FieldResolver(() => [RewardHold], {
    description:
      'Checkout holds, newest first (at most 100): by default only those still reserving balance.',
  })
  async holds(
    @Root() profile: Profile,
    @Arg('activeOnly', () => Boolean, { nullable: true, defaultValue: true }) activeOnly: boolean,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<RewardHold[]> {
    const now = ctx.now();
    const holds = await this.service.listHolds(ctx, profile.id, activeOnly);
    return holds.map((h) => RewardHold.from(h, now));
  }
}

@Resolver(() => LedgerEntry)
export class LedgerRedemptionResolver {
  @FieldResolver(() => Redemption, { nullable: true })
  async redemption(
    @Root() entry: LedgerEntry,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<Redemption | null> {
    if (!entry.redemptionId) return null;
    return Redemption.from(await loaders.redemption.load(entry.redemptionId));
  }
}

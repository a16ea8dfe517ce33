import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, grant, scope } from '../../core/access';
import { Money } from '../../core/money';
import { ErrorResult } from '../../core/results';
import type { ResolverContext } from '../../core/resolver-context';
import { AFTER, connection, FIRST } from '../../core/connections';
import type { AuthService } from '../auth';
import type { HoldRecord, HoldsService } from '../holds';
import { Profile, type ProfilesService } from '../profiles';
import { LedgerEntry, Reward, type RewardsService } from '../rewards';
import type { RedemptionEntity } from './redemption.entity';
import type { RedemptionsService } from './redemptions.service';
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

interface Deps {
  redemptions: RedemptionsService;
  holds: HoldsService;
  rewards: RewardsService;
  profiles: ProfilesService;
  auth: AuthService;
}

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
  constructor(private readonly s: Deps) {}

  private get service() {
    return this.s.redemptions;
  }

  @Allow(...READERS)
  @Query(() => Redemption, {
    nullable: true,
    description: 'One redemption by id; null if there is none.',
  })
  async redemption(
    @Arg('id', () => ID, { description: 'The redemption id.' }) id: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Redemption | null> {
    const found = await this.s.redemptions.load(ctx, id).catch(() => null);
    return found ? Redemption.from(found) : null;
  }

  @Allow(...READERS)
  @Query(() => RedemptionConnection, {
    description:
      'Redemptions found by transaction id, receipt or location; newest first. An API key without READ_PROFILES finds only its own.',
  })
  async redemptions(
    @Arg('transactionExternalId', () => String, {
      nullable: true,
      description:
        "Only those with this order or transaction id (the checkout's transaction.externalId).",
    })
    transactionExternalId: string | null,
    @Arg('receiptRef', () => String, {
      nullable: true,
      description: 'Only those with this receipt number.',
    })
    receiptRef: string | null,
    @Arg('locationId', () => String, {
      nullable: true,
      description: 'Only those at this store, till or channel.',
    })
    locationId: string | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RedemptionConnection> {
    // A key that may not read others' redemptions finds only its own.
    const p = ctx.principal;
    const createdBy =
      p?.kind === 'apikey' && !p.scopes.includes('READ_PROFILES') ? ctx.actor : null;
    const page = await this.s.redemptions.list(
      ctx,
      { transactionExternalId, receiptRef, locationId, createdBy },
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
    @Arg('input', () => PreviewRedemptionInput, { description: 'What to try.' })
    input: PreviewRedemptionInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RedemptionPreview> {
    const preview = await this.s.redemptions.preview(ctx, input);
    return RedemptionPreview.of(preview, preview.currency);
  }

  @Allow(...SPENDERS)
  @Mutation(() => RedeemResult, {
    description:
      'Spends rewards, nearest expiry first. strict (default) redeems exactly amount or fails; otherwise as much as allowed. Idempotent by idempotencyKey.',
  })
  async redeem(
    @Arg('input', () => RedeemInput, { description: 'What to redeem.' }) input: RedeemInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof RedeemResult> {
    return redemptionOr(await this.s.redemptions.redeem(ctx, input));
  }

  @Allow(...SPENDERS)
  @Mutation(() => ReverseRedemptionResult, {
    description:
      'Undoes a whole redemption within Settings.reversalWindowMinutes, back to the same rewards. Reversing again returns it unchanged.',
  })
  async reverseRedemption(
    @Arg('input', () => ReverseRedemptionInput, { description: 'The reversal.' })
    input: ReverseRedemptionInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof ReverseRedemptionResult> {
    // The caller acted on this redemption, so it may read what it did.
    const result = redemptionOr(await this.s.redemptions.undo.reverse(ctx, input));
    return result instanceof Redemption ? grant(result) : result;
  }

  @Allow(...SPENDERS)
  @Mutation(() => ReturnRedemptionResult, {
    description:
      'Gives back part or all of a redemption when goods are refunded, latest-expiring reward first; value for an expired or voided reward comes back as a new reward lasting Settings.returnGraceDays.',
  })
  async returnRedemption(
    @Arg('input', () => ReturnRedemptionInput, { description: 'The return.' })
    input: ReturnRedemptionInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof ReturnRedemptionResult> {
    const result = redemptionOr(await this.s.redemptions.undo.returnPart(ctx, input));
    return result instanceof Redemption ? grant(result) : result;
  }

  @FieldResolver(() => Profile, { description: 'The profile whose rewards paid.' })
  async profile(@Root() r: Redemption, @Ctx() { ctx }: ResolverContext): Promise<Profile> {
    return Profile.from(await this.s.profiles.load(ctx, r.profileId));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who redeemed, for people: a staff name or an API key name.',
  })
  async createdByLabel(
    @Root() r: Redemption,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<string | null> {
    return r.createdBy ? this.s.auth.actorLabel(ctx, r.createdBy) : null;
  }

  @FieldResolver(() => [RedemptionAllocation], {
    description: 'Which rewards paid, nearest expiry first.',
  })
  async allocations(
    @Root() r: Redemption,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RedemptionAllocation[]> {
    return allocationsFrom(await this.s.redemptions.allocationsOf(ctx, r.id), r.amount.currency);
  }
}

@Resolver(() => RewardHold)
export class HoldResolver {
  constructor(private readonly s: Deps) {}

  private present(result: HoldRecord | ErrorResult, now: Date) {
    return result instanceof ErrorResult ? result : RewardHold.from(result, now);
  }

  @Allow(...READERS)
  @Query(() => RewardHold, {
    nullable: true,
    description: 'One hold by id; null if there is none.',
  })
  async hold(
    @Arg('id', () => ID, { description: 'The hold id.' }) id: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardHold | null> {
    const found = await this.s.holds.load(ctx, id).catch(() => null);
    return found ? RewardHold.from(found, ctx.now()) : null;
  }

  @Allow(...SPENDERS)
  @Mutation(() => HoldResult, {
    description:
      'Reserves balance for a checkout, like redeem without spending. The hold lapses by itself at expiresAt.',
  })
  async holdRewards(
    @Arg('input', () => HoldInput, { description: 'What to reserve.' }) input: HoldInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof HoldResult> {
    return this.present(await this.s.redemptions.checkout.hold(ctx, input), ctx.now());
  }

  @Allow(...SPENDERS)
  @Mutation(() => CaptureHoldResult, {
    description: 'Turns up to the held amount into a redemption; the rest is released.',
  })
  async captureHold(
    @Arg('input', () => CaptureHoldInput, { description: 'The capture.' })
    input: CaptureHoldInput,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof CaptureHoldResult> {
    return redemptionOr(await this.s.redemptions.checkout.capture(ctx, input));
  }

  @Allow(...SPENDERS)
  @Mutation(() => ReleaseHoldResult, { description: 'Frees what a hold reserves.' })
  async releaseHold(
    @Arg('holdId', () => ID, { description: 'The hold to release.' }) holdId: string,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<typeof ReleaseHoldResult> {
    return this.present(await this.s.redemptions.checkout.release(ctx, holdId), ctx.now());
  }

  @FieldResolver(() => Profile, { description: 'The profile whose balance it reserves.' })
  async profile(@Root() h: RewardHold, @Ctx() { ctx }: ResolverContext): Promise<Profile> {
    return Profile.from(await this.s.profiles.load(ctx, h.profileId));
  }

  @FieldResolver(() => [RedemptionAllocation], {
    description: 'Which rewards it reserves from, nearest expiry first.',
  })
  async allocations(
    @Root() h: RewardHold,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RedemptionAllocation[]> {
    return allocationsFrom(await this.s.holds.allocationsOf(ctx, h.id), h.amount.currency);
  }
}

@Resolver(() => RedemptionAllocation)
export class RedemptionAllocationResolver {
  constructor(private readonly s: Deps) {}

  @FieldResolver(() => Reward, { description: 'The reward that gave it.' })
  async reward(@Root() a: RedemptionAllocation, @Ctx() { ctx }: ResolverContext): Promise<Reward> {
    // Whoever may read the redemption, hold or preview may see which rewards paid.
    return grant(Reward.from(await this.s.rewards.load(ctx, a.rewardId), ctx.now()));
  }
}

/** The redemption fields other modules' types carry. */
@Resolver(() => Profile)
export class ProfileRedemptionsResolver {
  constructor(private readonly s: Deps) {}

  private get service() {
    return this.s.redemptions;
  }

  @FieldResolver(() => RedemptionConnection, { description: 'Redemptions, newest first.' })
  async redemptions(
    @Root() profile: Profile,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RedemptionConnection> {
    const page = await this.s.redemptions.list(ctx, { profileId: profile.id }, first, after);
    return connection(page, Redemption.from, (r) => r.id);
  }

  @FieldResolver(() => [RewardHold], {
    description:
      'Checkout holds, newest first (at most 100): by default only those still reserving balance.',
  })
  async holds(
    @Root() profile: Profile,
    @Arg('activeOnly', () => Boolean, {
      nullable: true,
      defaultValue: true,
      description: 'false to list captured, released and lapsed holds too.',
    })
    activeOnly: boolean,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<RewardHold[]> {
    const now = ctx.now();
    const holds = await this.s.holds.list(ctx, profile.id, activeOnly);
    return holds.map((h) => RewardHold.from(h, now));
  }
}

@Resolver(() => LedgerEntry)
export class LedgerRedemptionResolver {
  constructor(private readonly s: Deps) {}

  @FieldResolver(() => Redemption, {
    nullable: true,
    description: 'The redemption behind a REDEEM, REVERSAL or RETURN entry; null for others.',
  })
  async redemption(
    @Root() entry: LedgerEntry,
    @Ctx() { ctx }: ResolverContext,
  ): Promise<Redemption | null> {
    if (!entry.redemptionId) return null;
    return Redemption.from(await this.s.redemptions.load(ctx, entry.redemptionId));
  }
}

import { read, Readable } from '../../core/access';
import {
  createUnionType,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { Money } from '../../core/money';
import { Connection } from '../../core/connections';
import {
  HoldNotActiveError,
  IdempotencyConflictError,
  InsufficientBalanceError,
  NotFoundError,
  RedemptionPolicyError,
  ReturnExceedsRedemptionError,
  ReversalWindowClosedError,
} from '../../core/results';
import type { HoldRecord } from '../holds';
import type { RedemptionEntity } from './redemption.entity';

export enum RedemptionStatus {
  COMPLETED = 'COMPLETED',
  PARTIALLY_RETURNED = 'PARTIALLY_RETURNED',
  RETURNED = 'RETURNED',
  REVERSED = 'REVERSED',
}
registerEnumType(RedemptionStatus, { name: 'RedemptionStatus' });

export enum HoldStatus {
  ACTIVE = 'ACTIVE',
  CAPTURED = 'CAPTURED',
  RELEASED = 'RELEASED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(HoldStatus, {
  name: 'HoldStatus',
  description: 'EXPIRED: the hold lapsed at expiresAt without being captured or released.',
});

// Reached only through a redemption, hold or preview the caller may read; its reward is
// handed on as readable.
@Readable({ default: read.anyone })
@ObjectType({ description: 'What one reward gave.' })
export class RedemptionAllocation {
  rewardId: string;

  @Field(() => Money)
  amount: Money;
}

@ObjectType({ description: 'The part of a redemption taken off one cart line.' })
export class LineDiscount {
  @Field(() => String)
  lineId: string;

  @Field(() => Money)
  amount: Money;
}

function lineDiscounts(list: { lineId: string; amount: number }[], currency: string) {
  return list.map((l) =>
    Object.assign(new LineDiscount(), { lineId: l.lineId, amount: Money.of(l.amount, currency) }),
  );
}

// A key reads its own redemptions (and those it just reversed or returned); everyone else's
// need READ_PROFILES, and staff names always do.
@Readable({
  default: read.any(read.scope('READ_PROFILES'), read.ownedVia('createdBy'), read.granted),
  fields: { createdByLabel: read.scope('READ_PROFILES') },
})
@ObjectType({ description: 'Rewards spent at a checkout.' })
export class Redemption {
  @Field(() => ID)
  id: string;

  profileId: string;

  @Field(() => RedemptionStatus)
  status: RedemptionStatus;

  @Field(() => Money, { description: 'What was asked for.' })
  requested: Money;

  @Field(() => Money, { description: 'What was redeemed.' })
  amount: Money;

  @Field(() => [LineDiscount], {
    description: "How the amount is spread over the cart's eligible lines (empty without a cart).",
  })
  lineDiscounts: LineDiscount[];

  @Field(() => Money, { description: 'What returns have given back so far.' })
  returned: Money;

  @Field(() => String, { nullable: true })
  transactionExternalId: string | null;

  @Field(() => String, { nullable: true })
  receiptRef: string | null;

  @Field(() => String, { nullable: true })
  locationId: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Who redeemed (user:, apikey:).' })
  createdBy: string | null;

  @Field(() => Date, { nullable: true })
  reversedAt: Date | null;

  static from(this: void, e: RedemptionEntity): Redemption {
    return Object.assign(new Redemption(), {
      id: e.id,
      profileId: e.profileId,
      status: e.status as RedemptionStatus,
      requested: Money.of(e.requested, e.currency),
      amount: Money.of(e.amount, e.currency),
      lineDiscounts: lineDiscounts(e.lineDiscounts, e.currency),
      returned: Money.of(e.returned, e.currency),
      transactionExternalId: e.transactionExternalId,
      receiptRef: e.receiptRef,
      locationId: e.locationId,
      createdAt: e.createdAt,
      createdBy: e.createdBy,
      reversedAt: e.reversedAt,
    });
  }
}

export const RedemptionConnection = Connection(Redemption, 'Redemption', 'redemptions');
export type RedemptionConnection = InstanceType<typeof RedemptionConnection>;

@Readable({
  default: read.any(read.scope('READ_PROFILES'), read.ownedVia('createdBy'), read.granted),
})
@ObjectType({ description: 'Balance reserved during checkout; it lapses by itself at expiresAt.' })
export class RewardHold {
  @Field(() => ID)
  id: string;

  profileId: string;
  /** Who placed it (read access), not part of the API. */
  createdBy: string;

  @Field(() => Money)
  amount: Money;

  @Field(() => HoldStatus)
  status: HoldStatus;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => [LineDiscount], { description: 'How the held amount spreads over the cart.' })
  lineDiscounts: LineDiscount[];

  @Field(() => ID, { nullable: true, description: 'The redemption a capture created.' })
  redemptionId: string | null;

  static from(this: void, e: HoldRecord, now: Date): RewardHold {
    const lapsed = e.status === 'ACTIVE' && e.expiresAt.getTime() < now.getTime();
    return Object.assign(new RewardHold(), {
      id: e.id,
      profileId: e.profileId,
      createdBy: e.createdBy,
      amount: Money.of(e.amount, e.currency),
      status: (lapsed ? 'EXPIRED' : e.status) as HoldStatus,
      expiresAt: e.expiresAt,
      lineDiscounts: lineDiscounts(e.lineDiscounts, e.currency),
      redemptionId: e.redemptionId,
    });
  }
}

@ObjectType({
  description:
    'A dry run of redeem: what would be taken from which rewards and lines, and the most allowed.',
})
export class RedemptionPreview {
  @Field(() => Money, { description: 'What redeem would take now (at most the amount asked).' })
  amount: Money;

  @Field(() => Money, { description: 'The most the balance and the policy allow.' })
  maxRedeemable: Money;

  @Field(() => Money, { description: 'The cart total rewards may pay for (0 without a cart).' })
  eligibleSubtotal: Money;

  @Field(() => [RedemptionAllocation])
  allocations: RedemptionAllocation[];

  @Field(() => [LineDiscount])
  lineDiscounts: LineDiscount[];

  static of(
    this: void,
    p: {
      amount: number;
      maxRedeemable: number;
      eligibleSubtotal: number;
      allocations: { rewardId: string; amount: number }[];
      lineDiscounts: { lineId: string; amount: number }[];
    },
    currency: string,
  ): RedemptionPreview {
    return Object.assign(new RedemptionPreview(), {
      amount: Money.of(p.amount, currency),
      maxRedeemable: Money.of(p.maxRedeemable, currency),
      eligibleSubtotal: Money.of(p.eligibleSubtotal, currency),
      allocations: p.allocations.map((a) =>
        Object.assign(new RedemptionAllocation(), {
          rewardId: a.rewardId,
          amount: Money.of(a.amount, currency),
        }),
      ),
      lineDiscounts: lineDiscounts(p.lineDiscounts, currency),
    });
  }
}

@InputType()
export class TransactionRefInput {
  @Field(() => String, { nullable: true, description: 'The order or transaction id.' })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  receiptRef?: string | null;

  @Field(() => String, { nullable: true })
  locationId?: string | null;
}

@InputType()
export class CartLineInput {
  @Field(() => String)
  id: string;

  @Field(() => String, { nullable: true })
  sku?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Lines whose category is in Settings.excludedCategories are not eligible.',
  })
  category?: string | null;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int, { description: 'Cents, per unit, before discounts.' })
  unitPrice: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Cents already taken off this line by benefits (benefits apply before rewards).',
  })
  discount?: number | null;
}

@InputType()
export class CartInput {
  @Field(() => [CartLineInput])
  lines: CartLineInput[];

  @Field(() => Int, { nullable: true, description: 'Cents; never eligible.' })
  shipping?: number | null;
}

/** What a preview asks; redeem and a hold ask the same and a little more. */
@InputType()
export class PreviewRedemptionInput {
  @Field(() => ID)
  profileId: string;

  @Field(() => Int, { description: 'Cents to redeem (or reserve).' })
  amount: number;

  @Field(() => String, { nullable: true, description: "Default: the brand's currency." })
  currency?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      'true: redeem exactly amount or fail. false: redeem as much of amount as balance and policy allow.',
  })
  strict?: boolean | null;

  @Field(() => CartInput, {
    nullable: true,
    description:
      'With a cart, redemption is capped by the eligible subtotal and policy, and apportioned across eligible lines.',
  })
  cart?: CartInput | null;
}

@InputType()
export class RedeemInput extends PreviewRedemptionInput {
  @Field(() => String)
  idempotencyKey: string;

  @Field(() => TransactionRefInput, { nullable: true })
  transaction?: TransactionRefInput | null;
}

@InputType()
export class HoldInput extends PreviewRedemptionInput {
  @Field(() => String)
  idempotencyKey: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How long the hold lasts (at most 3600; default: Settings.holdTtlSeconds).',
  })
  ttlSeconds?: number | null;
}

@InputType()
export class CaptureHoldInput {
  @Field(() => ID)
  holdId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Capture up to the held amount (default: all of it).',
  })
  amount?: number | null;

  @Field(() => String)
  idempotencyKey: string;

  @Field(() => TransactionRefInput, { nullable: true })
  transaction?: TransactionRefInput | null;
}

@InputType()
export class ReverseRedemptionInput {
  @Field(() => ID)
  redemptionId: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class ReturnRedemptionInput {
  @Field(() => ID)
  redemptionId: string;

  @Field(() => Int, {
    description: 'Cents of the redemption to give back (a partial refund of the purchase).',
  })
  amount: number;

  @Field(() => String)
  idempotencyKey: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

export const RedeemResult = createUnionType({
  name: 'RedeemResult',
  types: () =>
    [
      Redemption,
      InsufficientBalanceError,
      RedemptionPolicyError,
      NotFoundError,
      IdempotencyConflictError,
    ] as const,
});

export const HoldResult = createUnionType({
  name: 'HoldResult',
  types: () =>
    [
      RewardHold,
      InsufficientBalanceError,
      RedemptionPolicyError,
      NotFoundError,
      IdempotencyConflictError,
    ] as const,
});

export const CaptureHoldResult = createUnionType({
  name: 'CaptureHoldResult',
  types: () => [Redemption, HoldNotActiveError, NotFoundError, IdempotencyConflictError] as const,
});

export const ReleaseHoldResult = createUnionType({
  name: 'ReleaseHoldResult',
  types: () => [RewardHold, HoldNotActiveError, NotFoundError] as const,
});

export const ReverseRedemptionResult = createUnionType({
  name: 'ReverseRedemptionResult',
  types: () => [Redemption, NotFoundError, ReversalWindowClosedError] as const,
});

export const ReturnRedemptionResult = createUnionType({
  name: 'ReturnRedemptionResult',
  types: () =>
    [Redemption, NotFoundError, ReturnExceedsRedemptionError, IdempotencyConflictError] as const,
});

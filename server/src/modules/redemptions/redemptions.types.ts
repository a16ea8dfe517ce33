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
import { IDEMPOTENCY_KEY } from '../../core/validate';
import type { HoldRecord } from '../holds';
import type { RedemptionEntity } from './redemption.entity';

export enum RedemptionStatus {
  COMPLETED = 'COMPLETED',
  PARTIALLY_RETURNED = 'PARTIALLY_RETURNED',
  RETURNED = 'RETURNED',
  REVERSED = 'REVERSED',
}
registerEnumType(RedemptionStatus, {
  name: 'RedemptionStatus',
  description: 'Where a redemption stands after reversals and returns.',
  valuesConfig: {
    COMPLETED: { description: 'The rewards were spent; nothing has come back.' },
    PARTIALLY_RETURNED: { description: 'Returns gave back part of the amount.' },
    RETURNED: { description: 'Returns gave back the whole amount.' },
    REVERSED: { description: 'Undone in full within the reversal window.' },
  },
});

export enum HoldStatus {
  ACTIVE = 'ACTIVE',
  CAPTURED = 'CAPTURED',
  RELEASED = 'RELEASED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(HoldStatus, {
  name: 'HoldStatus',
  description:
    'Where a checkout hold stands, read from the clock: a lapsed hold is EXPIRED at once.',
  valuesConfig: {
    ACTIVE: { description: 'Reserving balance until expiresAt.' },
    CAPTURED: { description: 'Turned into a redemption (see redemptionId).' },
    RELEASED: { description: 'Freed by releaseHold.' },
    EXPIRED: {
      description: 'Lapsed at expiresAt without being captured or released; it reserves nothing.',
    },
  },
});

// Reached only through a redemption, hold or preview the caller may read; its reward is
// handed on as readable.
@Readable({ default: read.anyone })
@ObjectType({ description: 'What one reward gave.' })
export class RedemptionAllocation {
  rewardId: string;

  @Field(() => Money, { description: 'What this reward gave (or, in a hold, reserves).' })
  amount: Money;
}

@ObjectType({ description: 'The part of a redemption taken off one cart line.' })
export class LineDiscount {
  @Field(() => String, { description: 'The cart line id, as given in CartLineInput.id.' })
  lineId: string;

  @Field(() => Money, { description: 'What rewards take off this line.' })
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
@ObjectType({
  description:
    'Rewards spent at a checkout. An API key reads its own redemptions (and those it reversed or returned); others need READ_PROFILES, as does createdByLabel.',
})
export class Redemption {
  @Field(() => ID, { description: 'The redemption id.' })
  id: string;

  profileId: string;

  @Field(() => RedemptionStatus, { description: 'Where it stands after reversals and returns.' })
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

  @Field(() => String, {
    nullable: true,
    description: "The sale's order or transaction id, as the checkout gave it.",
  })
  transactionExternalId: string | null;

  @Field(() => String, { nullable: true, description: "The sale's receipt number, as given." })
  receiptRef: string | null;

  @Field(() => String, { nullable: true, description: 'The store or channel, as given.' })
  locationId: string | null;

  @Field(() => Date, { description: 'When the rewards were spent.' })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Who redeemed (user:, apikey:).' })
  createdBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was reversed; null if not.' })
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
@ObjectType({
  description:
    'Balance reserved during checkout; it lapses by itself at expiresAt. An API key reads its own holds; others need READ_PROFILES.',
})
export class RewardHold {
  @Field(() => ID, { description: 'The hold id.' })
  id: string;

  profileId: string;
  /** Who placed it (read access), not part of the API. */
  createdBy: string;

  @Field(() => Money, { description: 'What the hold reserves.' })
  amount: Money;

  @Field(() => HoldStatus, { description: 'Its state now, from the clock.' })
  status: HoldStatus;

  @Field(() => Date, { description: 'When an uncaptured hold lapses and frees the balance.' })
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

  @Field(() => [RedemptionAllocation], {
    description: 'Which rewards would pay, nearest expiry first.',
  })
  allocations: RedemptionAllocation[];

  @Field(() => [LineDiscount], {
    description:
      "How the amount would spread over the cart's eligible lines (empty without a cart).",
  })
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

@InputType({
  description:
    "The sale a redemption belongs to, in the brand's own ids (each at most 100 characters), for finding it later.",
})
export class TransactionRefInput {
  @Field(() => String, { nullable: true, description: 'The order or transaction id.' })
  externalId?: string | null;

  @Field(() => String, { nullable: true, description: 'The receipt number.' })
  receiptRef?: string | null;

  @Field(() => String, { nullable: true, description: 'The store, till or channel.' })
  locationId?: string | null;
}

@InputType({ description: 'One line of the cart.' })
export class CartLineInput {
  @Field(() => String, {
    description: 'Your id for the line, unique in the cart (at most 64 characters).',
  })
  id: string;

  @Field(() => String, { nullable: true, description: 'The product SKU (at most 64 characters).' })
  sku?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Lines whose category is in Settings.excludedCategories are not eligible (at most 64 characters).',
  })
  category?: string | null;

  @Field(() => Int, { description: 'How many units, 1 to 100000.' })
  quantity: number;

  @Field(() => Int, { description: 'Cents, per unit, before discounts.' })
  unitPrice: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Cents already taken off this line by benefits (benefits apply before rewards).',
  })
  discount?: number | null;
}

@InputType({
  description:
    'The checkout cart, so rewards pay only for eligible lines (at most 500 lines; the cart may total at most 10^12 cents).',
})
export class CartInput {
  @Field(() => [CartLineInput], { description: 'The lines, each id once.' })
  lines: CartLineInput[];

  @Field(() => Int, { nullable: true, description: 'Cents; never eligible.' })
  shipping?: number | null;
}

/** What a preview asks; redeem and a hold ask the same and a little more. */
@InputType({ description: 'What to try to redeem, without redeeming it.' })
export class PreviewRedemptionInput {
  @Field(() => ID, { description: 'The profile whose rewards pay.' })
  profileId: string;

  @Field(() => Int, {
    description: 'Cents (minor units of the currency) to redeem or reserve: 1 to 2147483647.',
  })
  amount: number;

  @Field(() => String, {
    nullable: true,
    description: "ISO 4217 code: only rewards in it pay. Default: the brand's currency.",
  })
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

@InputType({ description: 'What to redeem.' })
export class RedeemInput extends PreviewRedemptionInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY })
  idempotencyKey: string;

  @Field(() => TransactionRefInput, {
    nullable: true,
    description: 'The sale this redemption belongs to.',
  })
  transaction?: TransactionRefInput | null;
}

@InputType({ description: 'What to reserve.' })
export class HoldInput extends PreviewRedemptionInput {
  @Field(() => String, { description: IDEMPOTENCY_KEY })
  idempotencyKey: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'How long the hold lasts, in seconds (1 to 3600; default: Settings.holdTtlSeconds).',
  })
  ttlSeconds?: number | null;
}

@InputType({ description: 'A capture of an active hold.' })
export class CaptureHoldInput {
  @Field(() => ID, { description: 'The hold to capture.' })
  holdId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Cents to capture, up to the held amount (default: all of it).',
  })
  amount?: number | null;

  @Field(() => String, { description: IDEMPOTENCY_KEY })
  idempotencyKey: string;

  @Field(() => TransactionRefInput, {
    nullable: true,
    description: 'The sale the redemption belongs to.',
  })
  transaction?: TransactionRefInput | null;
}

@InputType({ description: 'A reversal of a whole redemption.' })
export class ReverseRedemptionInput {
  @Field(() => ID, { description: 'The redemption to reverse.' })
  redemptionId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why, for the ledger: at most 500 characters.',
  })
  reason?: string | null;
}

@InputType({ description: 'A return of part or all of a redemption.' })
export class ReturnRedemptionInput {
  @Field(() => ID, { description: 'The redemption to return from.' })
  redemptionId: string;

  @Field(() => Int, {
    description: 'Cents of the redemption to give back (a partial refund of the purchase).',
  })
  amount: number;

  @Field(() => String, { description: IDEMPOTENCY_KEY })
  idempotencyKey: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why, for the ledger: at most 500 characters.',
  })
  reason?: string | null;
}

export const RedeemResult = createUnionType({
  name: 'RedeemResult',
  description:
    'The Redemption (or, for a repeated idempotencyKey, the first answer), or: InsufficientBalanceError (the balance cannot cover it; available says what could be), RedemptionPolicyError (minimumSpend or a cap; maxAllowed says the most), NotFoundError (no such profile), IdempotencyConflictError (the key was used with another input).',
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
  description:
    'The RewardHold (or, for a repeated idempotencyKey, the first answer), or: InsufficientBalanceError (the balance cannot cover it), RedemptionPolicyError (minimumSpend or a cap), NotFoundError (no such profile), IdempotencyConflictError (the key was used with another input).',
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
  description:
    'The Redemption the capture made (or, for a repeated idempotencyKey, the first answer), or: HoldNotActiveError (the hold was captured, released or lapsed), NotFoundError (no such hold), IdempotencyConflictError (the key was used with another input).',
  types: () => [Redemption, HoldNotActiveError, NotFoundError, IdempotencyConflictError] as const,
});

export const ReleaseHoldResult = createUnionType({
  name: 'ReleaseHoldResult',
  description:
    'The released RewardHold, or: HoldNotActiveError (it was captured, released or lapsed already), NotFoundError (no such hold).',
  types: () => [RewardHold, HoldNotActiveError, NotFoundError] as const,
});

export const ReverseRedemptionResult = createUnionType({
  name: 'ReverseRedemptionResult',
  description:
    'The REVERSED Redemption (also when it was reversed already), or: NotFoundError (no such redemption), ReversalWindowClosedError (the window has passed, or part was returned: return the rest instead).',
  types: () => [Redemption, NotFoundError, ReversalWindowClosedError] as const,
});

export const ReturnRedemptionResult = createUnionType({
  name: 'ReturnRedemptionResult',
  description:
    'The Redemption after the return (or, for a repeated idempotencyKey, the first answer), or: NotFoundError (no such redemption), ReturnExceedsRedemptionError (more than is left; returnable says how much), IdempotencyConflictError (the key was used with another input).',
  types: () =>
    [Redemption, NotFoundError, ReturnExceedsRedemptionError, IdempotencyConflictError] as const,
});

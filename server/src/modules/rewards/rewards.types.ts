import { GraphQLJSON } from 'graphql-scalars';
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
  IdempotencyConflictError,
  IssueLimitExceededError,
  NotFoundError,
  RewardNotActiveError,
  RewardNotExtendableError,
} from '../../core/results';
import { formatLocal } from '../../core/time';
import { IDEMPOTENCY_KEY } from '../../core/validate';
import type { LedgerEntryEntity } from './ledger-entry.entity';
import type { RewardEntity } from './reward.entity';
import { rewardStatus } from './rewards.rules';

export enum RewardStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  USED = 'USED',
  EXPIRED = 'EXPIRED',
  VOIDED = 'VOIDED',
}
registerEnumType(RewardStatus, {
  name: 'RewardStatus',
  description: 'Derived from the reward and the clock when read; never stale.',
  valuesConfig: {
    PENDING: { description: 'Issued to start later; not yet in the balance.' },
    ACTIVE: { description: 'Usable now: started, unexpired and with value left; in the balance.' },
    USED: { description: 'Fully redeemed.' },
    EXPIRED: { description: 'Past expiresAt with value left; staff may still extend it.' },
    VOIDED: { description: 'Ended by a void; what remained left the balance.' },
  },
});

export enum RewardSource {
  MANUAL = 'MANUAL',
  EVENT = 'EVENT',
  SPEND_MILESTONE = 'SPEND_MILESTONE',
  SCHEDULE = 'SCHEDULE',
  REACTION = 'REACTION',
  CLAIM = 'CLAIM',
  IMPORT = 'IMPORT',
  RETURN = 'RETURN',
}
registerEnumType(RewardSource, {
  name: 'RewardSource',
  description: 'How a reward came to be.',
  valuesConfig: {
    MANUAL: { description: 'Issued by issueReward: staff or an API key.' },
    EVENT: { description: 'Issued for a custom event an integration emitted.' },
    SPEND_MILESTONE: {
      description: "Issued when the profile's lifetime spend crossed a milestone.",
    },
    SCHEDULE: { description: 'Issued by the daily pass (birthdays, join anniversaries, lapses).' },
    REACTION: { description: 'Issued by a reaction to something that happened to the profile.' },
    CLAIM: { description: 'Claimed for the profile from a claimable reaction.' },
    IMPORT: { description: 'Brought in from another system.' },
    RETURN: {
      description:
        'Value a return gave back for a reward that had expired or been voided meanwhile (lasts Settings.returnGraceDays).',
    },
  },
});

export enum LedgerEntryType {
  ISSUE = 'ISSUE',
  REDEEM = 'REDEEM',
  REVERSAL = 'REVERSAL',
  RETURN = 'RETURN',
  EXTEND = 'EXTEND',
  VOID = 'VOID',
  EXPIRE = 'EXPIRE',
}
registerEnumType(LedgerEntryType, {
  name: 'LedgerEntryType',
  description: 'What a ledger entry records; its amount is the signed change to the balance.',
  valuesConfig: {
    ISSUE: { description: 'A reward was issued: plus its value.' },
    REDEEM: { description: 'A redemption drew on a reward: minus what it took.' },
    REVERSAL: {
      description: 'A reversed redemption gave back to a reward: plus what it had taken.',
    },
    RETURN: {
      description:
        'A return gave value back to a reward, or as a new RETURN reward: plus that value.',
    },
    EXTEND: { description: "A reward's expiry moved later: 0." },
    VOID: { description: 'A reward was voided: minus what remained.' },
    EXPIRE: { description: 'A reward expired with value left: minus what remained.' },
  },
});

const ISSUED_BY_THIS_KEY = read.ownedVia('issuedBy');

// A key reads a reward with READ_PROFILES, when it issued it, or when it reached it through
// something of its own (the allocations of its redemption or hold). Notes and who issued it
// stay with READ_PROFILES and the issuer; staff names with READ_PROFILES.
@Readable({
  default: read.any(read.scope('READ_PROFILES'), ISSUED_BY_THIS_KEY, read.granted),
  fields: {
    reason: read.any(read.scope('READ_PROFILES'), ISSUED_BY_THIS_KEY),
    voidReason: read.any(read.scope('READ_PROFILES'), ISSUED_BY_THIS_KEY),
    meta: read.any(read.scope('READ_PROFILES'), ISSUED_BY_THIS_KEY),
    issuedBy: read.any(read.scope('READ_PROFILES'), ISSUED_BY_THIS_KEY),
    issuedByLabel: read.scope('READ_PROFILES'),
  },
})
@ObjectType({
  description:
    'A dollar-off discount with an expiry, owned by one profile. An API key reads it with READ_PROFILES, when it issued it, or through its own redemption or hold; reason, meta and issuedBy need READ_PROFILES or having issued it, issuedByLabel READ_PROFILES.',
})
export class Reward {
  @Field(() => ID, { description: 'The reward id.' })
  id: string;

  profileId: string;
  definitionId: string;
  typeId: string;

  @Field(() => Money, { description: 'The value it was issued with.' })
  valueInitial: Money;

  @Field(() => Money, {
    description:
      'What is left to spend (redemptions take from it; reversals and returns restore it).',
  })
  valueRemaining: Money;

  @Field(() => RewardStatus, { description: 'Its state now, from the clock; never stale.' })
  status: RewardStatus;

  @Field(() => String, { description: 'IANA zone the expiry is computed in.' })
  timezone: string;

  @Field(() => Date, { description: 'When it was issued.' })
  issuedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When a PENDING reward starts to count; null when it counted from issue.',
  })
  activatesAt: Date | null;

  @Field(() => Date, { description: 'The last instant the reward may be used.' })
  expiresAt: Date;

  @Field(() => String, {
    description: "Expiry in the reward's timezone, e.g. 2026-12-31T23:59:59+11:00.",
  })
  expiresLocal: string;

  @Field(() => Date, { nullable: true, description: 'When it was last extended; null if never.' })
  extendedAt: Date | null;

  @Field(() => Int, { description: 'How many times its expiry was extended.' })
  extensionCount: number;

  @Field(() => Date, { nullable: true, description: 'When it was voided; null if not.' })
  voidedAt: Date | null;

  @Field(() => RewardSource, { description: 'How it came to be.' })
  source: RewardSource;

  @Field(() => String, { nullable: true, description: 'Who issued it (user:, apikey:, system:).' })
  issuedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was issued, as the issuer wrote.' })
  reason: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "The issuer's own JSON object, stored as given; null if none.",
  })
  meta: unknown;

  static from(this: void, e: RewardEntity, now: Date): Reward {
    return Object.assign(new Reward(), {
      id: e.id,
      profileId: e.profileId,
      definitionId: e.definitionId,
      typeId: e.typeId,
      valueInitial: Money.of(e.valueInitial, e.currency),
      valueRemaining: Money.of(e.valueRemaining, e.currency),
      status: rewardStatus(e, now) as RewardStatus,
      timezone: e.timezone,
      issuedAt: e.issuedAt,
      activatesAt: e.activatesAt,
      expiresAt: e.expiresAt,
      expiresLocal: formatLocal(e.expiresAt, e.timezone),
      extendedAt: e.extendedAt,
      extensionCount: e.extensionCount,
      voidedAt: e.voidedAt,
      source: e.source as RewardSource,
      issuedBy: e.issuedBy,
      reason: e.reason,
      meta: e.meta ?? null,
    });
  }
}

export const RewardConnection = Connection(Reward, 'Reward', 'rewards');
export type RewardConnection = InstanceType<typeof RewardConnection>;

@Readable({ default: read.scope('READ_PROFILES') })
@ObjectType({
  description:
    'Immutable record of every change to a profile’s rewards. An API key reads it with READ_PROFILES.',
})
export class LedgerEntry {
  @Field(() => ID, { description: 'The entry id.' })
  id: string;

  @Field(() => LedgerEntryType, { description: 'What changed.' })
  type: LedgerEntryType;

  rewardId: string | null;
  redemptionId: string | null;

  @Field(() => Money, { description: 'Signed change to the balance (0 for EXTEND).' })
  amount: Money;

  @Field(() => Money, { description: "The profile's balance in this currency after the entry." })
  balanceAfter: Money;

  @Field(() => String, {
    description:
      'Who made the change: user:<id>, apikey:<id>, customer:<profile id> or system:<job>.',
  })
  actor: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why, as the actor wrote; null if not given.',
  })
  reason: string | null;

  @Field(() => Date, { description: 'When the change was made.' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: "EXTEND: the reward's expiry before this extension; null for other entries.",
  })
  expiresBefore: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "EXTEND: the reward's expiry after this extension; null for other entries.",
  })
  expiresAfter: Date | null;

  static from(this: void, e: LedgerEntryEntity): LedgerEntry {
    return Object.assign(new LedgerEntry(), {
      id: e.id,
      type: e.type as LedgerEntryType,
      rewardId: e.rewardId,
      redemptionId: e.redemptionId,
      amount: Money.of(e.amount, e.currency),
      balanceAfter: Money.of(e.balanceAfter, e.currency),
      actor: e.actor,
      reason: e.reason,
      createdAt: e.createdAt,
      expiresBefore: e.expiresBefore ?? null,
      expiresAfter: e.expiresAfter ?? null,
    });
  }
}

export const LedgerConnection = Connection(LedgerEntry, 'Ledger', 'ledger entries');
export type LedgerConnection = InstanceType<typeof LedgerConnection>;

@ObjectType({ description: 'A profile’s balance in one currency.' })
export class RewardBalance {
  @Field(() => String, { description: 'ISO 4217 code of this balance.' })
  currency: string;

  @Field(() => Money, {
    description: 'Sum of unused, unexpired, active rewards minus what active holds reserve.',
  })
  available: Money;

  @Field(() => Money, { description: 'What active holds reserve.' })
  held: Money;

  @Field(() => Int, { description: 'How many ACTIVE rewards make up the balance.' })
  activeRewardCount: number;

  @Field(() => Date, { nullable: true, description: 'Earliest expiry among active rewards.' })
  nextExpiry: Date | null;

  @Field(() => Money, { description: 'Value that expires within the next 30 days.' })
  expiringSoon: Money;
}

@InputType({
  description:
    'A reward to issue: one of profileId or profileExternalId, and one of definitionId or definitionHandle.',
})
export class IssueRewardInput {
  @Field(() => ID, {
    nullable: true,
    description: "Profile id or, with profileExternalId, the brand's id.",
  })
  profileId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The brand's own customer id, instead of profileId.",
  })
  profileExternalId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The definition to issue from (not archived); or give definitionHandle.',
  })
  definitionId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The definition's handle, instead of definitionId.",
  })
  definitionHandle?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Override the definition's value (cents, 1 to 2147483647).",
  })
  value?: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Override the computed expiry (an instant in the future).',
  })
  expiresAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Start later: the reward is PENDING until then (before the expiry).',
  })
  activatesAt?: Date | null;

  @Field(() => String, { description: 'Why, for the ledger: 1 to 500 characters.' })
  reason: string;

  @Field(() => String, { description: IDEMPOTENCY_KEY })
  idempotencyKey: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'Your own JSON object to keep with the reward: at most 4096 bytes, 10 levels deep.',
  })
  meta?: unknown;
}

@InputType({ description: 'An extension: exactly one of days or until.' })
export class ExtendRewardInput {
  @Field(() => ID, { description: 'The reward to extend.' })
  rewardId: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "Add this many days (1 to 3660) to the current expiry, ending at the end of that day in the reward's timezone.",
  })
  days?: number | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Replace the expiry with this instant (must be later than the current one, and in the future).',
  })
  until?: Date | null;

  @Field(() => String, { description: 'Why, for the ledger: 1 to 500 characters.' })
  reason: string;
}

@InputType({ description: 'A void.' })
export class VoidRewardInput {
  @Field(() => ID, { description: 'The reward to void.' })
  rewardId: string;

  @Field(() => String, { description: 'Why, for the ledger: 1 to 500 characters.' })
  reason: string;
}

export const IssueRewardResult = createUnionType({
  name: 'IssueRewardResult',
  description:
    "The issued Reward (or, for a repeated idempotencyKey, the first answer), or: NotFoundError (no such profile or definition), IssueLimitExceededError (above a MANAGER's single or daily limit), IdempotencyConflictError (the key was used with another input).",
  types: () => [Reward, NotFoundError, IssueLimitExceededError, IdempotencyConflictError] as const,
});

export const ExtendRewardResult = createUnionType({
  name: 'ExtendRewardResult',
  description:
    'The extended Reward, or: NotFoundError (no such reward), RewardNotActiveError (the reward is used, voided or pending), RewardNotExtendableError (it cannot be extended this way).',
  types: () => [Reward, NotFoundError, RewardNotExtendableError, RewardNotActiveError] as const,
});

export const VoidRewardResult = createUnionType({
  name: 'VoidRewardResult',
  description:
    'The voided Reward, or: NotFoundError (no such reward), RewardNotActiveError (the reward is used, voided or expired, or an active hold reserves part of it).',
  types: () => [Reward, NotFoundError, RewardNotActiveError] as const,
});

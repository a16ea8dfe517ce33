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
    USED: { description: 'Fully redeemed.' },
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
registerEnumType(RewardSource, { name: 'RewardSource', description: 'How a reward came to be.' });

export enum LedgerEntryType {
  ISSUE = 'ISSUE',
  REDEEM = 'REDEEM',
  REVERSAL = 'REVERSAL',
  RETURN = 'RETURN',
  EXTEND = 'EXTEND',
  VOID = 'VOID',
  EXPIRE = 'EXPIRE',
}
registerEnumType(LedgerEntryType, { name: 'LedgerEntryType' });

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
@ObjectType({ description: 'A dollar-off discount with an expiry, owned by one profile.' })
export class Reward {
  @Field(() => ID)
  id: string;

  profileId: string;
  definitionId: string;
  typeId: string;

  @Field(() => Money)
  valueInitial: Money;

  @Field(() => Money)
  valueRemaining: Money;

  @Field(() => RewardStatus)
  status: RewardStatus;

  @Field(() => String, { description: 'IANA zone the expiry is computed in.' })
  timezone: string;

  @Field(() => Date)
  issuedAt: Date;

  @Field(() => Date, { nullable: true })
  activatesAt: Date | null;

  @Field(() => Date, { description: 'The last instant the reward may be used.' })
  expiresAt: Date;

  @Field(() => String, {
    description: "Expiry in the reward's timezone, e.g. 2026-12-31T23:59:59+11:00.",
  })
  expiresLocal: string;

  @Field(() => Date, { nullable: true })
  extendedAt: Date | null;

  @Field(() => Int)
  extensionCount: number;

  @Field(() => Date, { nullable: true })
  voidedAt: Date | null;

  @Field(() => RewardSource)
  source: RewardSource;

  @Field(() => String, { nullable: true, description: 'Who issued it (user:, apikey:, system:).' })
  issuedBy: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
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

export const RewardConnection = Connection(Reward, 'Reward');
export type RewardConnection = InstanceType<typeof RewardConnection>;

@Readable({ default: read.scope('READ_PROFILES') })
@ObjectType({ description: 'Immutable record of every change to a profile’s rewards.' })
export class LedgerEntry {
  @Field(() => ID)
  id: string;

  @Field(() => LedgerEntryType)
  type: LedgerEntryType;

  rewardId: string | null;
  redemptionId: string | null;

  @Field(() => Money, { description: 'Signed change to the balance (0 for EXTEND).' })
  amount: Money;

  @Field(() => Money, { description: "The profile's balance in this currency after the entry." })
  balanceAfter: Money;

  @Field(() => String, {
    description: 'user:<id>, apikey:<id>, customer:<profile id> or system:<job>.',
  })
  actor: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Date)
  createdAt: Date;

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
    });
  }
}

export const LedgerConnection = Connection(LedgerEntry, 'Ledger');
export type LedgerConnection = InstanceType<typeof LedgerConnection>;

@ObjectType({ description: 'A profile’s balance in one currency.' })
export class RewardBalance {
  @Field(() => String)
  currency: string;

  @Field(() => Money, {
    description: 'Sum of unused, unexpired, active rewards minus what active holds reserve.',
  })
  available: Money;

  @Field(() => Money, { description: 'What active holds reserve.' })
  held: Money;

  @Field(() => Int)
  activeRewardCount: number;

  @Field(() => Date, { nullable: true, description: 'Earliest expiry among active rewards.' })
  nextExpiry: Date | null;

  @Field(() => Money, { description: 'Value that expires within the next 30 days.' })
  expiringSoon: Money;
}

@InputType()
export class IssueRewardInput {
  @Field(() => ID, {
    nullable: true,
    description: "Profile id or, with profileExternalId, the brand's id.",
  })
  profileId?: string | null;

  @Field(() => String, { nullable: true })
  profileExternalId?: string | null;

  @Field(() => ID, { nullable: true })
  definitionId?: string | null;

  @Field(() => String, { nullable: true })
  definitionHandle?: string | null;

  @Field(() => Int, { nullable: true, description: "Override the definition's value (cents)." })
  value?: number | null;

  @Field(() => Date, { nullable: true, description: 'Override the computed expiry.' })
  expiresAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Start later: the reward is PENDING until then.',
  })
  activatesAt?: Date | null;

  @Field(() => String)
  reason: string;

  @Field(() => String)
  idempotencyKey: string;

  @Field(() => GraphQLJSON, { nullable: true })
  meta?: unknown;
}

@InputType()
export class ExtendRewardInput {
  @Field(() => ID)
  rewardId: string;

  @Field(() => Int, { nullable: true, description: 'Add days to the current expiry; or' })
  days?: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'replace the expiry (must be later than the current one).',
  })
  until?: Date | null;

  @Field(() => String)
  reason: string;
}

@InputType()
export class VoidRewardInput {
  @Field(() => ID)
  rewardId: string;

  @Field(() => String)
  reason: string;
}

export const IssueRewardResult = createUnionType({
  name: 'IssueRewardResult',
  types: () => [Reward, NotFoundError, IssueLimitExceededError, IdempotencyConflictError] as const,
});

export const ExtendRewardResult = createUnionType({
  name: 'ExtendRewardResult',
  types: () => [Reward, NotFoundError, RewardNotExtendableError, RewardNotActiveError] as const,
});

export const VoidRewardResult = createUnionType({
  name: 'VoidRewardResult',
  types: () => [Reward, NotFoundError, RewardNotActiveError] as const,
});

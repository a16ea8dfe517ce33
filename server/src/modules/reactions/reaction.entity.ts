import { Column, Entity, Index } from 'typeorm';
import { ActorColumn, IdColumn, RefColumn, References, TimestampColumn } from '../../db/columns';

export type ReactionEventName =
  | 'PROFILE_CREATED'
  | 'BIRTHDAY'
  | 'JOIN_ANNIVERSARY'
  | 'TIER_ACHIEVED'
  | 'SPEND_MILESTONE'
  | 'TRANSACTION_CREATED'
  | 'LAPSED'
  | 'CUSTOM';

/** A rule that issues a reward from a definition when an event happens and its condition holds. */
@Entity({ name: 'reactions' })
@Index(['event', 'active'])
export class ReactionEntity {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 24 })
  event: ReactionEventName;

  @Column({ type: 'varchar', length: 100, nullable: true })
  customEvent: string | null;

  /** JSON Logic over { profile, event }, validated when saved; null means always. */
  @Column({ type: 'simple-json', nullable: true })
  condition: object | boolean | null;

  @RefColumn()
  definitionId: string;

  @References('RewardDefinitionEntity', 'definitionId')
  definition?: object;

  @Column({ type: 'int', nullable: true })
  spendThreshold: number | null;

  @Column({ type: 'int', nullable: true })
  spendRepeatEvery: number | null;

  @Column({ type: 'int', nullable: true })
  lapsedDays: number | null;

  @Column({ type: 'boolean' })
  claimable: boolean;

  @Column({ type: 'boolean' })
  active: boolean;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}

/**
 * One business occurrence a reaction paid for (a profile's birthday of a year, a milestone, an
 * event): the unique key is what makes automatic issuance happen at most once per occurrence,
 * whatever retries, races or second server processes do. Written with the reward, in one
 * database transaction.
 */
@Entity({ name: 'reaction_occurrences' })
@Index(['reactionId', 'profileId', 'occurrenceKey'], { unique: true })
@Index(['profileId', 'reactionId'])
export class OccurrenceEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  reactionId: string;

  @References('ReactionEntity', 'reactionId')
  reaction?: object;

  @RefColumn()
  profileId: string;

  @References('ProfileEntity', 'profileId')
  profile?: object;

  /** birthday:2026, anniversary:3, milestone:2, lapse:<start>, event:<id>, txn:<id>, claim, … */
  @Column({ type: 'varchar', length: 120 })
  occurrenceKey: string;

  @RefColumn()
  rewardId: string;

  @References('RewardEntity', 'rewardId')
  reward?: object;

  /** The transaction or custom event that caused it, if any. */
  @Index()
  @RefColumn({ nullable: true })
  causeId: string | null;

  @TimestampColumn()
  createdAt: Date;
}

/** A custom event emitted for a profile, remembered by its caller's idempotency key. */
@Entity({ name: 'custom_events' })
@Index(['scope', 'idempotencyKey'], { unique: true })
export class CustomEventEntity {
  @IdColumn()
  id: string;

  /** The caller (user:<id>, apikey:<id>): keys are per caller. */
  @ActorColumn()
  scope: string;

  @Column({ type: 'varchar', length: 200 })
  idempotencyKey: string;

  @RefColumn()
  profileId: string;

  @References('ProfileEntity', 'profileId')
  profile?: object;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** SHA-256 of the input: the same key with another input is refused. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @TimestampColumn()
  createdAt: Date;
}

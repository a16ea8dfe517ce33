import { Column, Entity, Index } from 'typeorm';
import {
  ActorColumn,
  CurrencyColumn,
  IdColumn,
  MoneyColumn,
  RefColumn,
  TimestampColumn,
  References,
} from '../../db/columns';

export type RewardSourceName =
  'MANUAL' | 'EVENT' | 'SPEND_MILESTONE' | 'SCHEDULE' | 'REACTION' | 'CLAIM' | 'IMPORT' | 'RETURN';

/**
 * A reward owned by one profile. Its status is never stored: it is derived from these
 * columns and the clock when read (see rewards.rules.ts).
 */
@Entity({ name: 'rewards' })
// A profile's rewards by expiry, for its reward list.
@Index(['profileId', 'expiresAt'])
// The balance and redeem read one profile's open rewards: this index keeps that a range scan
// of the open ones only, however many used, voided and expired rewards its history holds.
@Index(['profileId', 'openUntil'])
@Index(['issuedBy', 'issuedAt'])
// The daily pass finds rewards that expired and have no EXPIRE entry yet by this prefix.
@Index(['expiredAt', 'expiresAt'])
// Liability and breakage sum what is left by expiry: a covering index for both.
@Index(['currency', 'expiresAt', 'voidedAt', 'valueRemaining'])
export class RewardEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  profileId: string;

  @References('ProfileEntity', 'profileId')
  profile?: object;

  @Index()
  @RefColumn()
  definitionId: string;

  @References('RewardDefinitionEntity', 'definitionId')
  definition?: object;

  @Index()
  @RefColumn()
  typeId: string;

  @References('RewardTypeEntity', 'typeId')
  type?: object;

  @CurrencyColumn()
  currency: string;

  @MoneyColumn()
  valueInitial: number;

  @MoneyColumn()
  valueRemaining: number;

  /**
   * expiresAt while the reward has value left and is not voided; NULL once it is used up or
   * voided. Kept by every write of valueRemaining, voidedAt and expiresAt (rewards.service),
   * so the balance's index range holds only open rewards. Status never reads it.
   */
  @TimestampColumn({ nullable: true })
  openUntil: Date | null;

  @Column({ type: 'varchar', length: 64 })
  timezone: string;

  @TimestampColumn()
  issuedAt: Date;

  @TimestampColumn({ nullable: true })
  activatesAt: Date | null;

  @TimestampColumn()
  expiresAt: Date;

  @TimestampColumn({ nullable: true })
  extendedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  extensionCount: number;

  @TimestampColumn({ nullable: true })
  voidedAt: Date | null;

  /**
   * When the daily pass closed its books with an EXPIRE entry; cleared when an extension
   * brings it back. Status never reads it (status is derived from expiresAt).
   */
  @TimestampColumn({ nullable: true })
  expiredAt: Date | null;

  @Column({ type: 'varchar', length: 20 })
  source: RewardSourceName;

  @ActorColumn({ nullable: true })
  issuedBy: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'simple-json', nullable: true })
  meta: object | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  ActorColumn,
  CurrencyColumn,
  IdColumn,
  RefColumn,
  TimestampColumn,
  TotalColumn,
  References,
} from '../../db/columns';
import { RewardEntity } from './reward.entity';

export type LedgerEntryTypeName =
  'ISSUE' | 'REDEEM' | 'REVERSAL' | 'RETURN' | 'EXTEND' | 'VOID' | 'EXPIRE';

/**
 * One immutable change to a profile's rewards. Entries are only ever inserted: triggers in
 * the database refuse UPDATE and DELETE. `seq` numbers a profile's entries per currency, and
 * its unique key makes a forked balance chain impossible even if a lock were missed.
 */
@Entity({ name: 'ledger_entries' })
@Index(['profileId', 'currency', 'seq'], { unique: true })
@Index(['profileId', 'id'])
// Reports by period read entries in a time range: a covering index, so the ledger's rows
// themselves are not touched.
@Index(['createdAt', 'rewardId', 'type', 'amount', 'currency'])
export class LedgerEntryEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  profileId: string;

  @References('ProfileEntity', 'profileId')
  profile?: object;

  @CurrencyColumn()
  currency: string;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 10 })
  type: LedgerEntryTypeName;

  @Index()
  @RefColumn({ nullable: true })
  rewardId: string | null;

  @ManyToOne(() => RewardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rewardId' })
  reward?: RewardEntity;

  @Index()
  @RefColumn({ nullable: true })
  redemptionId: string | null;

  /** Signed change to the balance, cents (0 for EXTEND). */
  @TotalColumn()
  amount: number;

  @TotalColumn()
  balanceAfter: number;

  @ActorColumn()
  actor: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  /** EXTEND only: the reward's expiry before and after the extension; null otherwise. */
  @TimestampColumn({ nullable: true })
  expiresBefore: Date | null;

  @TimestampColumn({ nullable: true })
  expiresAfter: Date | null;

  @TimestampColumn()
  createdAt: Date;
}

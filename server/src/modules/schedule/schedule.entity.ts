import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, RefColumn, References, TimestampColumn } from '../../db/columns';

/**
 * Who runs a piece of background work now: taken with a conditional update (free or expired),
 * renewed while working, so two server processes never run the daily pass at the same moment.
 */
@Entity({ name: 'schedule_leases' })
export class LeaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name: string;

  /** host:pid:random of the holder; empty when free. */
  @Column({ type: 'varchar', length: 120 })
  holder: string;

  /** The lease is free from this instant on. */
  @TimestampColumn()
  expiresAt: Date;
}

/** A `reward.expiring` reminder the daily pass sent, once per reward and expiry. */
@Entity({ name: 'expiry_reminders' })
@Index(['rewardId', 'expiresAt'], { unique: true })
export class ExpiryReminderEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  rewardId: string;

  @References('RewardEntity', 'rewardId')
  reward?: object;

  /** The expiry the reminder was about; an extended reward is reminded again. */
  @TimestampColumn()
  expiresAt: Date;

  @TimestampColumn()
  createdAt: Date;
}

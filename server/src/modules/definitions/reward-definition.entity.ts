import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  CurrencyColumn,
  IdColumn,
  MoneyColumn,
  RefColumn,
  TimestampColumn,
} from '../../db/columns';
import type { ExpiryUnit } from '../../core/time';
import { RewardTypeEntity } from './reward-type.entity';

@Entity({ name: 'reward_definitions' })
export class RewardDefinitionEntity {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  handle: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Index()
  @RefColumn()
  typeId: string;

  @ManyToOne(() => RewardTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'typeId' })
  type?: RewardTypeEntity;

  @MoneyColumn()
  value: number;

  @CurrencyColumn()
  currency: string;

  @Column({ type: 'int', nullable: true })
  expiryPeriod: number | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  expiryUnit: ExpiryUnit | null;

  @TimestampColumn({ nullable: true })
  absoluteExpiry: Date | null;

  @Column({ type: 'boolean' })
  assignable: boolean;

  @Column({ type: 'boolean' })
  published: boolean;

  /** Rewards issued from it start PENDING for this many days; null for at once. */
  @Column({ type: 'int', nullable: true })
  activationDelayDays: number | null;

  @Column({ type: 'boolean' })
  archived: boolean;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}

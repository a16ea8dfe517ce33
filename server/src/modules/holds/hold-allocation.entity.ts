import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, MoneyColumn, RefColumn, References } from '../../db/columns';
import { HoldEntity } from './hold.entity';

/** What one hold reserves on one reward. */
@Entity({ name: 'hold_allocations' })
@Index(['holdId', 'position'], { unique: true })
export class HoldAllocationEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  holdId: string;

  @ManyToOne(() => HoldEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'holdId' })
  hold?: HoldEntity;

  @Index()
  @RefColumn()
  rewardId: string;

  @References('RewardEntity', 'rewardId')
  reward?: object;

  @Column({ type: 'int' })
  position: number;

  @MoneyColumn()
  amount: number;
}

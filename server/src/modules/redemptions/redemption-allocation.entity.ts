import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, MoneyColumn, RefColumn, References } from '../../db/columns';
import { RedemptionEntity } from './redemption.entity';

/** What one reward gave to one redemption; `position` is the order of consumption. */
@Entity({ name: 'redemption_allocations' })
@Index(['redemptionId', 'position'], { unique: true })
export class RedemptionAllocationEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  redemptionId: string;

  @ManyToOne(() => RedemptionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'redemptionId' })
  redemption?: RedemptionEntity;

  @Index()
  @RefColumn()
  rewardId: string;

  @References('RewardEntity', 'rewardId')
  reward?: object;

  @Column({ type: 'int' })
  position: number;

  @MoneyColumn()
  amount: number;

  /** How much of this allocation returns have given back. */
  @MoneyColumn({ default: 0 })
  returned: number;
}

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

/** ACTIVE until captured or released; a lapsed ACTIVE hold reads as EXPIRED and reserves nothing. */
export type HoldStateName = 'ACTIVE' | 'CAPTURED' | 'RELEASED';

@Entity({ name: 'holds' })
@Index(['profileId', 'status', 'expiresAt'])
export class HoldEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  profileId: string;

  @References('ProfileEntity', 'profileId')
  profile?: object;

  @CurrencyColumn()
  currency: string;

  @MoneyColumn()
  amount: number;

  @Column({ type: 'varchar', length: 10 })
  status: HoldStateName;

  @TimestampColumn()
  expiresAt: Date;

  @Column({ type: 'simple-json' })
  lineDiscounts: { lineId: string; amount: number }[];

  @TimestampColumn()
  createdAt: Date;

  @ActorColumn()
  createdBy: string;

  @TimestampColumn({ nullable: true })
  closedAt: Date | null;

  @RefColumn({ nullable: true })
  redemptionId: string | null;
}

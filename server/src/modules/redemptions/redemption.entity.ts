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

export type RedemptionStatusName = 'COMPLETED' | 'PARTIALLY_RETURNED' | 'RETURNED' | 'REVERSED';

@Entity({ name: 'redemptions' })
@Index(['profileId', 'id'])
export class RedemptionEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  profileId: string;

  @References('ProfileEntity', 'profileId')
  profile?: object;

  @CurrencyColumn()
  currency: string;

  @Column({ type: 'varchar', length: 20 })
  status: RedemptionStatusName;

  @MoneyColumn()
  requested: number;

  @MoneyColumn()
  amount: number;

  @MoneyColumn({ default: 0 })
  returned: number;

  /** [{ lineId, amount }] when redeemed against a cart. */
  @Column({ type: 'simple-json' })
  lineDiscounts: { lineId: string; amount: number }[];

  @Index()
  @Column({ type: 'varchar', length: 100, nullable: true })
  transactionExternalId: string | null;

  @Index()
  @Column({ type: 'varchar', length: 100, nullable: true })
  receiptRef: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  locationId: string | null;

  /** The hold this redemption captured, if any. */
  @RefColumn({ nullable: true })
  holdId: string | null;

  @TimestampColumn()
  createdAt: Date;

  @ActorColumn()
  createdBy: string;

  @TimestampColumn({ nullable: true })
  reversedAt: Date | null;
}

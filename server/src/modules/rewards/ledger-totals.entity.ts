import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn, TotalColumn } from '../../db/columns';

/**
 * The ledger summed per brand-local day, reward type and currency, written by the roll-up
 * (reports.queries.ts) for days that ended a while ago. The activity report adds up a few rows
 * per day instead of every entry; what the roll-up has not reached comes from the ledger.
 */
@Entity({ name: 'ledger_totals' })
export class LedgerTotalEntity {
  /** 'YYYY-MM-DD' in the zone of the roll-up (LedgerRollupEntity.zone). */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  typeId: string;

  @PrimaryColumn({ type: 'varchar', length: 3 })
  currency: string;

  @TotalColumn()
  issued: number;

  @TotalColumn()
  redeemed: number;

  @TotalColumn()
  restored: number;

  @TotalColumn()
  expired: number;

  @TotalColumn()
  voided: number;

  @Column({ type: 'int' })
  entries: number;
}

/**
 * How far the roll-up has come: ledger entries created in [since, through) are all in
 * `ledger_totals`, by local day in `zone`. One row; the roll-up locks it, so two processes never
 * add the same day. When the brand's zone changes, the roll-up starts again in the new zone.
 */
@Entity({ name: 'ledger_rollup' })
export class LedgerRollupEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  zone: string;

  /** Local midnights in `zone`. */
  @TimestampColumn()
  since: Date;

  @TimestampColumn()
  through: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ActorColumn, CurrencyColumn, TimestampColumn } from '../../db/columns';

/** The brand-wide rules: a single row with id 1. */
@Entity({ name: 'settings' })
export class SettingsEntity {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @CurrencyColumn()
  defaultCurrency: string;

  @Column({ type: 'varchar', length: 64 })
  defaultTimezone: string;

  @Column({ type: 'simple-json' })
  excludedCategories: string[];

  @Column({ type: 'int' })
  minimumSpend: number;

  @Column({ type: 'int', nullable: true })
  maxRedemptionPercent: number | null;

  @Column({ type: 'int', nullable: true })
  maxRedemptionAmount: number | null;

  @Column({ type: 'int' })
  reversalWindowMinutes: number;

  @Column({ type: 'int' })
  returnGraceDays: number;

  @Column({ type: 'int' })
  managerIssueLimit: number;

  @Column({ type: 'int' })
  managerDailyIssueLimit: number;

  @Column({ type: 'int' })
  holdTtlSeconds: number;

  @TimestampColumn()
  updatedAt: Date;

  @ActorColumn()
  updatedBy: string;
}

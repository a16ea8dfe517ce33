import { Column, Entity, Index } from 'typeorm';
import { IdColumn, TimestampColumn, TotalColumn } from '../../db/columns';

@Entity({ name: 'profiles' })
export class ProfileEntity {
  @IdColumn()
  id: string;

  /** The brand's own customer id. */
  @Column({ type: 'varchar', length: 100, unique: true })
  externalId: string;

  @Index()
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  firstName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lastName: string | null;

  /** YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  birthDate: string | null;

  @TimestampColumn()
  joinedAt: Date;

  @Column({ type: 'varchar', length: 64 })
  timezone: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  tier: string | null;

  @Column({ type: 'boolean' })
  isStaff: boolean;

  /** Lifetime spend in the brand's default currency, cents. */
  @TotalColumn({ default: 0 })
  lifetimeSpend: number;

  /** Lower-cased name, email and external id, for search. */
  @Column({ type: 'varchar', length: 600 })
  searchText: string;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}

import { Column, Entity, Index } from 'typeorm';
import { CurrencyColumn, IdColumn, RefColumn, References, TimestampColumn } from '../../db/columns';

/**
 * A purchase (positive total) or a return (negative) recorded for a profile. `externalId` is
 * the brand's id and is unique: recording it again changes nothing.
 */
@Entity({ name: 'transactions' })
// The daily pass reads each profile's latest transaction (lapses) by this index.
@Index(['profileId', 'occurredAt'])
export class TransactionEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  profileId: string;

  @References('ProfileEntity', 'profileId')
  profile?: object;

  @Column({ type: 'varchar', length: 100, unique: true })
  externalId: string;

  /** Cents; negative for a return. */
  @Column({ type: 'int' })
  total: number;

  @CurrencyColumn()
  currency: string;

  @TimestampColumn()
  occurredAt: Date;

  /** SHA-256 of the recorded input: the same externalId with another input is refused. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @TimestampColumn()
  createdAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../db/columns';

/**
 * The first result of a money-moving mutation, stored with its effects in one transaction,
 * so a retry with the same key returns it instead of acting again.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  operation: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  /** SHA-256 of the canonical input. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @Column({ type: 'varchar', length: 40 })
  resultType: string;

  @Column({ type: 'varchar', length: 36 })
  resultId: string;

  @TimestampColumn()
  createdAt: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../db/columns';

/**
 * The first answer of a money-moving mutation for one caller's key: a reference to the result
 * it created (stored with its effects in one transaction) or the refusal it gave. A retry with
 * the same key and input gets that answer back instead of acting again.
 */
@Entity({ name: 'idempotency_keys' })
@Index(['createdAt'])
export class IdempotencyKeyEntity {
  /** Whose key it is (user:<id>, apikey:<id>, system:<job>): keys are per caller. */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  scope: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  operation: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  /** SHA-256 of the canonical input. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  /** The result's GraphQL type, or the ErrorResult's for a refusal. */
  @Column({ type: 'varchar', length: 40 })
  resultType: string;

  /** The result's id; empty for a refusal. */
  @Column({ type: 'varchar', length: 36 })
  resultId: string;

  /** A refusal, as it was answered (a StoredErrorResult); null for a result. */
  @Column({ type: 'simple-json', nullable: true })
  refusal: object | null;

  @TimestampColumn()
  createdAt: Date;
}

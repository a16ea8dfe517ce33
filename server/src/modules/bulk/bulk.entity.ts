import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Principal } from '../../core/principal';
import { ActorColumn, IdColumn, RefColumn, References, TimestampColumn } from '../../db/columns';

export type BulkJobStatusName = 'QUEUED' | 'RUNNING' | 'COMPLETED';

/**
 * A bulk issue: one reward from a definition for each listed profile, worked through in the
 * background in batches. The job and every row's outcome are rows, so a restarted server
 * carries on where the last one stopped.
 */
@Entity({ name: 'bulk_issue_jobs' })
// Idempotent per caller and key: a retried request finds its job.
@Index(['createdBy', 'idempotencyKey'], { unique: true })
@Index(['status', 'leaseUntil'])
export class BulkIssueJobEntity {
  @IdColumn()
  id: string;

  @ActorColumn()
  createdBy: string;

  @Column({ type: 'varchar', length: 200 })
  idempotencyKey: string;

  /** SHA-256 of the request, to tell a retry from a different request with the same key. */
  @Column({ type: 'varchar', length: 64 })
  inputHash: string;

  /** Who asked, so the rows are issued as them (limits, actor) after a restart too. */
  @Column({ type: 'simple-json' })
  principal: Principal;

  @RefColumn()
  definitionId: string;

  @References('RewardDefinitionEntity', 'definitionId')
  definition?: object;

  @Column({ type: 'int', nullable: true })
  value: number | null;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'varchar', length: 10 })
  status: BulkJobStatusName;

  @Column({ type: 'int' })
  total: number;

  @Column({ type: 'int', default: 0 })
  processed: number;

  @Column({ type: 'int', default: 0 })
  failed: number;

  /** While a server works on the job; another takes it over only after this passes. */
  @TimestampColumn({ nullable: true })
  leaseUntil: Date | null;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn({ nullable: true })
  finishedAt: Date | null;
}

export type BulkRowStatusName = 'PENDING' | 'ISSUED' | 'FAILED';

/** One profile of a bulk issue and what became of it. */
@Entity({ name: 'bulk_issue_rows' })
@Index(['jobId', 'status', 'rowNumber'])
export class BulkIssueRowEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  jobId: string;

  @References('BulkIssueJobEntity', 'jobId', 'CASCADE')
  job?: object;

  /** 1-based position in the request (the CSV line for an upload). */
  @PrimaryColumn({ type: 'int' })
  rowNumber: number;

  @Column({ type: 'varchar', length: 100 })
  externalId: string;

  @Column({ type: 'varchar', length: 10 })
  status: BulkRowStatusName;

  @RefColumn({ nullable: true })
  rewardId: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  error: string | null;
}

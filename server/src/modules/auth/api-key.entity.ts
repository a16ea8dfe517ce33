import { Column, Entity } from 'typeorm';
import { ActorColumn, IdColumn, TimestampColumn } from '../../db/columns';

export const API_SCOPES = [
  'READ_PROFILES',
  'WRITE_PROFILES',
  'ISSUE_REWARDS',
  'REDEEM',
  'RECORD_TRANSACTIONS',
  'EMIT_EVENTS',
] as const;
export type ApiScopeName = (typeof API_SCOPES)[number];

/** A machine credential for storefronts and POS. Only the SHA-256 of its secret is stored. */
@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The secret's first characters, shown to recognise a key. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  secretHash: string;

  @Column({ type: 'simple-array' })
  scopes: ApiScopeName[];

  @ActorColumn()
  createdBy: string;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn({ nullable: true })
  revokedAt: Date | null;
}

import { Column, Entity } from 'typeorm';
import type { ApiScopeName } from '../../core/principal';
import { ActorColumn, IdColumn, TimestampColumn } from '../../db/columns';

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

  /** When the key was last used, to the minute (written at most once a minute); null if never. */
  @TimestampColumn({ nullable: true })
  lastUsedAt: Date | null;
}

import { Entity, Index, Column } from 'typeorm';
import { ActorColumn, IdColumn, RefColumn, References, TimestampColumn } from '../../db/columns';

/**
 * A one-time link for a staff member to set their password (an invitation, or a reset an
 * ADMIN sends). Only the SHA-256 of its token is stored.
 */
@Entity({ name: 'password_links' })
@Index(['userId', 'endedAt'])
export class PasswordLinkEntity {
  @IdColumn()
  id: string;

  @RefColumn()
  userId: string;

  @References('UserEntity', 'userId')
  user?: object;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @ActorColumn()
  createdBy: string;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  expiresAt: Date;

  /** When it stopped working: used, or replaced by a newer link for the same person. */
  @TimestampColumn({ nullable: true })
  endedAt: Date | null;
}

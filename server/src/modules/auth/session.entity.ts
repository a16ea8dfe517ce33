import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '../../db/columns';
import { UserEntity } from './user.entity';

/** A signed-in staff session. Only the SHA-256 of its bearer token is stored. */
@Entity({ name: 'auth_sessions' })
export class SessionEntity {
  @IdColumn()
  id: string;

  @Index()
  @RefColumn()
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  expiresAt: Date;

  @TimestampColumn({ nullable: true })
  revokedAt: Date | null;

  /**
   * When the session was last used, to the minute (written at most once a minute, so
   * requests stay free of writes); null for sessions from before this was recorded, which
   * count from `createdAt`. A session unused for SESSION_IDLE_MINUTES is refused.
   */
  @TimestampColumn({ nullable: true })
  lastUsedAt: Date | null;
}

import { Column, Entity } from 'typeorm';
import type { RoleName } from '../../core/principal';
import { IdColumn, TimestampColumn } from '../../db/columns';

@Entity({ name: 'users' })
export class UserEntity {
  @IdColumn()
  id: string;

  /** Stored lower-cased; sign-in compares the lower-cased input. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  role: RoleName;

  /** argon2id PHC string. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}

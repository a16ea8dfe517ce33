import { Column, Entity } from 'typeorm';
import { IdColumn, TimestampColumn } from '../../db/columns';

@Entity({ name: 'reward_types' })
export class RewardTypeEntity {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  key: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  @Column({ type: 'boolean' })
  extensionEnabled: boolean;

  @Column({ type: 'int' })
  extensionDays: number;

  @Column({ type: 'boolean' })
  archived: boolean;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}

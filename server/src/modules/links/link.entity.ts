import { Column, Entity, Index } from 'typeorm';
import { ActorColumn, IdColumn, RefColumn, References, TimestampColumn } from '../../db/columns';

/**
 * A single-use Profile Portal link offering a reward's self-service extension. Only a hash of
 * its token is kept: the token itself is in the link the customer was sent, nowhere else.
 */
@Entity({ name: 'reward_extension_links' })
@Index(['tokenHash'], { unique: true })
@Index(['rewardId', 'usedAt'])
export class ExtensionLinkEntity {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @RefColumn()
  rewardId: string;

  @References('RewardEntity', 'rewardId')
  reward?: object;

  @RefColumn()
  profileId: string;

  @References('ProfileEntity', 'profileId')
  profile?: object;

  @TimestampColumn()
  createdAt: Date;

  @ActorColumn()
  createdBy: string;

  @TimestampColumn()
  expiresAt: Date;

  /** Set once, by the confirmation that extended the reward (a conditional update). */
  @TimestampColumn({ nullable: true })
  usedAt: Date | null;
}

import type { EntityManager } from 'typeorm';
import { ACTIVE_REWARD_SQL } from '../rewards/reward.sql';
import { RewardEntity } from '../rewards/reward.entity';
import { HoldAllocationEntity } from './hold-allocation.entity';
import { HoldEntity } from './hold.entity';

// Reads about what active holds reserve. A hold reserves only while ACTIVE and not lapsed:
// the instant expiresAt passes it stops counting, with no job involved.

const LIVE = "h.status = 'ACTIVE' AND h.expiresAt >= :now";

/** SQL for what live holds reserve on the reward aliased `r` (binds :now). */
export const RESERVED_ON_REWARD_SQL =
  '(SELECT COALESCE(SUM(ha.amount), 0) FROM hold_allocations ha ' +
  "INNER JOIN holds h ON h.id = ha.holdId WHERE ha.rewardId = r.id AND h.status = 'ACTIVE' " +
  'AND h.expiresAt >= :now)';

export interface HeldRow {
  profileId: string;
  currency: string;
  held: number;
}

/** Per profile and currency: the total live holds reserve. */
export async function heldByProfile(
  em: EntityManager,
  profileIds: readonly string[],
  now: Date,
): Promise<HeldRow[]> {
  if (!profileIds.length) return [];
  const rows = await em
    .createQueryBuilder(HoldEntity, 'h')
    .select('h.profileId', 'profileId')
    .addSelect('h.currency', 'currency')
    .addSelect('SUM(h.amount)', 'held')
    .where('h.profileId IN (:...ids)', { ids: [...profileIds] })
    .andWhere(LIVE, { now })
    .groupBy('h.profileId')
    .addGroupBy('h.currency')
    .getRawMany<{ profileId: string; currency: string; held: unknown }>();
  return rows.map((r) => ({ profileId: r.profileId, currency: r.currency, held: Number(r.held) }));
}

/** Whether a live hold reserves part of a reward (it may not be voided then). */
export async function isReserved(em: EntityManager, rewardId: string, now: Date): Promise<boolean> {
  const count = await em
    .createQueryBuilder(HoldAllocationEntity, 'ha')
    .innerJoin(HoldEntity, 'h', 'h.id = ha.holdId')
    .where('ha.rewardId = :rewardId', { rewardId })
    .andWhere(LIVE, { now })
    .getCount();
  return count > 0;
}

/** Per profile and currency: what live holds reserve on rewards that are ACTIVE now. */
export async function reservedOnActiveByProfile(
  em: EntityManager,
  profileIds: readonly string[],
  now: Date,
): Promise<HeldRow[]> {
  if (!profileIds.length) return [];
  const rows = await em
    .createQueryBuilder(HoldAllocationEntity, 'ha')
    .innerJoin(HoldEntity, 'h', 'h.id = ha.holdId')
    .innerJoin(RewardEntity, 'r', 'r.id = ha.rewardId')
    .select('h.profileId', 'profileId')
    .addSelect('r.currency', 'currency')
    .addSelect('SUM(ha.amount)', 'held')
    .where('h.profileId IN (:...ids)', { ids: [...profileIds] })
    .andWhere(LIVE, { now })
    .andWhere(ACTIVE_REWARD_SQL, { now })
    .groupBy('h.profileId')
    .addGroupBy('r.currency')
    .getRawMany<{ profileId: string; currency: string; held: unknown }>();
  return rows.map((r) => ({ profileId: r.profileId, currency: r.currency, held: Number(r.held) }));
}

import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { newId } from '../../core/ids';
import type { RequestContext } from '../../core/context';
import { rowsById, rowsByParent } from '../../core/loaders';
import { toNumber } from '../../db/raw';
import { HoldAllocationEntity } from './hold-allocation.entity';
import { HoldEntity } from './hold.entity';

// A hold reserves only while ACTIVE and not lapsed: the instant expiresAt passes it stops
// counting, with no job involved.
const LIVE = "h.status = 'ACTIVE' AND h.expiresAt >= :now";

/**
 * The reservation rule as SQL: what live holds reserve on the reward aliased `r` (binds
 * :now). The balance and the planner both subtract it, so they cannot disagree.
 */
const RESERVED_ON_REWARD_SQL =
  '(SELECT COALESCE(SUM(ha.amount), 0) FROM hold_allocations ha ' +
  "INNER JOIN holds h ON h.id = ha.holdId WHERE ha.rewardId = r.id AND h.status = 'ACTIVE' " +
  'AND h.expiresAt >= :now)';

export interface HeldRow {
  profileId: string;
  currency: string;
  held: number;
}

export interface NewHold {
  /** Made up front when the caller claims an idempotency key with it. */
  id?: string;
  profileId: string;
  currency: string;
  amount: number;
  expiresAt: Date;
  lineDiscounts: { lineId: string; amount: number }[];
  allocations: { rewardId: string; amount: number }[];
}

export type HoldRecord = HoldEntity;
export type HoldAllocationRecord = HoldAllocationEntity;

/** Checkout holds and what they reserve; the planner decides what to hold. */
export class HoldsService {
  readonly reservedOnRewardSql = RESERVED_ON_REWARD_SQL;

  isLive(hold: Pick<HoldEntity, 'status' | 'expiresAt'>, now: Date): boolean {
    return hold.status === 'ACTIVE' && hold.expiresAt.getTime() >= now.getTime();
  }

  /** A hold by id, batched per request. */
  load(ctx: RequestContext, id: string): Promise<HoldEntity> {
    return ctx.loaders
      .get(
        'holds.byId',
        rowsById((ids) => ctx.em.find(HoldEntity, { where: { id: In([...ids]) } }), 'hold'),
      )
      .load(id);
  }

  /** What a hold reserves, reward by reward in order of consumption; batched per request. */
  allocationsOf(ctx: RequestContext, holdId: string): Promise<HoldAllocationEntity[]> {
    return ctx.loaders
      .get(
        'holds.allocations',
        rowsByParent(
          (ids) =>
            ctx.em.find(HoldAllocationEntity, {
              where: { holdId: In([...ids]) },
              order: { position: 'ASC' },
            }),
          (a: HoldAllocationEntity) => a.holdId,
        ),
      )
      .load(holdId);
  }

  /** Re-reads a hold (inside a transaction, after the profile lock). */
  get(tx: RequestContext, id: string): Promise<HoldEntity> {
    return tx.em.findOneByOrFail(HoldEntity, { id });
  }

  /** The profile a hold belongs to, or null when there is no such hold. */
  async ownerOf(ctx: RequestContext, id: string): Promise<string | null> {
    const found = await ctx.em.findOne(HoldEntity, {
      where: { id },
      select: { id: true, profileId: true },
    });
    return found?.profileId ?? null;
  }

  /** A profile's holds, newest first; live ones only unless asked for all (at most 100). */
  list(ctx: RequestContext, profileId: string, liveOnly: boolean): Promise<HoldEntity[]> {
    const query = ctx.em
      .createQueryBuilder(HoldEntity, 'h')
      .where('h.profileId = :profileId', { profileId })
      .orderBy('h.id', 'DESC')
      .take(100);
    if (liveOnly) query.andWhere(LIVE, { now: ctx.now() });
    return query.getMany();
  }

  /** Per profile and currency: the total live holds reserve. */
  async heldByProfile(ctx: RequestContext, profileIds: readonly string[]): Promise<HeldRow[]> {
    if (!profileIds.length) return [];
    const rows = await this.heldQuery(ctx, profileIds).getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      profileId: String(r.profileId),
      currency: String(r.currency),
      held: toNumber(r.held),
    }));
  }

  /** What live holds reserve on one profile per currency, built on a subquery (binds :now). */
  heldFor(sub: SelectQueryBuilder<ObjectLiteral>, profileIdSql: string) {
    return sub
      .select('h.currency', 'currency')
      .addSelect('SUM(h.amount)', 'held')
      .from(HoldEntity, 'h')
      .where(`h.profileId = ${profileIdSql}`)
      .andWhere(LIVE)
      .groupBy('h.currency');
  }

  /** What live holds reserve per profile and currency (profileId, currency, held). */
  heldQuery(ctx: RequestContext, profileIds: readonly string[]) {
    return ctx.em
      .createQueryBuilder(HoldEntity, 'h')
      .select('h.profileId', 'profileId')
      .addSelect('h.currency', 'currency')
      .addSelect('SUM(h.amount)', 'held')
      .where('h.profileId IN (:...ids)', { ids: [...profileIds] })
      .andWhere(LIVE, { now: ctx.now() })
      .groupBy('h.profileId')
      .addGroupBy('h.currency');
  }

  /** Whether a live hold reserves part of a reward (it may not be voided then). */
  async isReserved(ctx: RequestContext, rewardId: string): Promise<boolean> {
    const count = await ctx.em
      .createQueryBuilder(HoldAllocationEntity, 'ha')
      .innerJoin(HoldEntity, 'h', 'h.id = ha.holdId')
      .where('ha.rewardId = :rewardId', { rewardId })
      .andWhere(LIVE, { now: ctx.now() })
      .getCount();
    return count > 0;
  }

  /** Writes a hold and what it reserves on each reward. */
  async create(tx: RequestContext, input: NewHold): Promise<HoldEntity> {
    const hold = tx.em.create(HoldEntity, {
      id: input.id ?? newId(),
      profileId: input.profileId,
      currency: input.currency,
      amount: input.amount,
      status: 'ACTIVE',
      expiresAt: input.expiresAt,
      lineDiscounts: input.lineDiscounts,
      createdAt: tx.now(),
      createdBy: tx.actor,
      closedAt: null,
      redemptionId: null,
    });
    const insert = () => tx.em.createQueryBuilder().insert();
    await insert().into(HoldEntity).values(hold).updateEntity(false).execute();
    await insert()
      .into(HoldAllocationEntity)
      .values(
        input.allocations.map((a, position) => ({
          id: newId(),
          holdId: hold.id,
          rewardId: a.rewardId,
          position,
          amount: a.amount,
        })),
      )
      .updateEntity(false)
      .execute();
    return hold;
  }

  /**
   * Closes an ACTIVE hold, guarded so a concurrent close cannot also succeed; a capture names
   * the redemption it becomes in the same statement.
   */
  async close(
    tx: RequestContext,
    hold: HoldEntity,
    status: 'CAPTURED' | 'RELEASED',
    redemptionId: string | null = null,
  ): Promise<HoldEntity> {
    const closedAt = tx.now();
    const result = await tx.em
      .createQueryBuilder()
      .update(HoldEntity)
      .set({ status, closedAt, ...(redemptionId ? { redemptionId } : {}) })
      .where("id = :id AND status = 'ACTIVE'", { id: hold.id })
      .execute();
    if (result.affected !== 1) throw new Error(`hold ${hold.id} closed concurrently`);
    return Object.assign(hold, { status, closedAt }, redemptionId ? { redemptionId } : {});
  }

  /** The held allocations of a hold, in order of consumption (inside its transaction). */
  heldAllocations(tx: RequestContext, holdId: string): Promise<HoldAllocationEntity[]> {
    return tx.em.find(HoldAllocationEntity, { where: { holdId }, order: { position: 'ASC' } });
  }
}

import { In } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { newId } from '../../core/ids';
import { rowsById, rowsByParent } from '../../core/loaders';
import type { ErrorResult } from '../../core/results';
import type { IdempotencyService } from '../idempotency';
import type { ProfileRecord, ProfilesService } from '../profiles';
import type { RewardsService } from '../rewards';
import { insertRows } from '../../db/prepared';
import { RedemptionAllocationEntity } from './redemption-allocation.entity';
import { RedemptionEntity } from './redemption.entity';

export interface TransactionRef {
  externalId?: string | null;
  receiptRef?: string | null;
  locationId?: string | null;
}

export interface RecorderDeps {
  rewards: RewardsService;
  profiles: ProfilesService;
  idempotency: IdempotencyService;
}

/**
 * The redemptions table and its allocations: written here only, for redeem and capture alike,
 * and read back by id. Also the one way a money-moving operation of this module runs once per
 * idempotency key under the profile's lock.
 */
export class Recorder {
  constructor(private readonly deps: RecorderDeps) {}

  /**
   * Writes a redemption, spends its allocations from their rewards and its ledger entries:
   * one multi-row statement per table, and nothing read back (the row is built here).
   */
  async record(
    tx: RequestContext,
    fields: {
      /** Made up front, so the idempotency key can be claimed with it first. */
      id: string;
      profileId: string;
      currency: string;
      requested: number;
      allocations: { rewardId: string; amount: number }[];
      lineDiscounts: { lineId: string; amount: number }[];
      transaction?: TransactionRef | null;
      holdId?: string | null;
    },
  ): Promise<RedemptionEntity> {
    const amount = fields.allocations.reduce((s, a) => s + a.amount, 0);
    const ref = fields.transaction ?? {};
    const redemption = tx.em.create(RedemptionEntity, {
      id: fields.id,
      profileId: fields.profileId,
      currency: fields.currency,
      status: 'COMPLETED',
      requested: fields.requested,
      amount,
      returned: 0,
      lineDiscounts: fields.lineDiscounts,
      transactionExternalId: ref.externalId?.trim() || null,
      receiptRef: ref.receiptRef?.trim() || null,
      locationId: ref.locationId?.trim() || null,
      holdId: fields.holdId ?? null,
      createdAt: tx.now(),
      createdBy: tx.actor,
      reversedAt: null,
    });
    await insertRows(tx.em, RedemptionEntity, [redemption]);
    const on = {
      profileId: fields.profileId,
      currency: fields.currency,
      redemptionId: redemption.id,
    };
    await this.deps.rewards.spend(tx, on, fields.allocations);
    await insertRows(
      tx.em,
      RedemptionAllocationEntity,
      fields.allocations.map((a, position) =>
        tx.em.create(RedemptionAllocationEntity, {
          id: newId(),
          redemptionId: redemption.id,
          rewardId: a.rewardId,
          position,
          amount: a.amount,
          returned: 0,
        }),
      ),
    );
    return redemption;
  }

  /** Runs `work` once per key (the same input gets the first result back), profile locked. */
  once<T extends { id: string }>(
    ctx: RequestContext,
    op: {
      operation: string;
      key: string;
      input: unknown;
      /** The profile to lock first; null when it is unknown (the work then refuses). */
      profileId: string | null;
      result: {
        type: string;
        load: (tx: RequestContext, id: string) => Promise<T>;
        /** The result's id when known up front: the key is then claimed with it first. */
        id?: string;
      };
      work: (tx: RequestContext, profile: ProfileRecord | null) => Promise<T | ErrorResult>;
    },
  ): Promise<T | ErrorResult> {
    return this.deps.idempotency.run<T, ProfileRecord>(ctx, {
      operation: op.operation,
      key: op.key,
      input: op.input,
      lockFirst: op.profileId ? this.deps.profiles.lock(op.profileId) : undefined,
      claim: op.result.id ? { type: op.result.type, id: op.result.id } : undefined,
      resultRef: (r) => ({ type: op.result.type, id: r.id }),
      load: (tx, ref) => op.result.load(tx, ref.id),
      work: op.work,
    });
  }

  /** Re-reads a redemption (inside a transaction, after the profile lock). */
  get(tx: RequestContext, id: string): Promise<RedemptionEntity> {
    return tx.em.findOneByOrFail(RedemptionEntity, { id });
  }

  /** A redemption by id, batched per request. */
  load(ctx: RequestContext, id: string): Promise<RedemptionEntity> {
    return ctx.loaders
      .get(
        'redemptions.byId',
        rowsById(
          (ids) => ctx.em.find(RedemptionEntity, { where: { id: In([...ids]) } }),
          'redemption',
        ),
      )
      .load(id);
  }

  /** Which rewards paid a redemption, in order of consumption; batched per request. */
  allocationsOf(ctx: RequestContext, redemptionId: string): Promise<RedemptionAllocationEntity[]> {
    return ctx.loaders
      .get(
        'redemptions.allocations',
        rowsByParent(
          (ids) =>
            ctx.em.find(RedemptionAllocationEntity, {
              where: { redemptionId: In([...ids]) },
              order: { position: 'ASC' },
            }),
          (a: RedemptionAllocationEntity) => a.redemptionId,
        ),
      )
      .load(redemptionId);
  }
}

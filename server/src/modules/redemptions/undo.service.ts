import type { RequestContext } from '../../core/context';
import type { EventBus } from '../../core/events';
import { Money } from '../../core/money';
import {
  ErrorResult,
  NotFoundError,
  ReturnExceedsRedemptionError,
  ReversalWindowClosedError,
} from '../../core/results';
import * as check from '../../core/validate';
import { underProfileLock } from '../profiles';
import type { RewardsService } from '../rewards';
import type { SettingsService } from '../settings';
import type { Recorder } from './recorder';
import { RedemptionAllocationEntity } from './redemption-allocation.entity';
import { RedemptionEntity } from './redemption.entity';
import { returnable, returnWalk, statusAfterReturn } from './return.rules';

declare module '../../core/events' {
  interface DomainEvents {
    /** A whole redemption was reversed (its value is back on its rewards). */
    'redemption.reversed': { redemption: RedemptionEntity; reason: string | null };
    /** Part or all of a redemption was returned; `amount` is this return's. */
    'redemption.returned': { redemption: RedemptionEntity; amount: number; reason: string | null };
  }
}

/** Undoing redemptions: reverse (all of it, soon after) and return (part or all, any time). */
export class UndoService {
  constructor(
    private readonly deps: { settings: SettingsService; rewards: RewardsService; events: EventBus },
    private readonly recorder: Recorder,
  ) {}

  private allocations(tx: RequestContext, redemptionId: string) {
    return tx.em.find(RedemptionAllocationEntity, {
      where: { redemptionId },
      order: { position: 'ASC' },
    });
  }

  async reverse(
    ctx: RequestContext,
    input: { redemptionId: string; reason?: string | null },
  ): Promise<RedemptionEntity | ErrorResult> {
    const reason = check.optionalText(input.reason, 'reason', 500, { multiline: true });
    const result = await underProfileLock<RedemptionEntity, RedemptionEntity | ErrorResult>(
      ctx,
      RedemptionEntity,
      input.redemptionId,
      async (tx, redemption) => {
        if (redemption.status === 'REVERSED') return redemption;
        const settings = await this.deps.settings.get(tx);
        const closesAt = redemption.createdAt.getTime() + settings.reversalWindowMinutes * 60_000;
        if (redemption.status !== 'COMPLETED') {
          return new ReversalWindowClosedError(
            'Part of this redemption was returned; return the rest instead.',
          );
        }
        if (tx.now().getTime() > closesAt) {
          return new ReversalWindowClosedError(
            `Redemptions can be reversed for ${settings.reversalWindowMinutes} minutes; return it instead.`,
          );
        }
        const guarded = await tx.em
          .createQueryBuilder()
          .update(RedemptionEntity)
          .set({ status: 'REVERSED', reversedAt: tx.now() })
          .where("id = :id AND status = 'COMPLETED'", { id: redemption.id })
          .execute();
        if (guarded.affected !== 1)
          throw new Error(`redemption ${redemption.id} changed concurrently`);
        const allocations = await this.allocations(tx, redemption.id);
        await this.deps.rewards.restore(
          tx,
          {
            profileId: redemption.profileId,
            currency: redemption.currency,
            redemptionId: redemption.id,
          },
          allocations.map((a) => ({ rewardId: a.rewardId, amount: a.amount })),
          { type: 'REVERSAL', reason, allowExpired: true },
        );
        Object.assign(redemption, { status: 'REVERSED', reversedAt: tx.now() });
        await this.deps.events.publish(tx, 'redemption.reversed', { redemption, reason });
        return redemption;
      },
    );
    return result ?? new NotFoundError('No such redemption.');
  }

  async returnPart(
    ctx: RequestContext,
    input: { redemptionId: string; amount: number; idempotencyKey: string; reason?: string | null },
  ): Promise<RedemptionEntity | ErrorResult> {
    const amount = check.positiveCents(input.amount, 'amount');
    const key = check.idempotencyKey(input.idempotencyKey);
    const reason = check.optionalText(input.reason, 'reason', 500, { multiline: true });
    const found = await ctx.em.findOne(RedemptionEntity, {
      where: { id: input.redemptionId },
      select: { id: true, profileId: true },
    });
    return this.recorder.once<RedemptionEntity>(ctx, {
      operation: 'returnRedemption',
      key,
      input: { redemptionId: input.redemptionId, amount, reason },
      profileId: found?.profileId ?? null,
      result: {
        type: 'Redemption',
        id: found?.id,
        load: (tx, id) => this.recorder.get(tx, id),
      },
      work: async (tx) => {
        if (!found) return new NotFoundError('No such redemption.');
        const redemption = await this.recorder.get(tx, found.id);
        const left = returnable(redemption);
        if (amount > left) {
          const error = new ReturnExceedsRedemptionError(`At most ${left} cents can be returned.`);
          error.returnable = Money.of(left, redemption.currency);
          return error;
        }
        const parts = returnWalk(await this.allocations(tx, redemption.id), amount);
        for (const part of parts) {
          await tx.em
            .createQueryBuilder()
            .update(RedemptionAllocationEntity)
            .set({ returned: () => `returned + ${part.amount}` })
            .where('id = :id', { id: part.allocationId })
            .execute();
        }
        await this.deps.rewards.restore(
          tx,
          {
            profileId: redemption.profileId,
            currency: redemption.currency,
            redemptionId: redemption.id,
          },
          parts,
          { type: 'RETURN', reason, allowExpired: false },
        );
        const returned = redemption.returned + amount;
        const status = statusAfterReturn(redemption.amount, returned);
        const guarded = await tx.em
          .createQueryBuilder()
          .update(RedemptionEntity)
          .set({ returned, status })
          .where('id = :id AND returned = :before', {
            id: redemption.id,
            before: redemption.returned,
          })
          .execute();
        if (guarded.affected !== 1)
          throw new Error(`redemption ${redemption.id} changed concurrently`);
        Object.assign(redemption, { returned, status });
        await this.deps.events.publish(tx, 'redemption.returned', { redemption, amount, reason });
        return redemption;
      },
    });
  }
}

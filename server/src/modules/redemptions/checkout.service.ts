import { newId } from '../../core/ids';
import type { RequestContext } from '../../core/context';
import { badInput } from '../../core/errors';
import { ErrorResult, HoldNotActiveError, NotFoundError } from '../../core/results';
import * as check from '../../core/validate';
import type { HoldRecord, HoldsService } from '../holds';
import type { ProfilesService } from '../profiles';
import type { SettingsService } from '../settings';
import type { Planner, SpendRequest } from './planner';
import { validateSpend, validateTransactionRef } from './planner';
import type { Recorder, TransactionRef } from './recorder';
import type { RedemptionEntity } from './redemption.entity';
import { apportion, takeInOrder } from './redemption.rules';

const MAX_TTL_SECONDS = 3600;

function notActive(hold: HoldRecord): HoldNotActiveError {
  return new HoldNotActiveError(
    `The hold is ${hold.status === 'ACTIVE' ? 'EXPIRED' : hold.status}.`,
  );
}

/** Two-step checkout: reserve balance with a hold, then capture it or release it. */
export class CheckoutService {
  constructor(
    private readonly deps: {
      settings: SettingsService;
      holds: HoldsService;
      profiles: ProfilesService;
    },
    private readonly planner: Planner,
    private readonly recorder: Recorder,
  ) {}

  async hold(
    ctx: RequestContext,
    req: SpendRequest & { idempotencyKey: string; ttlSeconds?: number | null },
  ): Promise<HoldRecord | ErrorResult> {
    validateSpend(req);
    const key = check.idempotencyKey(req.idempotencyKey);
    if (req.ttlSeconds != null) check.wholeNumber(req.ttlSeconds, 'ttlSeconds', 1, MAX_TTL_SECONDS);
    const id = newId();
    return this.recorder.once(ctx, {
      operation: 'holdRewards',
      key,
      input: { ...req, strict: req.strict ?? true, idempotencyKey: undefined },
      profileId: req.profileId,
      result: { type: 'RewardHold', id, load: (tx, id) => this.deps.holds.get(tx, id) },
      work: async (tx, profile) => {
        if (!profile) return new NotFoundError('No such profile.');
        const plan = await this.planner.plan(tx, req);
        if (!('amount' in plan.outcome)) return plan.outcome;
        const ttl = req.ttlSeconds ?? (await this.deps.settings.get(tx)).holdTtlSeconds;
        return this.deps.holds.create(tx, {
          id,
          profileId: profile.id,
          currency: plan.currency,
          amount: plan.outcome.amount,
          expiresAt: new Date(tx.now().getTime() + ttl * 1000),
          lineDiscounts: plan.lineDiscounts,
          allocations: plan.allocations,
        });
      },
    });
  }

  async capture(
    ctx: RequestContext,
    input: {
      holdId: string;
      amount?: number | null;
      idempotencyKey: string;
      transaction?: TransactionRef | null;
    },
  ): Promise<RedemptionEntity | ErrorResult> {
    const key = check.idempotencyKey(input.idempotencyKey);
    if (input.amount != null) check.positiveCents(input.amount, 'amount');
    if (input.transaction) validateTransactionRef(input.transaction);
    const profileId = await this.deps.holds.ownerOf(ctx, input.holdId);
    const id = newId();
    return this.recorder.once(ctx, {
      operation: 'captureHold',
      key,
      input: { ...input, idempotencyKey: undefined },
      profileId,
      result: { type: 'Redemption', id, load: (tx, id) => this.recorder.get(tx, id) },
      work: async (tx) => {
        if (!profileId) return new NotFoundError('No such hold.');
        const hold = await this.deps.holds.get(tx, input.holdId);
        if (!this.deps.holds.isLive(hold, tx.now())) return notActive(hold);
        const amount = input.amount ?? hold.amount;
        if (amount > hold.amount) {
          throw badInput(`amount is more than the ${hold.amount} cents held`, 'amount');
        }
        // The held allocations are honoured as reserved, even where a reward's own expiry
        // passed during the hold; capturing less takes them in the same order.
        const held = await this.deps.holds.heldAllocations(tx, hold.id);
        const allocations = takeInOrder(held, amount);
        const lineDiscounts = hold.lineDiscounts.length
          ? apportion(
              amount,
              hold.lineDiscounts.map((l) => ({ id: l.lineId, net: l.amount })),
            )
          : [];
        // Close first: the capture's own spending must not count this hold's reservation.
        await this.deps.holds.close(tx, hold, 'CAPTURED', id);
        const redemption = await this.recorder.record(tx, {
          id,
          profileId: hold.profileId,
          currency: hold.currency,
          requested: amount,
          allocations,
          lineDiscounts,
          transaction: input.transaction,
          holdId: hold.id,
        });
        return redemption;
      },
    });
  }

  async release(ctx: RequestContext, holdId: string): Promise<HoldRecord | ErrorResult> {
    const profileId = await this.deps.holds.ownerOf(ctx, holdId);
    if (!profileId) return new NotFoundError('No such hold.');
    return this.deps.profiles.underLock<HoldRecord | ErrorResult>(ctx, profileId, async (tx) => {
      const hold = await this.deps.holds.get(tx, holdId);
      if (!this.deps.holds.isLive(hold, tx.now())) return notActive(hold);
      return this.deps.holds.close(tx, hold, 'RELEASED');
    });
  }
}

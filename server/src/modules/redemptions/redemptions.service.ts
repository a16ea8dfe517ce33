import { newId } from '../../core/ids';
import type { RequestContext } from '../../core/context';
import { paginate } from '../../core/connections';
import { badInput } from '../../core/errors';
import type { EventBus } from '../../core/events';
import { ErrorResult, NotFoundError } from '../../core/results';
import * as check from '../../core/validate';
import type { HoldsService } from '../holds';
import type { IdempotencyService } from '../idempotency';
import type { ProfilesService } from '../profiles';
import type { RewardsService } from '../rewards';
import type { SettingsService } from '../settings';
import { CheckoutService } from './checkout.service';
import { Planner, SpendRequest, validateSpend } from './planner';
import { Recorder, TransactionRef } from './recorder';
import { RedemptionEntity } from './redemption.entity';
import { UndoService } from './undo.service';

export interface RedemptionsDeps {
  events: EventBus;
  settings: SettingsService;
  profiles: ProfilesService;
  rewards: RewardsService;
  holds: HoldsService;
  idempotency: IdempotencyService;
}

/**
 * Spending rewards without a cent spent twice: reads and redeem here, checkout holds in
 * `checkout`, reverse and return in `undo`. Every redemption row is written by the recorder.
 */
export class RedemptionsService {
  readonly recorder: Recorder;
  readonly planner: Planner;
  readonly checkout: CheckoutService;
  readonly undo: UndoService;

  constructor(deps: RedemptionsDeps) {
    this.recorder = new Recorder(deps);
    this.planner = new Planner(deps);
    this.checkout = new CheckoutService(deps, this.planner, this.recorder);
    this.undo = new UndoService(deps, this.recorder);
    this.profiles = deps.profiles;
  }

  private readonly profiles: ProfilesService;

  // ------------------------------------------------------------------ reads

  load(ctx: RequestContext, id: string) {
    return this.recorder.load(ctx, id);
  }

  allocationsOf(ctx: RequestContext, redemptionId: string) {
    return this.recorder.allocationsOf(ctx, redemptionId);
  }

  list(
    ctx: RequestContext,
    filter: {
      profileId?: string;
      transactionExternalId?: string | null;
      receiptRef?: string | null;
      locationId?: string | null;
      /** Only those this actor made. */
      createdBy?: string | null;
    },
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const query = ctx.em.createQueryBuilder(RedemptionEntity, 'red').where('1 = 1');
    if (filter.profileId)
      query.andWhere('red.profileId = :profileId', { profileId: filter.profileId });
    if (filter.transactionExternalId) {
      query.andWhere('red.transactionExternalId = :tx', {
        tx: filter.transactionExternalId.trim(),
      });
    }
    if (filter.receiptRef)
      query.andWhere('red.receiptRef = :receipt', { receipt: filter.receiptRef.trim() });
    if (filter.locationId)
      query.andWhere('red.locationId = :loc', { loc: filter.locationId.trim() });
    if (filter.createdBy) query.andWhere('red.createdBy = :by', { by: filter.createdBy });
    return paginate(query, 'red', first, after);
  }

  // ------------------------------------------------------------------ preview and redeem

  async preview(ctx: RequestContext, req: SpendRequest) {
    validateSpend(req);
    if (!(await this.profiles.exists(ctx, req.profileId))) {
      throw badInput(`No profile with id ${req.profileId}.`, 'profileId');
    }
    const plan = await this.planner.plan(ctx, { ...req, strict: false });
    return {
      currency: plan.currency,
      amount: 'amount' in plan.outcome ? plan.outcome.amount : 0,
      maxRedeemable: plan.maxRedeemable,
      eligibleSubtotal: plan.eligibleSubtotal,
      allocations: plan.allocations,
      lineDiscounts: plan.lineDiscounts,
    };
  }

  async redeem(
    ctx: RequestContext,
    req: SpendRequest & { idempotencyKey: string; transaction?: TransactionRef | null },
  ): Promise<RedemptionEntity | ErrorResult> {
    validateSpend(req);
    const key = check.idempotencyKey(req.idempotencyKey);
    const id = newId();
    return this.recorder.once(ctx, {
      operation: 'redeem',
      key,
      input: { ...req, strict: req.strict ?? true, idempotencyKey: undefined },
      profileId: req.profileId,
      result: { type: 'Redemption', id, load: (tx, id) => this.recorder.get(tx, id) },
      work: async (tx, profile) => {
        if (!profile) return new NotFoundError('No such profile.');
        const plan = await this.planner.plan(tx, req);
        if (!('amount' in plan.outcome)) return plan.outcome;
        return this.recorder.record(tx, {
          id,
          profileId: profile.id,
          currency: plan.currency,
          requested: req.amount,
          allocations: plan.allocations,
          lineDiscounts: plan.lineDiscounts,
          transaction: req.transaction,
        });
      },
    });
  }
}

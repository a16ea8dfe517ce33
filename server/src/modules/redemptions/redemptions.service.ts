import { In } from 'typeorm';
import {
  ErrorResult,
  HoldNotActiveError,
  InsufficientBalanceError,
  Money,
  NotFoundError,
  RedemptionPolicyError,
  ReturnExceedsRedemptionError,
  ReversalWindowClosedError,
} from '../../graphql/common.types';
import { badInput } from '../../graphql/errors';
import { paginate } from '../../graphql/pagination';
import { newId } from '../../lib/ids';
import type { RequestContext } from '../../lib/request-context';
import { computeExpiry } from '../../lib/time';
import * as check from '../../lib/validate';
import type { IdempotencyService } from '../idempotency';
import { underProfileLock } from '../profiles/profile-lock';
import { ProfileEntity } from '../profiles/profile.entity';
import type { LedgerChange, LedgerService } from '../rewards/ledger.service';
import { ACTIVE_REWARD_SQL } from '../rewards/reward.sql';
import { RewardEntity } from '../rewards/reward.entity';
import type { SettingsService } from '../settings';
import { HoldAllocationEntity } from './hold-allocation.entity';
import { HoldEntity } from './hold.entity';
import { toDate, toNumber } from '../../db/raw';
import { RESERVED_ON_REWARD_SQL } from './holds.queries';
import { RedemptionAllocationEntity } from './redemption-allocation.entity';
import { RedemptionEntity } from './redemption.entity';
import {
  allocate,
  apportion,
  Cart,
  cartProblem,
  decide,
  eligibleLines,
  policyCap,
  subtotal,
} from './redemption.rules';

export interface SpendRequest {
  profileId: string;
  amount: number;
  currency?: string | null;
  strict?: boolean | null;
  cart?: Cart | null;
}

export interface TransactionRef {
  externalId?: string | null;
  receiptRef?: string | null;
  locationId?: string | null;
}

interface Plan {
  currency: string;
  requested: number;
  eligibleSubtotal: number;
  maxRedeemable: number;
  outcome: { amount: number } | ErrorResult;
  allocations: { rewardId: string; amount: number }[];
  lineDiscounts: { lineId: string; amount: number }[];
}

const MAX_TTL_SECONDS = 3600;

/** Redeem, preview, holds, reverse and return: spending rewards without a cent spent twice. */
export class RedemptionsService {
  constructor(
    private readonly settings: SettingsService,
    private readonly ledger: LedgerService,
    private readonly idempotency: IdempotencyService,
  ) {}

  // ------------------------------------------------------------------ reads

  redemptionsByIds(ctx: RequestContext, ids: readonly string[]) {
    return ctx.em.find(RedemptionEntity, { where: { id: In([...ids]) } });
  }

  holdsByIds(ctx: RequestContext, ids: readonly string[]) {
    return ctx.em.find(HoldEntity, { where: { id: In([...ids]) } });
  }

  allocationsOf(ctx: RequestContext, redemptionIds: readonly string[]) {
    return ctx.em.find(RedemptionAllocationEntity, {
      where: { redemptionId: In([...redemptionIds]) },
      order: { position: 'ASC' },
    });
  }

  /** A profile's holds, newest first; live ones only unless asked for all (at most 100). */
  listHolds(ctx: RequestContext, profileId: string, liveOnly: boolean) {
    const query = ctx.em
      .createQueryBuilder(HoldEntity, 'h')
      .where('h.profileId = :profileId', { profileId })
      .orderBy('h.id', 'DESC')
      .take(100);
    if (liveOnly) query.andWhere("h.status = 'ACTIVE' AND h.expiresAt >= :now", { now: ctx.now() });
    return query.getMany();
  }

  holdAllocationsOf(ctx: RequestContext, holdIds: readonly string[]) {
    return ctx.em.find(HoldAllocationEntity, {
      where: { holdId: In([...holdIds]) },
      order: { position: 'ASC' },
    });
  }

  list(
    ctx: RequestContext,
    filter: {
      profileId?: string;
      transactionExternalId?: string | null;
      receiptRef?: string | null;
      locationId?: string | null;
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
    return paginate(query, 'red', first, after);
  }

  // ------------------------------------------------------------------ planning

  private validate(req: SpendRequest) {
    check.positiveCents(req.amount, 'amount');
    if (req.cart) {
      const problem = cartProblem(req.cart);
      if (problem) throw badInput(problem.message, problem.field);
    }
  }

  /** What a redemption or hold of this request would do now; writes nothing. */
  private async plan(tx: RequestContext, req: SpendRequest): Promise<Plan> {
    const settings = await this.settings.get(tx);
    const currency = req.currency ? check.currency(req.currency) : settings.defaultCurrency;
    const now = tx.now();
    const lines = req.cart ? eligibleLines(req.cart, settings.excludedCategories) : null;
    const eligibleSubtotal = lines ? subtotal(lines) : 0;
    const cap = policyCap(settings, lines ? eligibleSubtotal : null);

    // One query: the active rewards with what live holds reserve on each.
    const rows = await tx.em
      .createQueryBuilder(RewardEntity, 'r')
      .select('r.id', 'id')
      .addSelect('r.expiresAt', 'expiresAt')
      .addSelect('r.issuedAt', 'issuedAt')
      .addSelect('r.valueRemaining', 'valueRemaining')
      .addSelect(RESERVED_ON_REWARD_SQL, 'reserved')
      .where('r.profileId = :profileId AND r.currency = :currency', {
        profileId: req.profileId,
        currency,
      })
      .andWhere(ACTIVE_REWARD_SQL, { now })
      .getRawMany<Record<string, unknown>>();
    const spendable = rows.map((r) => ({
      id: String(r.id),
      expiresAt: toDate(r.expiresAt),
      issuedAt: toDate(r.issuedAt),
      available: Math.max(0, toNumber(r.valueRemaining) - toNumber(r.reserved)),
    }));
    const available = spendable.reduce((s, r) => s + r.available, 0);
    const maxRedeemable = Math.min(cap, available);
    const decision = decide(req.amount, req.strict ?? true, cap, available);

    let outcome: Plan['outcome'];
    if (decision.kind === 'policy') {
      const error = new RedemptionPolicyError(
        `The redemption policy allows at most ${decision.maxAllowed} cents here.`,
      );
      error.maxAllowed = Money.of(decision.maxAllowed, currency);
      outcome = error;
    } else if (decision.kind === 'insufficient') {
      const error = new InsufficientBalanceError(`The balance covers ${decision.available} cents.`);
      error.available = Money.of(decision.available, currency);
      outcome = error;
    } else {
      outcome = { amount: decision.amount };
    }
    const amount = 'amount' in outcome ? outcome.amount : 0;
    return {
      currency,
      requested: req.amount,
      eligibleSubtotal,
      maxRedeemable,
      outcome,
      allocations: amount ? allocate(amount, spendable) : [],
      lineDiscounts: lines && amount ? apportion(amount, lines) : [],
    };
  }

  async preview(ctx: RequestContext, req: SpendRequest) {
    this.validate(req);
    if (!(await ctx.em.exists(ProfileEntity, { where: { id: req.profileId } }))) {
      throw badInput(`No profile with id ${req.profileId}.`, 'profileId');
    }
    const plan = await this.plan(ctx, { ...req, strict: false });
    return {
      currency: plan.currency,
      amount: 'amount' in plan.outcome ? plan.outcome.amount : 0,
      maxRedeemable: plan.maxRedeemable,
      eligibleSubtotal: plan.eligibleSubtotal,
      allocations: plan.allocations,
      lineDiscounts: plan.lineDiscounts,
    };
  }

  // ------------------------------------------------------------------ spending

  /** Takes value from rewards; the WHERE clause is a second guard beside the profile lock. */
  private async spend(tx: RequestContext, allocations: { rewardId: string; amount: number }[]) {
    for (const a of allocations) {
      const result = await tx.em
        .createQueryBuilder()
        .update(RewardEntity)
        .set({ valueRemaining: () => `valueRemaining - ${a.amount}` })
        .where('id = :id AND valueRemaining >= :amount AND voidedAt IS NULL', {
          id: a.rewardId,
          amount: a.amount,
        })
        .execute();
      if (result.affected !== 1) throw new Error(`reward ${a.rewardId} cannot give ${a.amount}`);
    }
  }

  private async recordRedemption(
    tx: RequestContext,
    fields: {
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
      id: newId(),
      profileId: fields.profileId,
      currency: fields.currency,
      status: 'COMPLETED',
      requested: fields.requested,
      amount,
      returned: 0,
      lineDiscounts: fields.lineDiscounts,
      transactionExternalId: check.optionalText(ref.externalId, 'transaction.externalId', 100),
      receiptRef: check.optionalText(ref.receiptRef, 'transaction.receiptRef', 100),
      locationId: check.optionalText(ref.locationId, 'transaction.locationId', 100),
      holdId: fields.holdId ?? null,
      createdAt: tx.now(),
      createdBy: tx.actor,
      reversedAt: null,
    });
    await tx.em.insert(RedemptionEntity, redemption);
    await this.spend(tx, fields.allocations);
    await tx.em.insert(
      RedemptionAllocationEntity,
      fields.allocations.map((a, position) => ({
        id: newId(),
        redemptionId: redemption.id,
        rewardId: a.rewardId,
        position,
        amount: a.amount,
        returned: 0,
      })),
    );
    await this.ledger.append(
      tx,
      fields.allocations.map<LedgerChange>((a) => ({
        profileId: fields.profileId,
        currency: fields.currency,
        type: 'REDEEM',
        rewardId: a.rewardId,
        redemptionId: redemption.id,
        amount: -a.amount,
        reason: null,
      })),
    );
    return redemption;
  }

  async redeem(
    ctx: RequestContext,
    req: SpendRequest & { idempotencyKey: string; transaction?: TransactionRef | null },
  ): Promise<RedemptionEntity | ErrorResult> {
    this.validate(req);
    const key = check.idempotencyKey(req.idempotencyKey);
    return this.idempotency.run<RedemptionEntity, ProfileEntity>(ctx, {
      operation: 'redeem',
      key,
      input: { ...req, strict: req.strict ?? true, idempotencyKey: undefined },
      lockFirst: { entity: ProfileEntity, id: req.profileId },
      resultRef: (r) => ({ type: 'Redemption', id: r.id }),
      load: (tx, ref) => tx.em.findOneByOrFail(RedemptionEntity, { id: ref.id }),
      work: async (tx, profile) => {
        if (!profile) return new NotFoundError('No such profile.');
        const plan = await this.plan(tx, req);
        if (!('amount' in plan.outcome)) return plan.outcome;
        return this.recordRedemption(tx, {
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

  // ------------------------------------------------------------------ holds

  async hold(
    ctx: RequestContext,
    req: SpendRequest & { idempotencyKey: string; ttlSeconds?: number | null },
  ): Promise<HoldEntity | ErrorResult> {
    this.validate(req);
    const key = check.idempotencyKey(req.idempotencyKey);
    if (req.ttlSeconds != null) check.wholeNumber(req.ttlSeconds, 'ttlSeconds', 1, MAX_TTL_SECONDS);
    return this.idempotency.run<HoldEntity, ProfileEntity>(ctx, {
      operation: 'holdRewards',
      key,
      input: { ...req, strict: req.strict ?? true, idempotencyKey: undefined },
      lockFirst: { entity: ProfileEntity, id: req.profileId },
      resultRef: (h) => ({ type: 'RewardHold', id: h.id }),
      load: (tx, ref) => tx.em.findOneByOrFail(HoldEntity, { id: ref.id }),
      work: async (tx, profile) => {
        if (!profile) return new NotFoundError('No such profile.');
        const plan = await this.plan(tx, req);
        if (!('amount' in plan.outcome)) return plan.outcome;
        const ttl = req.ttlSeconds ?? (await this.settings.get(tx)).holdTtlSeconds;
        const now = tx.now();
        const hold = tx.em.create(HoldEntity, {
          id: newId(),
          profileId: profile.id,
          currency: plan.currency,
          amount: plan.outcome.amount,
          status: 'ACTIVE',
          expiresAt: new Date(now.getTime() + ttl * 1000),
          lineDiscounts: plan.lineDiscounts,
          createdAt: now,
          createdBy: tx.actor,
          closedAt: null,
          redemptionId: null,
        });
        await tx.em.insert(HoldEntity, hold);
        await tx.em.insert(
          HoldAllocationEntity,
          plan.allocations.map((a, position) => ({
            id: newId(),
            holdId: hold.id,
            rewardId: a.rewardId,
            position,
            amount: a.amount,
          })),
        );
        return hold;
      },
    });
  }

  private isLive(hold: HoldEntity, now: Date) {
    return hold.status === 'ACTIVE' && hold.expiresAt.getTime() >= now.getTime();
  }

  /** Closes an ACTIVE hold, guarded so a concurrent close cannot also succeed. */
  private async closeHold(
    tx: RequestContext,
    hold: HoldEntity,
    status: 'CAPTURED' | 'RELEASED',
    redemptionId: string | null,
  ) {
    const result = await tx.em
      .createQueryBuilder()
      .update(HoldEntity)
      .set({ status, closedAt: tx.now(), redemptionId })
      .where("id = :id AND status = 'ACTIVE'", { id: hold.id })
      .execute();
    if (result.affected !== 1) throw new Error(`hold ${hold.id} closed concurrently`);
    Object.assign(hold, { status, closedAt: tx.now(), redemptionId });
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
    const found = await ctx.em.findOne(HoldEntity, {
      where: { id: input.holdId },
      select: { id: true, profileId: true },
    });
    if (!found) return new NotFoundError('No such hold.');
    return this.idempotency.run<RedemptionEntity, ProfileEntity>(ctx, {
      operation: 'captureHold',
      key,
      input: { ...input, idempotencyKey: undefined },
      lockFirst: { entity: ProfileEntity, id: found.profileId },
      resultRef: (r) => ({ type: 'Redemption', id: r.id }),
      load: (tx, ref) => tx.em.findOneByOrFail(RedemptionEntity, { id: ref.id }),
      work: async (tx) => {
        const hold = await tx.em.findOneByOrFail(HoldEntity, { id: found.id });
        if (!this.isLive(hold, tx.now())) {
          return new HoldNotActiveError(
            `The hold is ${hold.status === 'ACTIVE' ? 'EXPIRED' : hold.status}.`,
          );
        }
        const amount = input.amount ?? hold.amount;
        if (amount > hold.amount) {
          throw badInput(`amount is more than the ${hold.amount} cents held`, 'amount');
        }
        // The held allocations are honoured as reserved, even where a reward's own expiry
        // passed during the hold; capturing less takes them in the same order.
        const held = await tx.em.find(HoldAllocationEntity, {
          where: { holdId: hold.id },
          order: { position: 'ASC' },
        });
        const allocations: { rewardId: string; amount: number }[] = [];
        let left = amount;
        for (const h of held) {
          if (left === 0) break;
          const take = Math.min(left, h.amount);
          allocations.push({ rewardId: h.rewardId, amount: take });
          left -= take;
        }
        const lineDiscounts = hold.lineDiscounts.length
          ? apportion(
              amount,
              hold.lineDiscounts.map((l) => ({ id: l.lineId, net: l.amount })),
            )
          : [];
        // Close first: the capture's own spending must not count this hold's reservation.
        await this.closeHold(tx, hold, 'CAPTURED', null);
        const redemption = await this.recordRedemption(tx, {
          profileId: hold.profileId,
          currency: hold.currency,
          requested: amount,
          allocations,
          lineDiscounts,
          transaction: input.transaction,
          holdId: hold.id,
        });
        await tx.em.update(HoldEntity, { id: hold.id }, { redemptionId: redemption.id });
        return redemption;
      },
    });
  }

  async release(ctx: RequestContext, holdId: string): Promise<HoldEntity | ErrorResult> {
    const result = await underProfileLock<HoldEntity, HoldEntity | ErrorResult>(
      ctx,
      HoldEntity,
      holdId,
      async (tx, hold) => {
        if (!this.isLive(hold, tx.now())) {
          return new HoldNotActiveError(
            `The hold is ${hold.status === 'ACTIVE' ? 'EXPIRED' : hold.status}.`,
          );
        }
        await this.closeHold(tx, hold, 'RELEASED', null);
        return hold;
      },
    );
    return result ?? new NotFoundError('No such hold.');
  }

  // ------------------------------------------------------------------ undoing

  /** A new reward carrying value that cannot go back to its own (expired or voided) reward. */
  private async returnReward(
    tx: RequestContext,
    original: RewardEntity,
    amount: number,
    reason: string | null,
  ) {
    const settings = await this.settings.get(tx);
    const now = tx.now();
    const reward = tx.em.create(RewardEntity, {
      id: newId(),
      profileId: original.profileId,
      definitionId: original.definitionId,
      typeId: original.typeId,
      currency: original.currency,
      valueInitial: amount,
      valueRemaining: amount,
      timezone: original.timezone,
      issuedAt: now,
      activatesAt: null,
      expiresAt: computeExpiry(
        now,
        original.timezone,
        Math.max(settings.returnGraceDays, 0),
        'DAYS',
      ),
      extendedAt: null,
      extensionCount: 0,
      voidedAt: null,
      source: 'RETURN',
      issuedBy: tx.actor,
      reason,
      meta: { returnedFrom: original.id },
    });
    await tx.em.insert(RewardEntity, reward);
    return reward;
  }

  /** Gives value back to a reward, or to a new RETURN reward when its own cannot hold it. */
  private async restore(
    tx: RequestContext,
    rewardId: string,
    amount: number,
    type: 'REVERSAL' | 'RETURN',
    redemption: RedemptionEntity,
    reason: string | null,
    allowExpired: boolean,
  ): Promise<LedgerChange> {
    const reward = await tx.em.findOneByOrFail(RewardEntity, { id: rewardId });
    const expired = reward.expiresAt.getTime() < tx.now().getTime();
    let target = reward.id;
    if (reward.voidedAt || (expired && !allowExpired)) {
      target = (await this.returnReward(tx, reward, amount, reason)).id;
    } else {
      await tx.em
        .createQueryBuilder()
        .update(RewardEntity)
        .set({ valueRemaining: () => `valueRemaining + ${amount}` })
        .where('id = :id AND voidedAt IS NULL', { id: reward.id })
        .execute();
    }
    return {
      profileId: redemption.profileId,
      currency: redemption.currency,
      type,
      rewardId: target,
      redemptionId: redemption.id,
      amount,
      reason,
    };
  }

  async reverse(
    ctx: RequestContext,
    input: { redemptionId: string; reason?: string | null },
  ): Promise<RedemptionEntity | ErrorResult> {
    const reason = check.optionalText(input.reason, 'reason', 500);
    const result = await underProfileLock<RedemptionEntity, RedemptionEntity | ErrorResult>(
      ctx,
      RedemptionEntity,
      input.redemptionId,
      async (tx, redemption) => {
        if (redemption.status === 'REVERSED') return redemption;
        const settings = await this.settings.get(tx);
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
        const allocations = await tx.em.find(RedemptionAllocationEntity, {
          where: { redemptionId: redemption.id },
          order: { position: 'ASC' },
        });
        const changes: LedgerChange[] = [];
        for (const a of allocations) {
          changes.push(
            await this.restore(tx, a.rewardId, a.amount, 'REVERSAL', redemption, reason, true),
          );
        }
        await this.ledger.append(tx, changes);
        return Object.assign(redemption, { status: 'REVERSED', reversedAt: tx.now() });
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
    const reason = check.optionalText(input.reason, 'reason', 500);
    const found = await ctx.em.findOne(RedemptionEntity, {
      where: { id: input.redemptionId },
      select: { id: true, profileId: true },
    });
    if (!found) return new NotFoundError('No such redemption.');
    return this.idempotency.run<RedemptionEntity, ProfileEntity>(ctx, {
      operation: 'returnRedemption',
      key,
      input: { redemptionId: found.id, amount, reason },
      lockFirst: { entity: ProfileEntity, id: found.profileId },
      resultRef: (r) => ({ type: 'Redemption', id: r.id }),
      load: (tx, ref) => tx.em.findOneByOrFail(RedemptionEntity, { id: ref.id }),
      work: async (tx) => {
        const redemption = await tx.em.findOneByOrFail(RedemptionEntity, { id: found.id });
        const returnable =
          redemption.status === 'REVERSED' ? 0 : redemption.amount - redemption.returned;
        if (amount > returnable) {
          const error = new ReturnExceedsRedemptionError(
            `At most ${returnable} cents can be returned.`,
          );
          error.returnable = Money.of(returnable, redemption.currency);
          return error;
        }
        const allocations = await tx.em.find(RedemptionAllocationEntity, {
          where: { redemptionId: redemption.id },
          order: { position: 'DESC' },
        });
        const changes: LedgerChange[] = [];
        let left = amount;
        // Latest-consumed (latest-expiring) first, so the nearest-expiring value stays spent.
        for (const a of allocations) {
          if (left === 0) break;
          const back = Math.min(left, a.amount - a.returned);
          if (back <= 0) continue;
          changes.push(
            await this.restore(tx, a.rewardId, back, 'RETURN', redemption, reason, false),
          );
          await tx.em.update(
            RedemptionAllocationEntity,
            { id: a.id },
            { returned: a.returned + back },
          );
          left -= back;
        }
        const returned = redemption.returned + amount;
        const status = returned === redemption.amount ? 'RETURNED' : 'PARTIALLY_RETURNED';
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
        await this.ledger.append(tx, changes);
        return Object.assign(redemption, { returned, status });
      },
    });
  }
}

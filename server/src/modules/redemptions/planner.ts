import type { RequestContext } from '../../core/context';
import { badInput } from '../../core/errors';
import { Money } from '../../core/money';
import { ErrorResult, InsufficientBalanceError, RedemptionPolicyError } from '../../core/results';
import * as check from '../../core/validate';
import type { RewardsService } from '../rewards';
import type { TransactionRef } from './recorder';
import type { SettingsService } from '../settings';
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

/** What a redemption or hold of a request would do now. */
export interface Plan {
  currency: string;
  requested: number;
  eligibleSubtotal: number;
  maxRedeemable: number;
  outcome: { amount: number } | ErrorResult;
  allocations: { rewardId: string; amount: number }[];
  lineDiscounts: { lineId: string; amount: number }[];
}

/** Checks a spend request's shape before anything else happens. */
export function validateSpend(req: SpendRequest & { transaction?: TransactionRef | null }): void {
  check.positiveCents(req.amount, 'amount');
  if (req.currency != null) check.currency(req.currency);
  if (req.transaction) validateTransactionRef(req.transaction);
  if (req.cart) {
    const problem = cartProblem(req.cart);
    if (problem) throw badInput(problem.message, problem.field);
  }
}

/** The checkout's references to the sale: the brand's ids, each at most 100 characters. */
export function validateTransactionRef(ref: TransactionRef): TransactionRef {
  return {
    externalId: check.optionalText(ref.externalId, 'transaction.externalId', 100),
    receiptRef: check.optionalText(ref.receiptRef, 'transaction.receiptRef', 100),
    locationId: check.optionalText(ref.locationId, 'transaction.locationId', 100),
  };
}

/**
 * Plans a redemption or hold: the cart's eligible lines and the policy cap, the spendable
 * rewards (by the balance rule), the strict / not-strict decision, which rewards pay and how
 * the amount spreads over the lines. Reads only; the caller writes.
 */
export class Planner {
  constructor(private readonly deps: { settings: SettingsService; rewards: RewardsService }) {}

  async plan(tx: RequestContext, req: SpendRequest): Promise<Plan> {
    const settings = await this.deps.settings.get(tx);
    const currency = req.currency ? check.currency(req.currency) : settings.defaultCurrency;
    const lines = req.cart ? eligibleLines(req.cart, settings.excludedCategories) : null;
    const eligibleSubtotal = lines ? subtotal(lines) : 0;
    const cap = policyCap(settings, lines ? eligibleSubtotal : null);

    const spendable = await this.deps.rewards.spendable(tx, req.profileId, currency);
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
}

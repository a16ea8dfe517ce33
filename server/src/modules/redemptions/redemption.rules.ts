import { CONTROL } from '../../core/validate';

// Pure redemption rules: cart eligibility, policy caps, the amount decision, allocation over
// rewards (nearest expiry first) and apportionment over cart lines. No I/O.

export interface CartLine {
  id: string;
  sku?: string | null;
  category?: string | null;
  quantity: number;
  unitPrice: number;
  discount?: number | null;
}

export interface Cart {
  lines: CartLine[];
  shipping?: number | null;
}

export interface Policy {
  excludedCategories: string[];
  minimumSpend: number;
  maxRedemptionPercent: number | null;
  maxRedemptionAmount: number | null;
}

export interface EligibleLine {
  id: string;
  net: number;
}

/** The most lines one cart may have. */
export const MAX_CART_LINES = 500;
/** The most units of one line. */
export const MAX_LINE_QUANTITY = 100_000;
/**
 * The most a line (quantity × unit price) and the whole cart may total, in cents: ten billion
 * dollars. Every sum and product of a valid cart stays a safe integer.
 */
export const MAX_CART_TOTAL = 1_000_000_000_000;
const MAX_CENTS = 2_147_483_647;
const MAX_LINE_TEXT = 64;

function lineText(value: string | null | undefined, name: string, line: string) {
  if (value == null) return null;
  if (value.length > MAX_LINE_TEXT || CONTROL.test(value)) {
    return {
      message: `line '${line.slice(0, MAX_LINE_TEXT)}': ${name} must be at most ${MAX_LINE_TEXT} characters without control characters`,
      field: `cart.lines.${name}`,
    };
  }
  return null;
}

/** Why a cart is malformed, or null when it is fine. */
export function cartProblem(cart: Cart): { message: string; field: string } | null {
  if (cart.lines.length > MAX_CART_LINES)
    return { message: `a cart may have at most ${MAX_CART_LINES} lines`, field: 'cart' };
  const ids = new Set<string>();
  let total = 0;
  for (const line of cart.lines) {
    if (!line.id.trim()) return { message: 'every cart line needs an id', field: 'cart.lines.id' };
    const text =
      lineText(line.id, 'id', line.id) ??
      lineText(line.sku, 'sku', line.id) ??
      lineText(line.category, 'category', line.id);
    if (text) return text;
    if (ids.has(line.id)) {
      return { message: `cart line id '${line.id}' appears twice`, field: 'cart.lines.id' };
    }
    ids.add(line.id);
    if (
      !Number.isInteger(line.quantity) ||
      line.quantity <= 0 ||
      line.quantity > MAX_LINE_QUANTITY
    ) {
      return {
        message: `line '${line.id}': quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}`,
        field: 'cart.lines.quantity',
      };
    }
    if (!Number.isInteger(line.unitPrice) || line.unitPrice < 0 || line.unitPrice > MAX_CENTS) {
      return {
        message: `line '${line.id}': unitPrice must be zero or more cents (at most ${MAX_CENTS})`,
        field: 'cart.lines.unitPrice',
      };
    }
    const lineTotal = line.quantity * line.unitPrice;
    if (lineTotal > MAX_CART_TOTAL) {
      return {
        message: `line '${line.id}': quantity × unitPrice must be at most ${MAX_CART_TOTAL} cents`,
        field: 'cart.lines.quantity',
      };
    }
    const discount = line.discount ?? 0;
    if (!Number.isInteger(discount) || discount < 0 || discount > MAX_CENTS) {
      return {
        message: `line '${line.id}': discount must be zero or more cents (at most ${MAX_CENTS})`,
        field: 'cart.lines.discount',
      };
    }
    if (discount > lineTotal) {
      return {
        message: `line '${line.id}': discount exceeds the line's price`,
        field: 'cart.lines.discount',
      };
    }
    total += lineTotal;
  }
  const shipping = cart.shipping ?? 0;
  if (!Number.isInteger(shipping) || shipping < 0 || shipping > MAX_CENTS) {
    return {
      message: `shipping must be zero or more cents (at most ${MAX_CENTS})`,
      field: 'cart.shipping',
    };
  }
  if (total + shipping > MAX_CART_TOTAL) {
    return { message: `the cart may total at most ${MAX_CART_TOTAL} cents`, field: 'cart' };
  }
  return null;
}

/** Lines rewards may pay for, each net of its benefit discount: never excluded categories or shipping. */
export function eligibleLines(cart: Cart, excludedCategories: string[]): EligibleLine[] {
  const excluded = new Set(excludedCategories.map((c) => c.toLowerCase()));
  return cart.lines
    .filter((l) => !excluded.has((l.category ?? '').trim().toLowerCase()))
    .map((l) => ({ id: l.id, net: Math.max(0, l.quantity * l.unitPrice - (l.discount ?? 0)) }));
}

export function subtotal(lines: EligibleLine[]): number {
  return lines.reduce((s, l) => s + l.net, 0);
}

/** The most one redemption may take under the policy (Infinity when nothing caps it). */
export function policyCap(policy: Policy, eligibleSubtotal: number | null): number {
  let cap = Number.POSITIVE_INFINITY;
  if (policy.maxRedemptionAmount != null) cap = Math.min(cap, policy.maxRedemptionAmount);
  // A minimum spend can only be checked against a cart; without one nothing may be redeemed,
  // so leaving the cart out is never a way around the brand's rule.
  if (eligibleSubtotal == null && policy.minimumSpend > 0) return 0;
  if (eligibleSubtotal != null) {
    if (eligibleSubtotal < policy.minimumSpend) return 0;
    // Rewards are a discount: never more than what they may pay for.
    cap = Math.min(cap, eligibleSubtotal);
    if (policy.maxRedemptionPercent != null) {
      cap = Math.min(cap, Math.floor((eligibleSubtotal * policy.maxRedemptionPercent) / 100));
    }
  }
  return cap;
}

export type Decision =
  | { kind: 'ok'; amount: number }
  | { kind: 'policy'; maxAllowed: number }
  | { kind: 'insufficient'; available: number };

/**
 * DOMAIN.md: strict redeems exactly the amount or fails (the policy first, then the
 * balance); not strict redeems min(amount, cap, available), failing the same ways at 0.
 */
export function decide(amount: number, strict: boolean, cap: number, available: number): Decision {
  const maxAllowed = Number.isFinite(cap) ? cap : amount;
  if (strict) {
    if (amount > cap) return { kind: 'policy', maxAllowed };
    if (amount > available) return { kind: 'insufficient', available };
    return { kind: 'ok', amount };
  }
  const take = Math.min(amount, cap, available);
  if (take > 0) return { kind: 'ok', amount: take };
  if (cap <= 0) return { kind: 'policy', maxAllowed: 0 };
  return { kind: 'insufficient', available };
}

export interface Spendable {
  id: string;
  expiresAt: Date;
  issuedAt: Date;
  /** What it can give now: value remaining less what active holds reserve. */
  available: number;
}

/** Nearest expiry first, then earliest issued, then id. */
export function byConsumptionOrder(a: Spendable, b: Spendable): number {
  return (
    a.expiresAt.getTime() - b.expiresAt.getTime() ||
    a.issuedAt.getTime() - b.issuedAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Draws the amount from rewards in consumption order; each gives what it has. */
export function allocate(
  amount: number,
  rewards: Spendable[],
): { rewardId: string; amount: number }[] {
  const out: { rewardId: string; amount: number }[] = [];
  let left = amount;
  for (const r of [...rewards].sort(byConsumptionOrder)) {
    if (left <= 0) break;
    const take = Math.min(left, r.available);
    if (take > 0) {
      out.push({ rewardId: r.id, amount: take });
      left -= take;
    }
  }
  if (left > 0) throw new Error(`cannot allocate ${amount}: ${left} short`);
  return out;
}

/**
 * Spreads the amount over lines in proportion to their net amounts, in whole cents, by the
 * largest-remainder method (ties to the earlier line). The parts sum exactly to the amount
 * and no line gets more than its net. BigInt keeps amount × net exact.
 */
export function apportion(
  amount: number,
  lines: EligibleLine[],
): { lineId: string; amount: number }[] {
  const total = subtotal(lines);
  if (amount > total) throw new Error(`cannot apportion ${amount} over ${total}`);
  if (amount === 0 || total === 0) return lines.map((l) => ({ lineId: l.id, amount: 0 }));
  const a = BigInt(amount);
  const t = BigInt(total);
  const parts = lines.map((l, index) => {
    const exact = a * BigInt(l.net);
    return { index, base: Number(exact / t), remainder: exact % t };
  });
  let left = amount - parts.reduce((s, p) => s + p.base, 0);
  const order = [...parts].sort((x, y) =>
    x.remainder === y.remainder ? x.index - y.index : x.remainder > y.remainder ? -1 : 1,
  );
  for (const p of order) {
    if (left === 0) break;
    p.base += 1;
    left -= 1;
  }
  return lines.map((l, i) => ({ lineId: l.id, amount: parts[i].base }));
}

/**
 * Capturing part of a hold: takes `amount` from the held allocations in their order (the
 * order the hold reserved them, nearest expiry first), each giving at most what it holds.
 */
export function takeInOrder(
  held: { rewardId: string; amount: number }[],
  amount: number,
): { rewardId: string; amount: number }[] {
  const total = held.reduce((s, h) => s + h.amount, 0);
  if (amount > total) throw new Error(`cannot take ${amount} from ${total} held`);
  const out: { rewardId: string; amount: number }[] = [];
  let left = amount;
  for (const h of held) {
    if (left === 0) break;
    const take = Math.min(left, h.amount);
    if (take > 0) out.push({ rewardId: h.rewardId, amount: take });
    left -= take;
  }
  return out;
}

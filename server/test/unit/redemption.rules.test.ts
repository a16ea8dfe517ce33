import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  apportion,
  cartProblem,
  decide,
  eligibleLines,
  policyCap,
  subtotal,
} from '../../src/modules/redemptions/redemption.rules';

const policy = {
  excludedCategories: ['gift-card', 'shipping'],
  minimumSpend: 0,
  maxRedemptionPercent: null,
  maxRedemptionAmount: null,
};

describe('cart eligibility', () => {
  it('leaves out excluded categories (in any case) and nets benefit discounts', () => {
    const lines = eligibleLines(
      {
        lines: [
          { id: 'a', category: 'apparel', quantity: 2, unitPrice: 2500, discount: 500 },
          { id: 'b', category: 'Gift-Card', quantity: 1, unitPrice: 5000 },
          { id: 'c', quantity: 1, unitPrice: 999 },
        ],
        shipping: 1000,
      },
      policy.excludedCategories,
    );
    expect(lines).toEqual([
      { id: 'a', net: 4500 },
      { id: 'c', net: 999 },
    ]);
    expect(subtotal(lines)).toBe(5499);
  });

  it.each([
    [
      {
        lines: [
          { id: 'a', quantity: 1, unitPrice: 100 },
          { id: 'a', quantity: 1, unitPrice: 100 },
        ],
      },
      /twice/,
    ],
    [{ lines: [{ id: 'a', quantity: 0, unitPrice: 100 }] }, /quantity/],
    [{ lines: [{ id: 'a', quantity: 1, unitPrice: -1 }] }, /unitPrice/],
    [{ lines: [{ id: 'a', quantity: 1, unitPrice: 100, discount: 101 }] }, /exceeds/],
    [{ lines: [{ id: 'a', quantity: 1, unitPrice: 100, discount: -1 }] }, /discount/],
    [{ lines: [{ id: ' ', quantity: 1, unitPrice: 100 }] }, /id/],
    [{ lines: [], shipping: -5 }, /shipping/],
  ])('finds %o malformed', (cart, reason) => {
    expect(cartProblem(cart)?.message).toMatch(reason);
  });
});

describe('the policy cap', () => {
  it('is unlimited without a cart or caps', () => {
    expect(policyCap(policy, null)).toBe(Infinity);
  });
  it('is the eligible subtotal with a cart, and the smaller of the caps', () => {
    expect(policyCap(policy, 5000)).toBe(5000);
    expect(policyCap({ ...policy, maxRedemptionPercent: 50 }, 5001)).toBe(2500);
    expect(
      policyCap({ ...policy, maxRedemptionAmount: 2000, maxRedemptionPercent: 50 }, 5000),
    ).toBe(2000);
    expect(policyCap({ ...policy, maxRedemptionAmount: 2000 }, null)).toBe(2000);
  });
  it('is zero when a minimum spend is set and no cart is given', () => {
    expect(policyCap({ ...policy, minimumSpend: 1 }, null)).toBe(0);
  });
  it('is zero below the minimum spend', () => {
    expect(policyCap({ ...policy, minimumSpend: 3000 }, 2999)).toBe(0);
    expect(policyCap({ ...policy, minimumSpend: 3000 }, 3000)).toBe(3000);
  });
});

describe('deciding the amount', () => {
  it('strict: the policy first, then the balance', () => {
    expect(decide(1000, true, 500, 200)).toEqual({ kind: 'policy', maxAllowed: 500 });
    expect(decide(400, true, 500, 200)).toEqual({ kind: 'insufficient', available: 200 });
    expect(decide(200, true, 500, 200)).toEqual({ kind: 'ok', amount: 200 });
  });
  it('not strict: as much as allowed, failing the same ways at zero', () => {
    expect(decide(1000, false, 500, 700)).toEqual({ kind: 'ok', amount: 500 });
    expect(decide(1000, false, Infinity, 700)).toEqual({ kind: 'ok', amount: 700 });
    expect(decide(1000, false, 0, 700)).toEqual({ kind: 'policy', maxAllowed: 0 });
    expect(decide(1000, false, 500, 0)).toEqual({ kind: 'insufficient', available: 0 });
  });
});

describe('allocation', () => {
  const d = (s: string) => new Date(s);
  it('takes nearest expiry first, then earliest issued, then id', () => {
    const rewards = [
      { id: 'c', expiresAt: d('2026-03-01'), issuedAt: d('2026-01-02'), available: 500 },
      { id: 'a', expiresAt: d('2026-02-01'), issuedAt: d('2026-01-01'), available: 300 },
      { id: 'b', expiresAt: d('2026-03-01'), issuedAt: d('2026-01-01'), available: 400 },
      { id: 'd', expiresAt: d('2026-03-01'), issuedAt: d('2026-01-02'), available: 100 },
    ];
    expect(allocate(1000, rewards)).toEqual([
      { rewardId: 'a', amount: 300 },
      { rewardId: 'b', amount: 400 },
      { rewardId: 'c', amount: 300 },
    ]);
  });
  it('skips rewards that have nothing to give', () => {
    const rewards = [
      { id: 'a', expiresAt: d('2026-02-01'), issuedAt: d('2026-01-01'), available: 0 },
      { id: 'b', expiresAt: d('2026-03-01'), issuedAt: d('2026-01-01'), available: 50 },
    ];
    expect(allocate(50, rewards)).toEqual([{ rewardId: 'b', amount: 50 }]);
  });
});

describe('apportionment', () => {
  it('spreads by largest remainder with ties to the earlier line', () => {
    expect(
      apportion(100, [
        { id: 'a', net: 300 },
        { id: 'b', net: 300 },
        { id: 'c', net: 300 },
      ]),
    ).toEqual([
      { lineId: 'a', amount: 34 },
      { lineId: 'b', amount: 33 },
      { lineId: 'c', amount: 33 },
    ]);
    // 1000 × (100, 200, 701) / 1001: remainders favour the larger remainder, not the line order.
    expect(
      apportion(1000, [
        { id: 'a', net: 100 },
        { id: 'b', net: 200 },
        { id: 'c', net: 701 },
      ]),
    ).toEqual([
      { lineId: 'a', amount: 100 },
      { lineId: 'b', amount: 200 },
      { lineId: 'c', amount: 700 },
    ]);
  });

  it('gives a line exactly its share when the amount is the whole subtotal', () => {
    expect(
      apportion(300, [
        { id: 'a', net: 100 },
        { id: 'b', net: 200 },
      ]),
    ).toEqual([
      { lineId: 'a', amount: 100 },
      { lineId: 'b', amount: 200 },
    ]);
  });

  const lineSet = fc.array(fc.nat({ max: 2_000_000_000 }), { minLength: 1, maxLength: 30 });
  it('always sums to the amount and never exceeds a line, for random carts', () => {
    fc.assert(
      fc.property(lineSet, fc.double({ min: 0, max: 1, noNaN: true }), (nets, fraction) => {
        const lines = nets.map((net, i) => ({ id: `l${i}`, net }));
        const total = subtotal(lines);
        const amount = Math.min(2_147_483_647, Math.floor(total * fraction));
        const parts = apportion(amount, lines);
        expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(amount);
        parts.forEach((p, i) => {
          expect(p.amount).toBeGreaterThanOrEqual(0);
          expect(p.amount).toBeLessThanOrEqual(lines[i].net);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('allocates exactly the amount from random balances without overdrawing a reward', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ available: fc.nat({ max: 100_000 }), days: fc.nat({ max: 400 }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (specs, fraction) => {
          const rewards = specs.map((s, i) => ({
            id: `r${String(i).padStart(2, '0')}`,
            expiresAt: new Date(Date.UTC(2027, 0, 1 + s.days)),
            issuedAt: new Date(Date.UTC(2026, 0, 1)),
            available: s.available,
          }));
          const total = rewards.reduce((s, r) => s + r.available, 0);
          const amount = Math.floor(total * fraction);
          const taken = allocate(amount, rewards);
          expect(taken.reduce((s, t) => s + t.amount, 0)).toBe(amount);
          for (const t of taken) {
            expect(t.amount).toBeLessThanOrEqual(
              rewards.find((r) => r.id === t.rewardId)!.available,
            );
          }
          // Nothing later-expiring is touched while an earlier one still had value.
          const used = taken.map((t) => rewards.find((r) => r.id === t.rewardId)!);
          for (let i = 0; i + 1 < used.length; i++) {
            expect(used[i].expiresAt.getTime()).toBeLessThanOrEqual(
              used[i + 1].expiresAt.getTime(),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { takeInOrder } from '../../src/modules/redemptions/redemption.rules';
import {
  returnable,
  returnWalk,
  statusAfterReturn,
} from '../../src/modules/redemptions/return.rules';

describe('capturing part of a hold', () => {
  const held = [
    { rewardId: 'near', amount: 300 },
    { rewardId: 'mid', amount: 500 },
    { rewardId: 'far', amount: 200 },
  ];

  it('takes the held rewards in the order they were reserved, nearest expiry first', () => {
    expect(takeInOrder(held, 650)).toEqual([
      { rewardId: 'near', amount: 300 },
      { rewardId: 'mid', amount: 350 },
    ]);
  });

  it('takes everything held when capturing the whole hold', () => {
    expect(takeInOrder(held, 1000)).toEqual(held);
  });

  it('never takes more than is held', () => {
    expect(() => takeInOrder(held, 1001)).toThrow(/cannot take 1001 from 1000/);
  });

  it('always takes exactly the amount, each reward at most what it holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (amounts, share) => {
          const rows = amounts.map((amount, i) => ({ rewardId: `r${i}`, amount }));
          const total = amounts.reduce((s, a) => s + a, 0);
          const amount = Math.max(1, Math.floor(total * share));
          const parts = takeInOrder(rows, amount);
          expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(amount);
          parts.forEach((p, i) => expect(p.amount).toBeLessThanOrEqual(rows[i].amount));
          // Only the last reward drawn may give less than it holds.
          parts.slice(0, -1).forEach((p, i) => expect(p.amount).toBe(rows[i].amount));
        },
      ),
    );
  });
});

describe('returning part of a redemption', () => {
  const allocations = [
    { id: 'a0', rewardId: 'near', position: 0, amount: 300, returned: 0 },
    { id: 'a1', rewardId: 'mid', position: 1, amount: 500, returned: 0 },
    { id: 'a2', rewardId: 'far', position: 2, amount: 200, returned: 0 },
  ];

  it('gives back to the latest-consumed allocation first, so near-expiry value stays spent', () => {
    expect(returnWalk(allocations, 450)).toEqual([
      { allocationId: 'a2', rewardId: 'far', amount: 200 },
      { allocationId: 'a1', rewardId: 'mid', amount: 250 },
    ]);
  });

  it('skips what earlier returns already gave back', () => {
    const after = allocations.map((a) =>
      a.id === 'a2' ? { ...a, returned: 200 } : a.id === 'a1' ? { ...a, returned: 100 } : a,
    );
    expect(returnWalk(after, 500)).toEqual([
      { allocationId: 'a1', rewardId: 'mid', amount: 400 },
      { allocationId: 'a0', rewardId: 'near', amount: 100 },
    ]);
  });

  it('does not depend on the order the allocations are read in', () => {
    expect(returnWalk([...allocations].reverse(), 450)).toEqual(returnWalk(allocations, 450));
  });

  it('refuses to give back more than was taken', () => {
    expect(() => returnWalk(allocations, 1001)).toThrow(/1 more than was taken/);
  });

  it('knows what is left to return and the status a return leaves', () => {
    expect(returnable({ status: 'COMPLETED', amount: 1000, returned: 0 })).toBe(1000);
    expect(returnable({ status: 'PARTIALLY_RETURNED', amount: 1000, returned: 400 })).toBe(600);
    expect(returnable({ status: 'REVERSED', amount: 1000, returned: 0 })).toBe(0);
    expect(statusAfterReturn(1000, 400)).toBe('PARTIALLY_RETURNED');
    expect(statusAfterReturn(1000, 1000)).toBe('RETURNED');
  });

  it('returns exactly the amount over any history of earlier returns', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 5_000 }), fc.double({ min: 0, max: 1, noNaN: true })),
          { minLength: 1, maxLength: 8 },
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, share) => {
          const allocs = rows.map(([amount, done], i) => ({
            id: `a${i}`,
            rewardId: `r${i}`,
            position: i,
            amount,
            returned: Math.floor(amount * done),
          }));
          const left = allocs.reduce((s, a) => s + a.amount - a.returned, 0);
          fc.pre(left > 0);
          const amount = Math.max(1, Math.floor(left * share));
          const parts = returnWalk(allocs, amount);
          expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(amount);
          for (const p of parts) {
            const a = allocs.find((x) => x.id === p.allocationId)!;
            expect(p.amount).toBeLessThanOrEqual(a.amount - a.returned);
          }
          // Positions are visited from the last consumed backwards.
          const positions = parts.map((p) => allocs.find((x) => x.id === p.allocationId)!.position);
          expect(positions).toEqual([...positions].sort((x, y) => y - x));
        },
      ),
    );
  });
});

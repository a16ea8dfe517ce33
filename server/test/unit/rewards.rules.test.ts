import { describe, expect, it } from 'vitest';
import { checkManagerLimits, rewardStatus, utcDay } from '../../src/modules/rewards/rewards.rules';

const now = new Date('2026-06-15T12:00:00.000Z');
const base = {
  voidedAt: null,
  valueRemaining: 500,
  expiresAt: new Date('2026-07-01T00:00:00Z'),
  activatesAt: null,
};

describe('reward status', () => {
  it('is ACTIVE while value remains before expiry', () => {
    expect(rewardStatus(base, now)).toBe('ACTIVE');
  });

  it('is still ACTIVE at the exact expiry instant and EXPIRED one millisecond later', () => {
    const expiresAt = new Date(now.getTime());
    expect(rewardStatus({ ...base, expiresAt }, now)).toBe('ACTIVE');
    expect(rewardStatus({ ...base, expiresAt: new Date(now.getTime() - 1) }, now)).toBe('EXPIRED');
  });

  it('is PENDING before activation and ACTIVE from the activation instant', () => {
    expect(rewardStatus({ ...base, activatesAt: new Date(now.getTime() + 1) }, now)).toBe(
      'PENDING',
    );
    expect(rewardStatus({ ...base, activatesAt: now }, now)).toBe('ACTIVE');
  });

  it('puts VOIDED before USED before EXPIRED before PENDING', () => {
    const past = new Date(now.getTime() - 1);
    const future = new Date(now.getTime() + 1);
    expect(
      rewardStatus(
        { voidedAt: past, valueRemaining: 0, expiresAt: past, activatesAt: future },
        now,
      ),
    ).toBe('VOIDED');
    expect(
      rewardStatus(
        { voidedAt: null, valueRemaining: 0, expiresAt: past, activatesAt: future },
        now,
      ),
    ).toBe('USED');
    expect(
      rewardStatus(
        { voidedAt: null, valueRemaining: 1, expiresAt: past, activatesAt: future },
        now,
      ),
    ).toBe('EXPIRED');
  });
});

describe('manager limits', () => {
  const limits = { managerIssueLimit: 5000, managerDailyIssueLimit: 20000 };

  it('allow a reward up to the single limit', () => {
    expect(checkManagerLimits(5000, 0, limits)).toEqual({ ok: true });
  });

  it('refuse a reward above the single limit, naming it', () => {
    expect(checkManagerLimits(5001, 0, limits)).toEqual({
      ok: false,
      limit: 5000,
      which: 'single',
    });
  });

  it('allow reaching the daily limit exactly and refuse going past it', () => {
    expect(checkManagerLimits(5000, 15000, limits)).toEqual({ ok: true });
    expect(checkManagerLimits(1, 20000, limits)).toEqual({
      ok: false,
      limit: 20000,
      which: 'daily',
    });
  });

  it('count the UTC day', () => {
    const { start, end } = utcDay(new Date('2026-06-15T23:59:59.999Z'));
    expect(start.toISOString()).toBe('2026-06-15T00:00:00.000Z');
    expect(end.toISOString()).toBe('2026-06-16T00:00:00.000Z');
  });
});

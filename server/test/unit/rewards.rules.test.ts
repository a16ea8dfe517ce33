import { describe, expect, it } from 'vitest';
import {
  checkManagerLimits,
  limitDay,
  rewardStatus,
} from '../../src/modules/rewards/rewards.rules';
import { formatMoney, minorUnitDigits } from '../../src/core/currency';

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
      issuedToday: 0,
    });
  });

  it('allow reaching the daily limit exactly and refuse going past it', () => {
    expect(checkManagerLimits(5000, 15000, limits)).toEqual({ ok: true });
    expect(checkManagerLimits(1, 20000, limits)).toEqual({
      ok: false,
      limit: 20000,
      which: 'daily',
      issuedToday: 20000,
    });
  });

  it("count the brand's local day, not the UTC day", () => {
    // 9 am in Melbourne on the 16th is still the 15th in UTC.
    const { start, end } = limitDay(new Date('2026-06-15T23:00:00.000Z'), 'Australia/Melbourne');
    expect(start.toISOString()).toBe('2026-06-15T14:00:00.000Z');
    expect(end.toISOString()).toBe('2026-06-16T14:00:00.000Z');
  });

  it('keep a local day whole across a DST change (23 and 25 hours)', () => {
    const spring = limitDay(new Date('2026-10-04T02:00:00.000Z'), 'Australia/Melbourne');
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    const autumn = limitDay(new Date('2026-04-05T02:00:00.000Z'), 'Australia/Melbourne');
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000);
  });
});

describe('money for people', () => {
  it("uses each currency's own minor units", () => {
    expect(minorUnitDigits('AUD')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('KWD')).toBe(3);
    expect(formatMoney(5000, 'AUD')).toBe('A$50.00');
    expect(formatMoney(500, 'JPY')).toBe('¥500');
    // Intl separates the code from the amount with a no-break space.
    expect(formatMoney(1250, 'KWD')).toBe('KWD\u00a01.250');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToLocalDate,
  canonicalTimeZone,
  computeExpiry,
  endOfLocalDay,
  extendByDays,
  type ExpiryUnit,
  formatLocal,
  isValidTimeZone,
  type LocalDate,
  localDateOf,
  offsetMinutes,
  zonedTimeToUtc,
} from '../../src/core/time';

const MELBOURNE = 'Australia/Melbourne';
const NEW_YORK = 'America/New_York';
const SANTIAGO = 'America/Santiago';
const MS_PER_DAY = 86_400_000;

const d = (year: number, month: number, day: number): LocalDate => ({ year, month, day });
const at = (iso: string): Date => new Date(iso);
const iso = (instant: Date): string => instant.toISOString();

describe('addToLocalDate', () => {
  it('clamps Jan 31 + 1 month to Feb 28 in a common year and Feb 29 in a leap year', () => {
    expect(addToLocalDate(d(2027, 1, 31), 1, 'MONTHS')).toEqual(d(2027, 2, 28));
    expect(addToLocalDate(d(2028, 1, 31), 1, 'MONTHS')).toEqual(d(2028, 2, 29));
  });

  it('clamps Mar 31 + 1 month to Apr 30', () => {
    expect(addToLocalDate(d(2026, 3, 31), 1, 'MONTHS')).toEqual(d(2026, 4, 30));
  });

  it('clamps Aug 31 + 6 months to the end of February', () => {
    expect(addToLocalDate(d(2026, 8, 31), 6, 'MONTHS')).toEqual(d(2027, 2, 28));
    expect(addToLocalDate(d(2027, 8, 31), 6, 'MONTHS')).toEqual(d(2028, 2, 29));
  });

  it('rolls Dec 31 + 1 month into Jan 31 of the next year', () => {
    expect(addToLocalDate(d(2026, 12, 31), 1, 'MONTHS')).toEqual(d(2027, 1, 31));
  });

  it('clamps from the original day, not from a clamped intermediate month', () => {
    expect(addToLocalDate(d(2027, 1, 31), 2, 'MONTHS')).toEqual(d(2027, 3, 31));
  });

  it('keeps the day when the target month is long enough', () => {
    expect(addToLocalDate(d(2026, 1, 15), 1, 'MONTHS')).toEqual(d(2026, 2, 15));
    expect(addToLocalDate(d(2026, 5, 30), 1, 'MONTHS')).toEqual(d(2026, 6, 30));
  });

  it('moves Feb 29 + 1 year to Feb 28 and + 4 years to Feb 29', () => {
    expect(addToLocalDate(d(2028, 2, 29), 1, 'YEARS')).toEqual(d(2029, 2, 28));
    expect(addToLocalDate(d(2028, 2, 29), 4, 'YEARS')).toEqual(d(2032, 2, 29));
  });

  it('treats 2028 and 2000 as leap years and 2100 as a common year', () => {
    expect(addToLocalDate(d(2028, 2, 28), 1, 'DAYS')).toEqual(d(2028, 2, 29));
    expect(addToLocalDate(d(2000, 2, 28), 1, 'DAYS')).toEqual(d(2000, 2, 29));
    expect(addToLocalDate(d(2100, 2, 28), 1, 'DAYS')).toEqual(d(2100, 3, 1));
    expect(addToLocalDate(d(2000, 1, 31), 1, 'MONTHS')).toEqual(d(2000, 2, 29));
    expect(addToLocalDate(d(2100, 1, 31), 1, 'MONTHS')).toEqual(d(2100, 2, 28));
    expect(addToLocalDate(d(2096, 2, 29), 4, 'YEARS')).toEqual(d(2100, 2, 28));
    expect(addToLocalDate(d(1996, 2, 29), 4, 'YEARS')).toEqual(d(2000, 2, 29));
  });

  it('counts a leap year as 366 days', () => {
    expect(addToLocalDate(d(2026, 1, 1), 365, 'DAYS')).toEqual(d(2027, 1, 1));
    expect(addToLocalDate(d(2028, 1, 1), 365, 'DAYS')).toEqual(d(2028, 12, 31));
    expect(addToLocalDate(d(2028, 1, 1), 366, 'DAYS')).toEqual(d(2029, 1, 1));
  });

  it('adds weeks as seven days each, across month and year ends', () => {
    expect(addToLocalDate(d(2026, 12, 28), 1, 'WEEKS')).toEqual(d(2027, 1, 4));
    expect(addToLocalDate(d(2028, 2, 22), 1, 'WEEKS')).toEqual(d(2028, 2, 29));
    expect(addToLocalDate(d(2026, 1, 1), 52, 'WEEKS')).toEqual(d(2026, 12, 31));
  });

  it('subtracts for negative n, clamping the same way', () => {
    expect(addToLocalDate(d(2028, 3, 31), -1, 'MONTHS')).toEqual(d(2028, 2, 29));
    expect(addToLocalDate(d(2027, 1, 15), -1, 'MONTHS')).toEqual(d(2026, 12, 15));
    expect(addToLocalDate(d(2028, 2, 29), -1, 'YEARS')).toEqual(d(2027, 2, 28));
    expect(addToLocalDate(d(2028, 3, 1), -1, 'DAYS')).toEqual(d(2028, 2, 29));
    expect(addToLocalDate(d(2027, 1, 4), -2, 'WEEKS')).toEqual(d(2026, 12, 21));
  });

  it('returns the same date for n = 0', () => {
    expect(addToLocalDate(d(2028, 2, 29), 0, 'MONTHS')).toEqual(d(2028, 2, 29));
    expect(addToLocalDate(d(2028, 2, 29), 0, 'DAYS')).toEqual(d(2028, 2, 29));
  });

  it('rejects fractional n and dates that do not exist', () => {
    expect(() => addToLocalDate(d(2026, 1, 1), 1.5, 'DAYS')).toThrow(RangeError);
    expect(() => addToLocalDate(d(2026, 1, 1), Number.NaN, 'MONTHS')).toThrow(RangeError);
    expect(() => addToLocalDate(d(2027, 2, 29), 1, 'DAYS')).toThrow(RangeError);
    expect(() => addToLocalDate(d(2026, 13, 1), 1, 'DAYS')).toThrow(RangeError);
    expect(() => addToLocalDate(d(2026, 4, 31), 1, 'DAYS')).toThrow(RangeError);
  });

  it('always lands on min(day, last day of the target month) n months away', () => {
    const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
    const date = fc
      .record({
        year: fc.integer({ min: 1900, max: 2200 }),
        month: fc.integer({ min: 1, max: 12 }),
      })
      .chain(({ year, month }) =>
        fc.integer({ min: 1, max: lastDay(year, month) }).map((day) => d(year, month, day)),
      );
    fc.assert(
      fc.property(date, fc.integer({ min: -600, max: 600 }), (start, n) => {
        const result = addToLocalDate(start, n, 'MONTHS');
        const monthsApart = (result.year - start.year) * 12 + (result.month - start.month);
        expect(monthsApart).toBe(n);
        expect(result.day).toBe(Math.min(start.day, lastDay(result.year, result.month)));
        expect(addToLocalDate(start, n, 'YEARS')).toEqual(addToLocalDate(start, n * 12, 'MONTHS'));
      }),
    );
  });

  it('undoes n days by adding -n days', () => {
    const date = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2200-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((t) => d(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()));
    fc.assert(
      fc.property(date, fc.integer({ min: -20_000, max: 20_000 }), (start, n) => {
        expect(addToLocalDate(addToLocalDate(start, n, 'DAYS'), -n, 'DAYS')).toEqual(start);
        expect(addToLocalDate(start, n, 'WEEKS')).toEqual(addToLocalDate(start, n * 7, 'DAYS'));
      }),
    );
  });
});

describe('time zone names', () => {
  it('accepts IANA zones and UTC', () => {
    expect(isValidTimeZone(MELBOURNE)).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('utc')).toBe(true);
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
  });

  it('rejects unknown names, the empty string and offsets posing as zones', () => {
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('GMT+25')).toBe(false);
    expect(isValidTimeZone('+05:30')).toBe(false);
    expect(isValidTimeZone(' UTC')).toBe(false);
  });

  it('reports the canonical spelling of a valid zone and undefined for an invalid one', () => {
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('australia/melbourne')).toBe(MELBOURNE);
    expect(canonicalTimeZone(MELBOURNE)).toBe(MELBOURNE);
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
    expect(canonicalTimeZone('GMT+25')).toBeUndefined();
  });

  it('throws a RangeError when computing with an invalid zone', () => {
    expect(() => localDateOf(at('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => endOfLocalDay(d(2026, 1, 1), '')).toThrow(RangeError);
  });
});

describe('localDateOf', () => {
  it('takes the date in the zone, not the UTC date', () => {
    const instant = at('2026-06-30T15:30:00Z');
    expect(localDateOf(instant, MELBOURNE)).toEqual(d(2026, 7, 1));
    expect(localDateOf(instant, 'UTC')).toEqual(d(2026, 6, 30));
    expect(localDateOf(at('2026-07-01T03:00:00Z'), NEW_YORK)).toEqual(d(2026, 6, 30));
  });

  it('switches date exactly at local midnight', () => {
    expect(localDateOf(at('2026-06-30T13:59:59.999Z'), MELBOURNE)).toEqual(d(2026, 6, 30));
    expect(localDateOf(at('2026-06-30T14:00:00.000Z'), MELBOURNE)).toEqual(d(2026, 7, 1));
  });
});

describe('formatLocal and offsetMinutes', () => {
  it('formats UTC with +00:00', () => {
    expect(formatLocal(at('2026-12-31T12:00:00Z'), 'UTC')).toBe('2026-12-31T12:00:00+00:00');
    expect(offsetMinutes(at('2026-12-31T12:00:00Z'), 'UTC')).toBe(0);
  });

  it('formats positive offsets and follows Melbourne daylight saving', () => {
    expect(formatLocal(at('2026-12-31T12:59:59.999Z'), MELBOURNE)).toBe(
      '2026-12-31T23:59:59+11:00',
    );
    expect(offsetMinutes(at('2026-01-15T00:00:00Z'), MELBOURNE)).toBe(660);
    expect(offsetMinutes(at('2026-07-15T00:00:00Z'), MELBOURNE)).toBe(600);
  });

  it('formats negative offsets and follows New York daylight saving', () => {
    expect(formatLocal(at('2026-08-01T03:59:59.999Z'), NEW_YORK)).toBe('2026-07-31T23:59:59-04:00');
    expect(formatLocal(at('2026-01-15T17:00:00Z'), NEW_YORK)).toBe('2026-01-15T12:00:00-05:00');
    expect(offsetMinutes(at('2026-07-15T00:00:00Z'), NEW_YORK)).toBe(-240);
    expect(offsetMinutes(at('2026-01-15T00:00:00Z'), NEW_YORK)).toBe(-300);
  });

  it('formats half-hour zones', () => {
    expect(formatLocal(at('2026-01-01T00:00:00Z'), 'Asia/Kolkata')).toBe(
      '2026-01-01T05:30:00+05:30',
    );
    expect(offsetMinutes(at('2026-07-01T00:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(formatLocal(at('2026-01-15T00:00:00Z'), 'Australia/Adelaide')).toBe(
      '2026-01-15T10:30:00+10:30',
    );
    expect(formatLocal(at('2026-07-15T00:00:00Z'), 'Australia/Adelaide')).toBe(
      '2026-07-15T09:30:00+09:30',
    );
    expect(offsetMinutes(at('2026-01-15T00:00:00Z'), 'Australia/Adelaide')).toBe(630);
    expect(formatLocal(at('2026-01-15T12:00:00Z'), 'America/St_Johns')).toBe(
      '2026-01-15T08:30:00-03:30',
    );
    expect(offsetMinutes(at('2026-01-15T12:00:00Z'), 'America/St_Johns')).toBe(-210);
  });

  it('drops milliseconds rather than rounding them up', () => {
    expect(formatLocal(at('2026-01-01T00:00:00.999Z'), 'UTC')).toBe('2026-01-01T00:00:00+00:00');
    expect(formatLocal(at('1969-12-31T23:59:59.500Z'), 'UTC')).toBe('1969-12-31T23:59:59+00:00');
  });
});

describe('zonedTimeToUtc', () => {
  it('converts an ordinary wall time using the offset in force', () => {
    expect(iso(zonedTimeToUtc(d(2026, 1, 15), 9, 0, 0, 0, MELBOURNE))).toBe(
      '2026-01-14T22:00:00.000Z',
    );
    expect(iso(zonedTimeToUtc(d(2026, 7, 15), 9, 0, 0, 0, MELBOURNE))).toBe(
      '2026-07-14T23:00:00.000Z',
    );
    expect(iso(zonedTimeToUtc(d(2026, 7, 15), 9, 30, 15, 250, NEW_YORK))).toBe(
      '2026-07-15T13:30:15.250Z',
    );
  });

  it('maps a wall time skipped by the spring-forward gap to the moment the clocks jump', () => {
    // New York 2026-03-08: 02:00 EST jumps to 03:00 EDT at 07:00Z.
    const jump = '2026-03-08T07:00:00.000Z';
    expect(iso(zonedTimeToUtc(d(2026, 3, 8), 2, 30, 0, 0, NEW_YORK))).toBe(jump);
    expect(iso(zonedTimeToUtc(d(2026, 3, 8), 2, 0, 0, 0, NEW_YORK))).toBe(jump);
    expect(iso(zonedTimeToUtc(d(2026, 3, 8), 2, 59, 59, 999, NEW_YORK))).toBe(jump);
    expect(iso(zonedTimeToUtc(d(2026, 3, 8), 3, 0, 0, 0, NEW_YORK))).toBe(jump);
    expect(formatLocal(new Date(jump), NEW_YORK)).toBe('2026-03-08T03:00:00-04:00');
    expect(iso(zonedTimeToUtc(d(2026, 3, 8), 1, 59, 59, 999, NEW_YORK))).toBe(
      '2026-03-08T06:59:59.999Z',
    );
    // Melbourne 2026-10-04: 02:00 AEST jumps to 03:00 AEDT at 16:00Z the day before.
    expect(iso(zonedTimeToUtc(d(2026, 10, 4), 2, 30, 0, 0, MELBOURNE))).toBe(
      '2026-10-03T16:00:00.000Z',
    );
  });

  it('never goes backwards as the wall time moves through a gap or an overlap', () => {
    for (const [date, tz] of [
      [d(2026, 3, 8), NEW_YORK],
      [d(2026, 11, 1), NEW_YORK],
      [d(2026, 4, 5), MELBOURNE],
      [d(2026, 10, 4), MELBOURNE],
    ] as const) {
      let previous = -Infinity;
      for (let minute = 0; minute < 5 * 60; minute += 1) {
        const t = zonedTimeToUtc(date, Math.floor(minute / 60), minute % 60, 0, 0, tz).getTime();
        expect(t).toBeGreaterThanOrEqual(previous);
        previous = t;
      }
    }
  });

  it('takes the later instant (smaller offset) for a wall time the fall-back overlap repeats', () => {
    // New York 2026-11-01 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    const result = zonedTimeToUtc(d(2026, 11, 1), 1, 30, 0, 0, NEW_YORK);
    expect(iso(result)).toBe('2026-11-01T06:30:00.000Z');
    expect(formatLocal(result, NEW_YORK)).toBe('2026-11-01T01:30:00-05:00');
    // Melbourne 2026-04-05 02:30 happens at 15:30Z (AEDT) and again at 16:30Z (AEST).
    expect(iso(zonedTimeToUtc(d(2026, 4, 5), 2, 30, 0, 0, MELBOURNE))).toBe(
      '2026-04-04T16:30:00.000Z',
    );
  });

  it('round-trips any instant through its wall clock, preferring the later twin', () => {
    const zones = [MELBOURNE, NEW_YORK, SANTIAGO, 'Australia/Lord_Howe', 'UTC', 'Asia/Kolkata'];
    const instant = fc.date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2030-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (t, tz) => {
        const wall = formatLocal(t, tz);
        const [year, month, day, hour, minute, second] = wall.match(/\d+/g)!.map(Number);
        const ms = t.getTime() % 1000;
        const back = zonedTimeToUtc(d(year, month, day), hour, minute, second, ms, tz);
        expect(formatLocal(back, tz).slice(0, 19)).toBe(wall.slice(0, 19));
        expect(back.getTime() % 1000).toBe(ms);
        expect(back.getTime()).toBeGreaterThanOrEqual(t.getTime());
        // Only an overlap can move it, and never by more than the shift (at most an hour).
        expect(back.getTime() - t.getTime()).toBeLessThanOrEqual(3_600_000);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects wall times and dates that are out of range', () => {
    expect(() => zonedTimeToUtc(d(2026, 1, 1), 24, 0, 0, 0, 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToUtc(d(2026, 1, 1), 0, 60, 0, 0, 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToUtc(d(2026, 1, 1), 0, 0, 0, 1000, 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToUtc(d(2026, 2, 30), 0, 0, 0, 0, 'UTC')).toThrow(RangeError);
  });
});

describe('endOfLocalDay', () => {
  it('is 23:59:59.999 local on the day Melbourne daylight saving ends and starts', () => {
    const autumn = endOfLocalDay(d(2026, 4, 5), MELBOURNE);
    expect(iso(autumn)).toBe('2026-04-05T13:59:59.999Z');
    expect(formatLocal(autumn, MELBOURNE)).toBe('2026-04-05T23:59:59+10:00');
    const spring = endOfLocalDay(d(2026, 10, 4), MELBOURNE);
    expect(iso(spring)).toBe('2026-10-04T12:59:59.999Z');
    expect(formatLocal(spring, MELBOURNE)).toBe('2026-10-04T23:59:59+11:00');
  });

  it('is 23:59:59.999 local on the day New York daylight saving starts and ends', () => {
    const spring = endOfLocalDay(d(2026, 3, 8), NEW_YORK);
    expect(iso(spring)).toBe('2026-03-09T03:59:59.999Z');
    expect(formatLocal(spring, NEW_YORK)).toBe('2026-03-08T23:59:59-04:00');
    const autumn = endOfLocalDay(d(2026, 11, 1), NEW_YORK);
    expect(iso(autumn)).toBe('2026-11-02T04:59:59.999Z');
    expect(formatLocal(autumn, NEW_YORK)).toBe('2026-11-01T23:59:59-05:00');
  });

  it('takes the last moment of the day where the zone repeats its last hour', () => {
    // Santiago ends daylight saving at 24:00 on 2026-04-04: 23:00-23:59 local happens twice.
    const end = endOfLocalDay(d(2026, 4, 4), SANTIAGO);
    expect(iso(end)).toBe('2026-04-05T03:59:59.999Z');
    expect(formatLocal(end, SANTIAGO)).toBe('2026-04-04T23:59:59-04:00');
    expect(localDateOf(new Date(end.getTime() + 1), SANTIAGO)).toEqual(d(2026, 4, 5));
  });

  it('ends a day the zone skipped entirely at the start of the next day', () => {
    // Samoa went from 2011-12-29 straight to 2011-12-31.
    const end = endOfLocalDay(d(2011, 12, 30), 'Pacific/Apia');
    expect(iso(end)).toBe('2011-12-30T10:00:00.000Z');
    expect(formatLocal(end, 'Pacific/Apia')).toBe('2011-12-31T00:00:00+14:00');
  });
});

describe('computeExpiry', () => {
  it('keeps 23:59:59.999 local when the period crosses the end of Melbourne daylight saving', () => {
    const expiry = computeExpiry(at('2026-03-20T01:00:00Z'), MELBOURNE, 1, 'MONTHS');
    expect(formatLocal(expiry, MELBOURNE)).toBe('2026-04-20T23:59:59+10:00');
    expect(iso(expiry)).toBe('2026-04-20T13:59:59.999Z');
    expect(offsetMinutes(at('2026-03-20T01:00:00Z'), MELBOURNE)).toBe(660);
    expect(offsetMinutes(expiry, MELBOURNE)).toBe(600);
  });

  it('keeps 23:59:59.999 local when the period crosses the start of Melbourne daylight saving', () => {
    const expiry = computeExpiry(at('2026-09-20T02:00:00Z'), MELBOURNE, 3, 'WEEKS');
    expect(formatLocal(expiry, MELBOURNE)).toBe('2026-10-11T23:59:59+11:00');
    expect(iso(expiry)).toBe('2026-10-11T12:59:59.999Z');
  });

  it('keeps 23:59:59.999 local across both New York changes', () => {
    const spring = computeExpiry(at('2026-03-01T17:00:00Z'), NEW_YORK, 14, 'DAYS');
    expect(formatLocal(spring, NEW_YORK)).toBe('2026-03-15T23:59:59-04:00');
    expect(iso(spring)).toBe('2026-03-16T03:59:59.999Z');
    const autumn = computeExpiry(at('2026-10-25T16:00:00Z'), NEW_YORK, 1, 'WEEKS');
    expect(formatLocal(autumn, NEW_YORK)).toBe('2026-11-01T23:59:59-05:00');
    expect(iso(autumn)).toBe('2026-11-02T04:59:59.999Z');
  });

  it('starts from the local issue date when it differs from the UTC date', () => {
    // 2026-06-30T15:30Z is already 01:30 on 2026-07-01 in Melbourne.
    const melbourne = computeExpiry(at('2026-06-30T15:30:00Z'), MELBOURNE, 1, 'DAYS');
    expect(formatLocal(melbourne, MELBOURNE)).toBe('2026-07-02T23:59:59+10:00');
    const sameDay = computeExpiry(at('2026-06-30T15:30:00Z'), MELBOURNE, 0, 'DAYS');
    expect(formatLocal(sameDay, MELBOURNE)).toBe('2026-07-01T23:59:59+10:00');
    // 2026-07-01T02:00Z is still 22:00 on 2026-06-30 in New York.
    const newYork = computeExpiry(at('2026-07-01T02:00:00Z'), NEW_YORK, 1, 'MONTHS');
    expect(formatLocal(newYork, NEW_YORK)).toBe('2026-07-30T23:59:59-04:00');
  });

  it('clamps a month-end issue date in the zone', () => {
    const expiry = computeExpiry(at('2027-01-31T00:00:00Z'), MELBOURNE, 1, 'MONTHS');
    expect(formatLocal(expiry, MELBOURNE)).toBe('2027-02-28T23:59:59+11:00');
    const leap = computeExpiry(at('2028-02-29T12:00:00Z'), 'UTC', 1, 'YEARS');
    expect(iso(leap)).toBe('2029-02-28T23:59:59.999Z');
  });

  it('is the last usable instant: one millisecond later is the next local day', () => {
    const expiry = computeExpiry(at('2026-03-20T01:00:00Z'), MELBOURNE, 1, 'MONTHS');
    expect(localDateOf(expiry, MELBOURNE)).toEqual(d(2026, 4, 20));
    expect(localDateOf(new Date(expiry.getTime() + 1), MELBOURNE)).toEqual(d(2026, 4, 21));
  });

  it('lands at 23:59:59.999 local on issue date + period for every date 2026-2030', () => {
    const zones = [
      'UTC',
      MELBOURNE,
      NEW_YORK,
      SANTIAGO,
      'Australia/Adelaide',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Europe/London',
    ];
    const periods: Array<[number, ExpiryUnit]> = [
      [1, 'DAYS'],
      [30, 'DAYS'],
      [2, 'WEEKS'],
      [1, 'MONTHS'],
      [6, 'MONTHS'],
      [1, 'YEARS'],
      [-1, 'MONTHS'],
      [3, 'YEARS'],
      [0, 'DAYS'],
    ];
    const end = Date.parse('2031-01-01T00:00:00Z');
    // An odd step so issue times drift through every hour and both sides of local midnight.
    const step = 29 * 3_600_000 + 17 * 60_000 + 13_457;
    const failures: string[] = [];
    let checked = 0;
    for (const tz of zones) {
      let i = 0;
      for (let t = Date.parse('2026-01-01T00:00:00Z'); t < end; t += step, i += 1) {
        const issuedAt = new Date(t);
        for (const [n, unit] of [periods[i % periods.length], periods[(i + 4) % periods.length]]) {
          const expiry = computeExpiry(issuedAt, tz, n, unit);
          const expected = addToLocalDate(localDateOf(issuedAt, tz), n, unit);
          const wallMs = expiry.getTime() + offsetMinutes(expiry, tz) * 60_000;
          const ok =
            JSON.stringify(localDateOf(expiry, tz)) === JSON.stringify(expected) &&
            ((wallMs % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY === MS_PER_DAY - 1 &&
            formatLocal(expiry, tz).slice(11, 19) === '23:59:59' &&
            JSON.stringify(localDateOf(new Date(expiry.getTime() + 1), tz)) ===
              JSON.stringify(addToLocalDate(expected, 1, 'DAYS'));
          if (!ok) failures.push(`${tz} ${issuedAt.toISOString()} +${n} ${unit}: ${iso(expiry)}`);
          checked += 1;
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });
});

describe('extendByDays', () => {
  it('moves an expiry to the end of the local day N days later across a DST change', () => {
    const expiry = computeExpiry(at('2026-03-01T01:00:00Z'), MELBOURNE, 30, 'DAYS');
    expect(formatLocal(expiry, MELBOURNE)).toBe('2026-03-31T23:59:59+11:00');
    const extended = extendByDays(expiry, MELBOURNE, 10);
    expect(formatLocal(extended, MELBOURNE)).toBe('2026-04-10T23:59:59+10:00');
    expect(iso(extended)).toBe('2026-04-10T13:59:59.999Z');
  });

  it('snaps an expiry set mid-day to the end of the target local day', () => {
    // 2026-05-01T00:00Z is 10:00 on 2026-05-01 in Melbourne.
    const extended = extendByDays(at('2026-05-01T00:00:00Z'), MELBOURNE, 2);
    expect(formatLocal(extended, MELBOURNE)).toBe('2026-05-03T23:59:59+10:00');
  });

  it('uses the local date of the expiry, not its UTC date', () => {
    // 2026-11-02T04:59:59.999Z is the end of 2026-11-01 in New York.
    const extended = extendByDays(at('2026-11-02T04:59:59.999Z'), NEW_YORK, 1);
    expect(formatLocal(extended, NEW_YORK)).toBe('2026-11-02T23:59:59-05:00');
    expect(iso(extendByDays(at('2026-11-02T04:59:59.999Z'), NEW_YORK, -1))).toBe(
      '2026-11-01T03:59:59.999Z',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  conditionHolds,
  MAX_MILESTONES_PER_TRANSACTION,
  milestonesBetween,
  validateCondition,
} from '../../src/modules/reactions/reactions.rules';
import {
  anniversaryKey,
  birthdayKey,
  daysBetween,
  lapseKey,
  parseLocalDate,
} from '../../src/modules/schedule/schedule.rules';

const at = (iso: string) => new Date(iso);

describe('conditions', () => {
  it('accepts JSON Logic made of known operators and evaluates it over { profile, event }', () => {
    const rule = {
      and: [{ '==': [{ var: 'profile.tier' }, 'gold'] }, { '>': [{ var: 'event.total' }, 100] }],
    };
    expect(validateCondition(rule)).toBe(rule);
    expect(conditionHolds(rule, { profile: { tier: 'gold' }, event: { total: 101 } })).toBe(true);
    expect(conditionHolds(rule, { profile: { tier: 'gold' }, event: { total: 100 } })).toBe(false);
    expect(conditionHolds(null, {})).toBe(true);
    expect(validateCondition(false)).toBe(false);
    expect(conditionHolds(false, {})).toBe(false);
  });

  it('refuses unknown operators, rules with several keys and non-objects', () => {
    for (const bad of [
      { frobnicate: [1] },
      { and: [{ '==': [1, 1] }, { evil: [] }] },
      { '==': [1, 1], '!=': [1, 2] },
      'a string',
      42,
      [1, 2],
    ]) {
      expect(() => validateCondition(bad), JSON.stringify(bad)).toThrow(/condition/);
    }
  });
});

describe('spend milestones', () => {
  it('finds the milestones a purchase passes: the threshold, then every repeat above it', () => {
    expect(milestonesBetween(10_000, 5_000, 0, 21_000)).toEqual([0, 1, 2]);
    expect(milestonesBetween(10_000, 5_000, 21_000, 24_999)).toEqual([]);
    expect(milestonesBetween(10_000, 5_000, 24_999, 25_000)).toEqual([3]);
    expect(milestonesBetween(10_000, null, 0, 50_000)).toEqual([0]);
    expect(milestonesBetween(10_000, null, 10_000, 50_000)).toEqual([]);
    expect(milestonesBetween(10_000, 5_000, 9_999, 10_000)).toEqual([0]);
    expect(milestonesBetween(10_000, 5_000, 0, 9_999)).toEqual([]);
  });

  it('finds the milestones a return falls below, and caps what one transaction pays', () => {
    // A return from 21,000 to 12,000 falls below 15,000 and 20,000.
    expect(milestonesBetween(10_000, 5_000, 12_000, 21_000)).toEqual([1, 2]);
    expect(milestonesBetween(1, 1, 0, 1_000_000)).toHaveLength(MAX_MILESTONES_PER_TRANSACTION);
  });
});

describe('the daily pass rules', () => {
  it('is the birth month in the profile’s time zone, keyed by the local year', () => {
    expect(birthdayKey('1990-03-15', 'UTC', at('2027-03-01T00:00:00Z'))).toBe('birthday:2027');
    expect(birthdayKey('1990-03-15', 'UTC', at('2027-02-28T23:00:00Z'))).toBeNull();
    // Already March in Melbourne.
    expect(birthdayKey('1990-03-15', 'Australia/Melbourne', at('2027-02-28T14:00:00Z'))).toBe(
      'birthday:2027',
    );
    expect(birthdayKey(null, 'UTC', at('2027-03-01T00:00:00Z'))).toBeNull();
  });

  it('pays an anniversary on its local day and catches up missed days, never before the reaction', () => {
    const joined = at('2025-02-05T10:00:00Z');
    const since = at('2027-01-01T00:00:00Z');
    expect(anniversaryKey(joined, 'UTC', at('2027-02-04T12:00:00Z'), since)).toBeNull();
    expect(anniversaryKey(joined, 'UTC', at('2027-02-05T00:00:00Z'), since)).toBe('anniversary:2');
    expect(anniversaryKey(joined, 'UTC', at('2027-02-20T00:00:00Z'), since)).toBe('anniversary:2');
    expect(anniversaryKey(joined, 'UTC', at('2027-04-20T00:00:00Z'), since)).toBeNull();
    expect(
      anniversaryKey(joined, 'UTC', at('2027-02-05T00:00:00Z'), at('2027-03-01T00:00:00Z')),
    ).toBeNull();
    // A leap-day join celebrates on Feb 28.
    expect(
      anniversaryKey(
        at('2024-02-29T10:00:00Z'),
        'UTC',
        at('2025-02-28T12:00:00Z'),
        at('2025-01-01T00:00:00Z'),
      ),
    ).toBe('anniversary:1');
    // Not in the year of joining, across a new year.
    expect(
      anniversaryKey(
        at('2026-12-20T10:00:00Z'),
        'UTC',
        at('2027-01-05T00:00:00Z'),
        at('2020-01-01T00:00:00Z'),
      ),
    ).toBeNull();
  });

  it('is a lapse after lapsedDays without a transaction, keyed by when the quiet began', () => {
    const last = at('2027-01-01T12:00:00Z');
    expect(lapseKey(last, at('2020-01-01T00:00:00Z'), 90, at('2027-04-01T11:59:59Z'))).toBeNull();
    expect(lapseKey(last, at('2020-01-01T00:00:00Z'), 90, at('2027-04-01T12:00:00Z'))).toBe(
      'lapse:2027-01-01T12:00:00.000Z',
    );
    expect(lapseKey(null, at('2026-01-01T00:00:00Z'), 90, at('2027-01-01T00:00:00Z'))).toBe(
      'lapse:2026-01-01T00:00:00.000Z',
    );
  });

  it('lists the days of a backfill range', () => {
    const from = parseLocalDate('2027-02-27')!;
    const to = parseLocalDate('2027-03-02')!;
    expect(daysBetween(from, to).map((d) => `${d.month}-${d.day}`)).toEqual([
      '2-27',
      '2-28',
      '3-1',
      '3-2',
    ]);
    expect(parseLocalDate('2027-02-30')).toBeNull();
    expect(daysBetween(to, from)).toEqual([]);
  });
});

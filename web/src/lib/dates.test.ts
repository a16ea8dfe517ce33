import { describe, expect, it } from 'vitest';
import {
  endOfLocalDay,
  formatDay,
  formatDayChange,
  formatDuration,
  formatInstant,
  formatLapse,
  formatSpan,
  localDateOf,
  startOfLocalDay,
  timeZoneOptions,
} from './dates';

describe('local days in a zone', () => {
  it('ends a day at 23:59:59.999 local time, across daylight saving', () => {
    // Melbourne is UTC+11 in January (daylight time) and UTC+10 in July.
    expect(endOfLocalDay('2026-01-15', 'Australia/Melbourne')).toBe('2026-01-15T12:59:59.999Z');
    expect(endOfLocalDay('2026-07-15', 'Australia/Melbourne')).toBe('2026-07-15T13:59:59.999Z');
    // The day daylight time ends (5 April 2026): the end of the day is already at +10.
    expect(endOfLocalDay('2026-04-05', 'Australia/Melbourne')).toBe('2026-04-05T13:59:59.999Z');
    expect(endOfLocalDay('2026-03-08', 'America/New_York')).toBe('2026-03-09T03:59:59.999Z');
  });

  it('starts a day at midnight local time', () => {
    expect(startOfLocalDay('2026-01-15', 'Australia/Melbourne')).toBe('2026-01-14T13:00:00.000Z');
    expect(startOfLocalDay('2026-01-15', 'UTC')).toBe('2026-01-15T00:00:00.000Z');
  });

  it('rejects what is not a date and reads dates back', () => {
    expect(endOfLocalDay('15/01/2026', 'UTC')).toBeNull();
    expect(localDateOf('2026-01-15T12:59:59.999Z', 'Australia/Melbourne')).toBe('2026-01-15');
  });
});

describe('one way to show time', () => {
  it('shows an instant in the given zone, with the zone’s name', () => {
    const instant = '2026-12-31T12:59:59.999Z';
    expect(formatInstant(instant, 'Australia/Melbourne')).toBe(
      '31 Dec 2026, 23:59 Australia/Melbourne',
    );
    expect(formatInstant(instant, 'UTC')).toBe('31 Dec 2026, 12:59 UTC');
    expect(formatInstant(instant, 'America/New_York')).toBe('31 Dec 2026, 07:59 America/New_York');
    // Daylight time ends in Melbourne on 5 April 2026: 03:00 +11 becomes 02:00 +10.
    expect(formatInstant('2026-04-04T15:30:00Z', 'Australia/Melbourne')).toBe(
      '5 Apr 2026, 02:30 Australia/Melbourne',
    );
    expect(formatInstant('2026-04-04T16:30:00Z', 'Australia/Melbourne')).toBe(
      '5 Apr 2026, 02:30 Australia/Melbourne',
    );
  });

  it('shows a local day with its zone', () => {
    expect(formatDay('2026-12-31T12:59:59.999Z', 'Australia/Melbourne')).toBe(
      '31 Dec 2026 (Australia/Melbourne)',
    );
    expect(formatDay('2026-12-31T12:59:59.999Z', 'Pacific/Honolulu')).toBe(
      '31 Dec 2026 (Pacific/Honolulu)',
    );
    expect(formatDay('2026-12-31T12:59:59.999Z', 'Pacific/Kiritimati')).toBe(
      '1 Jan 2027 (Pacific/Kiritimati)',
    );
  });

  it('shows an expiry change as two local days and the zone once', () => {
    expect(
      formatDayChange(
        '2026-12-31T12:59:59.999Z',
        '2027-02-14T12:59:59.999Z',
        'Australia/Melbourne',
      ),
    ).toBe('31 Dec 2026 → 14 Feb 2027 (Australia/Melbourne)');
  });

  it('writes durations in words', () => {
    expect(formatDuration(1, 'MONTHS')).toBe('1 month');
    expect(formatDuration(3, 'MONTHS')).toBe('3 months');
    expect(formatDuration(90, 'DAYS')).toBe('90 days');
    expect(formatDuration(1, 'DAYS')).toBe('1 day');
    expect(formatDuration(2, 'WEEKS')).toBe('2 weeks');
    expect(formatDuration(1, 'YEARS')).toBe('1 year');
  });

  it('offers every IANA zone, UTC among them, for the picker', () => {
    const zones = timeZoneOptions();
    expect(zones).toContain('UTC');
    expect(zones).toContain('Australia/Melbourne');
    expect(zones).not.toContain('Melbourne');
  });
});

describe('spans of time', () => {
  it('rounds down to minutes, hours and days', () => {
    expect(formatSpan(30_000)).toBe('less than a minute');
    expect(formatSpan(4 * 60_000 + 59_000)).toBe('4 min');
    expect(formatSpan(60 * 60_000)).toBe('1 h');
    expect(formatSpan(65 * 60_000)).toBe('1 h 5 min');
    expect(formatSpan(24 * 3_600_000)).toBe('1 day');
    expect(formatSpan(-3 * 24 * 3_600_000)).toBe('3 days');
  });

  it('says whether a hold lapses or lapsed', () => {
    const now = Date.parse('2026-03-02T01:00:00.000Z');
    expect(formatLapse('2026-03-02T01:04:30.000Z', now)).toBe('lapses in 4 min');
    expect(formatLapse('2026-03-02T00:58:00.000Z', now)).toBe('lapsed 2 min ago');
  });
});

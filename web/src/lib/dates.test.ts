import { describe, expect, it } from 'vitest';
import {
  endOfLocalDay,
  formatLapse,
  formatLocalExpiry,
  formatSpan,
  localDateOf,
  startOfLocalDay,
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

  it('shows the server local expiry compactly', () => {
    expect(formatLocalExpiry('2026-12-31T23:59:59+11:00')).toBe('2026-12-31 23:59 (+11:00)');
    expect(formatLocalExpiry('2026-12-31T23:59:59.999Z')).toBe('2026-12-31 23:59 (UTC)');
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

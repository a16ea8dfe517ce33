import { localDateOf, startOfLocalDay } from '../../lib/dates';
import type { ReportInterval } from '../../graphql/generated/graphql';

// The brand's calendar for the reports: which local days and months a range covers, and the
// instants where they start. The server buckets by the brand's zone; the app asks for ranges
// on the same boundaries so that every bucket it shows is whole.

/** A report range: the instants to ask for and the local periods it answers, oldest first. */
export interface ReportRange {
  from: string;
  to: string;
  interval: ReportInterval;
  /** YYYY-MM-DD (DAY) or YYYY-MM (MONTH), as the server names periods. */
  periods: string[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The numbers of 'YYYY-MM-DD' or 'YYYY-MM' (day 1). */
function partsOf(period: string): [year: number, month: number, day: number] {
  const [y = 1970, m = 1, d = 1] = period.split('-').map(Number);
  return [y, m, d];
}

function ymd(utc: Date): string {
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
}

/** A local date (YYYY-MM-DD) n days later (or earlier, for negative n). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = partsOf(date);
  return ymd(new Date(Date.UTC(y, m - 1, d + n)));
}

/** A month (YYYY-MM) n months later (or earlier). */
export function addMonths(month: string, n: number): string {
  const [y, m] = partsOf(month);
  return ymd(new Date(Date.UTC(y, m - 1 + n, 1))).slice(0, 7);
}

/** The last local date of a month: '2026-02' → '2026-02-28'. */
export function lastDayOf(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/** Today's local date (YYYY-MM-DD) in the zone. */
export function localToday(now: number, timeZone: string): string {
  return localDateOf(new Date(now).toISOString(), timeZone);
}

function start(date: string, timeZone: string): string {
  const iso = startOfLocalDay(date, timeZone);
  if (!iso) throw new Error(`Not a date: ${date}`);
  return iso;
}

/** The `count` local months up to and including today's, ending where the next month starts. */
export function monthsUpTo(today: string, count: number, timeZone: string): ReportRange {
  const current = today.slice(0, 7);
  const periods = Array.from({ length: count }, (_, i) => addMonths(current, i - count + 1));
  return {
    from: start(`${addMonths(current, 1 - count)}-01`, timeZone),
    to: start(`${addMonths(current, 1)}-01`, timeZone),
    interval: 'MONTH',
    periods,
  };
}

/** The `count` local days up to and including today, ending where tomorrow starts. */
export function daysUpTo(today: string, count: number, timeZone: string): ReportRange {
  const periods = Array.from({ length: count }, (_, i) => addDays(today, i - count + 1));
  return {
    from: start(addDays(today, 1 - count), timeZone),
    to: start(addDays(today, 1), timeZone),
    interval: 'DAY',
    periods,
  };
}

/** The ranges the activity chart offers. */
export const ACTIVITY_PERIODS = [
  { id: '30d', label: 'Last 30 days, by day', interval: 'DAY', count: 30 },
  { id: '12m', label: 'Last 12 months, by month', interval: 'MONTH', count: 12 },
  { id: '24m', label: 'Last 24 months, by month', interval: 'MONTH', count: 24 },
] as const;

export type ActivityPeriodId = (typeof ACTIVITY_PERIODS)[number]['id'];

export function activityRange(id: ActivityPeriodId, today: string, timeZone: string): ReportRange {
  const period = ACTIVITY_PERIODS.find((p) => p.id === id) ?? ACTIVITY_PERIODS[1];
  return period.interval === 'DAY'
    ? daysUpTo(today, period.count, timeZone)
    : monthsUpTo(today, period.count, timeZone);
}

// Periods are calendar names, not instants: they are formatted as UTC dates so that no zone
// moves them to a neighbouring day.
const formats = {
  month: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
  longMonth: new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  longDay: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

function asUtc(period: string): Date {
  const [y, m, d] = partsOf(period);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A period for a table or a summary: '2026-12' → 'December 2026', '2026-12-04' → '4 Dec 2026'. */
export function periodLabel(period: string): string {
  return period.length === 7
    ? formats.longMonth.format(asUtc(period))
    : formats.longDay.format(asUtc(period));
}

/**
 * A period under a chart's bar, on one or two lines: 'Dec', with the year below where the
 * year changes since `previous` (the last labelled bar) or on the first; '4', with the month
 * below where the month changes.
 */
export function periodTick(period: string, previous: string | null): [string, string?] {
  const date = asUtc(period);
  if (period.length === 7) {
    const month = formats.month.format(date);
    const year = period.slice(0, 4);
    return previous?.slice(0, 4) === year ? [month] : [month, year];
  }
  const day = String(date.getUTCDate());
  return previous?.slice(0, 7) === period.slice(0, 7) ? [day] : [day, formats.month.format(date)];
}

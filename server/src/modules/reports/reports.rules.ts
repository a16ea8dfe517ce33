import { localDateOf, offsetMinutes, zonedTimeToUtc } from '../../core/time';

// Pure rules for the reports: how instants fall into the brand's local days and months, as
// a few constant-offset spans the SQL can apply, and which ranges may be asked for.

/** A span of time over which the zone's offset is constant; `until` null for "and after". */
export interface OffsetSpan {
  until: Date | null;
  offsetMinutes: number;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * The zone's offsets from `from` to `to`: each span ends at the instant the offset changes
 * (found to the minute), the last one is open. A range of years has a couple of spans a year.
 */
export function offsetSpans(from: Date, to: Date, tz: string): OffsetSpan[] {
  const spans: OffsetSpan[] = [];
  let current = offsetMinutes(from, tz);
  // Probe every 6 hours (no zone shifts twice that fast), then find the shift's minute.
  for (let t = from.getTime(); t < to.getTime(); t += 6 * HOUR_MS) {
    const next = Math.min(t + 6 * HOUR_MS, to.getTime());
    const offset = offsetMinutes(new Date(next), tz);
    if (offset === current) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS || lo + MINUTE_MS;
      if (offsetMinutes(new Date(mid), tz) === current) lo = mid;
      else hi = mid;
    }
    spans.push({ until: new Date(hi), offsetMinutes: current });
    current = offset;
  }
  spans.push({ until: null, offsetMinutes: current });
  return spans;
}

/**
 * The brand-local calendar months that [from, to) touches, each as the part of the range it
 * covers: the first and last are cut at from and to, the rest run midnight to midnight local.
 */
export function localMonths(
  from: Date,
  to: Date,
  tz: string,
): { month: string; from: Date; to: Date }[] {
  const months: { month: string; from: Date; to: Date }[] = [];
  let { year, month } = localDateOf(from, tz);
  let start = from;
  while (start.getTime() < to.getTime()) {
    const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
    const end = new Date(
      Math.min(zonedTimeToUtc({ ...next, day: 1 }, 0, 0, 0, 0, tz).getTime(), to.getTime()),
    );
    months.push({
      month: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`,
      from: start,
      to: end,
    });
    ({ year, month } = next);
    start = end;
  }
  return months;
}

export type IntervalName = 'DAY' | 'MONTH';

const DAY_MS = 86_400_000;
/** DAY reports cover at most two years (issue 10); MONTH reports ten. */
export const MAX_RANGE_MS: Record<IntervalName, number> = {
  DAY: 2 * 366 * DAY_MS,
  MONTH: 10 * 366 * DAY_MS,
};

/** Why a report range cannot be answered, or null. */
export function rangeProblem(from: Date, to: Date, interval: IntervalName): string | null {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()))
    return 'from and to must be dates.';
  if (to.getTime() <= from.getTime()) return 'to must be after from.';
  if (to.getTime() - from.getTime() > MAX_RANGE_MS[interval]) {
    return interval === 'DAY'
      ? 'A DAY report covers at most 2 years; ask for MONTH instead.'
      : 'A MONTH report covers at most 10 years.';
  }
  return null;
}

/**
 * Calendar and time-zone arithmetic for reward expiry. Pure: the only dependency is the built-in
 * `Intl` (full ICU), which supplies the zone rules.
 *
 * Expiry falls at the end of a local day: issue instant -> local date in the reward's zone ->
 * + period -> 23:59:59.999 local -> UTC instant. Working on local dates rather than adding
 * milliseconds is what keeps a DST change from shifting the local end of day.
 */

export type ExpiryUnit = 'DAYS' | 'WEEKS' | 'MONTHS' | 'YEARS';
export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

// Pinned calendar and digits so the parts always parse as proleptic Gregorian with ASCII numbers.
const LOCALE = 'en-US-u-ca-gregory-nu-latn';
// Creating a DateTimeFormat is far slower than using one, and expiry runs per issued reward.
const formatters = new Map<string, Intl.DateTimeFormat>();
// Keys are caller-supplied spellings ('utc', 'UTC', ...); the cap keeps odd input from growing
// the cache without bound.
const MAX_CACHED_ZONES = 1000;

/** Returns the cached formatter for a zone; throws RangeError for a zone Intl rejects. */
function formatterFor(tz: string): Intl.DateTimeFormat {
  let formatter = formatters.get(tz);
  if (formatter === undefined) {
    // Offset strings ('+05:30') are not IANA names; newer runtimes accept them, so reject them
    // here to behave the same on every Node version.
    if (/^[-+\u2212]/.test(tz)) {
      throw new RangeError(`Invalid time zone specified: ${tz}`);
    }
    formatter = new Intl.DateTimeFormat(LOCALE, {
      timeZone: tz,
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    if (formatters.size >= MAX_CACHED_ZONES) formatters.clear();
    formatters.set(tz, formatter);
  }
  return formatter;
}

interface WallClock extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

function assertValidInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid time value');
  return ms;
}

/** The wall clock (whole seconds) an instant shows in a zone. */
function wallClockAt(ms: number, tz: string): WallClock {
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const part of formatterFor(tz).formatToParts(ms)) {
    switch (part.type) {
      case 'era':
        bc = part.value === 'BC' || part.value === 'B';
        break;
      case 'year':
      case 'month':
      case 'day':
      case 'minute':
      case 'second':
        wall[part.type] = Number(part.value);
        break;
      case 'hour':
        // Some ICU builds still print midnight as 24 despite h23.
        wall.hour = Number(part.value) % 24;
        break;
      default:
        break;
    }
  }
  if (bc) wall.year = 1 - wall.year;
  return wall;
}

/** Epoch ms of a wall clock read as if it were UTC; Date.UTC would map years 0-99 to 19xx. */
function wallToEpochMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/** Wall clock minus UTC, in ms, given the wall clock the instant shows. */
function offsetOf(wall: WallClock, ms: number): number {
  const { year, month, day, hour, minute, second } = wall;
  // The formatter drops sub-second digits, so compare against the instant floored to the second.
  return wallToEpochMs(year, month, day, hour, minute, second) - Math.floor(ms / 1000) * 1000;
}

/** The zone's offset at an instant, in ms. */
function offsetMsAt(ms: number, tz: string): number {
  return offsetOf(wallClockAt(ms, tz), ms);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function assertInteger(value: number, name: string, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} out of range: ${value}`);
  }
}

function assertLocalDate(date: LocalDate): void {
  assertInteger(date.year, 'year', -271_820, 275_759);
  assertInteger(date.month, 'month', 1, 12);
  assertInteger(date.day, 'day', 1, daysInMonth(date.year, date.month));
}

/** True when tz is an IANA zone name Intl accepts (e.g. 'Australia/Melbourne', 'UTC'). */
export function isValidTimeZone(tz: string): boolean {
  return canonicalTimeZone(tz) !== undefined;
}

/** The canonical spelling Intl reports for a valid zone (e.g. 'utc' -> 'UTC'), else undefined. */
export function canonicalTimeZone(tz: string): string | undefined {
  if (typeof tz !== 'string' || tz === '') return undefined;
  try {
    return formatterFor(tz).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The calendar date of an instant in a zone. */
export function localDateOf(instant: Date, tz: string): LocalDate {
  const { year, month, day } = wallClockAt(assertValidInstant(instant), tz);
  return { year, month, day };
}

/**
 * The UTC instant of a local wall-clock time in a zone.
 *
 * - Wall time skipped by a forward shift (DST gap): the first instant after the gap, i.e. the
 *   moment the clocks jump. New York 2026-03-08 02:30 -> 03:00 EDT (07:00Z). Every skipped wall
 *   time maps to that one instant, so the result never goes backwards as the wall time grows, and
 *   the end of a day a zone skipped entirely (Samoa, 2011-12-30) is the start of the next day.
 * - Wall time repeated by a backward shift (DST overlap): the later instant, the one with the
 *   smaller offset. New York 2026-11-01 01:30 -> 01:30 EST (06:30Z). For an end of day that is
 *   the true last moment of the day (Santiago repeats 23:00-24:00 when DST ends).
 *
 * Assumes at most one offset change within a day either side of the wall time, which holds for
 * every zone's rules.
 */
export function zonedTimeToUtc(
  date: LocalDate,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  tz: string,
): Date {
  assertLocalDate(date);
  assertInteger(hour, 'hour', 0, 23);
  assertInteger(minute, 'minute', 0, 59);
  assertInteger(second, 'second', 0, 59);
  assertInteger(ms, 'ms', 0, 999);
  const wall = wallToEpochMs(date.year, date.month, date.day, hour, minute, second, ms);

  // Offsets in force a day before and after bracket every instant the wall time could denote.
  const before = offsetMsAt(wall - MS_PER_DAY, tz);
  const after = offsetMsAt(wall + MS_PER_DAY, tz);
  if (before === after) return new Date(wall - before); // no shift nearby: the usual case
  const viaBefore = wall - before;
  const viaAfter = wall - after;
  const beforeFits = offsetMsAt(viaBefore, tz) === before;
  const afterFits = offsetMsAt(viaAfter, tz) === after;

  if (beforeFits && afterFits) return new Date(Math.max(viaBefore, viaAfter));
  if (afterFits) return new Date(viaAfter);
  if (beforeFits) return new Date(viaBefore);
  if (after <= before) return new Date(viaBefore); // cannot happen with a single shift

  // Gap: the shift lies in (viaAfter, viaBefore]; find its first instant.
  let lo = viaAfter; // still on the old offset
  let hi = viaBefore; // already on the new offset
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offsetMsAt(mid, tz) === before) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

/** 23:59:59.999 local on that date, as a UTC instant. */
export function endOfLocalDay(date: LocalDate, tz: string): Date {
  return zonedTimeToUtc(date, 23, 59, 59, 999, tz);
}

/**
 * Calendar arithmetic: DAYS/WEEKS add days; MONTHS/YEARS add months and clamp the day to the
 * month's last day (Jan 31 + 1 MONTHS = Feb 28 or Feb 29; Feb 29 2028 + 1 YEARS = Feb 28 2029).
 * n may be negative. Each call clamps from the original date, so a month end is never carried
 * over into a shorter month and then lost.
 */
export function addToLocalDate(date: LocalDate, n: number, unit: ExpiryUnit): LocalDate {
  assertLocalDate(date);
  assertInteger(n, 'n', -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  switch (unit) {
    case 'DAYS':
    case 'WEEKS': {
      const days = unit === 'WEEKS' ? n * 7 : n;
      const result = new Date(wallToEpochMs(date.year, date.month, date.day) + days * MS_PER_DAY);
      if (Number.isNaN(result.getTime())) throw new RangeError(`n out of range: ${n}`);
      return {
        year: result.getUTCFullYear(),
        month: result.getUTCMonth() + 1,
        day: result.getUTCDate(),
      };
    }
    case 'MONTHS':
    case 'YEARS': {
      const months = unit === 'YEARS' ? n * 12 : n;
      const index = date.year * 12 + (date.month - 1) + months;
      const year = Math.floor(index / 12);
      const month = index - year * 12 + 1;
      const result = { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
      assertLocalDate(result);
      return result;
    }
    default: {
      const unknown: never = unit;
      throw new RangeError(`Unknown expiry unit: ${String(unknown)}`);
    }
  }
}

/** DOMAIN.md's rule: issue instant -> local date in tz -> + period -> 23:59:59.999 local -> UTC. */
export function computeExpiry(issuedAt: Date, tz: string, period: number, unit: ExpiryUnit): Date {
  return endOfLocalDay(addToLocalDate(localDateOf(issuedAt, tz), period, unit), tz);
}

/**
 * Adds whole local days to an expiry, landing at the end of that local day (used by "extend by
 * N days"): localDateOf(expiresAt) + days -> endOfLocalDay.
 */
export function extendByDays(expiresAt: Date, tz: string, days: number): Date {
  return endOfLocalDay(addToLocalDate(localDateOf(expiresAt, tz), days, 'DAYS'), tz);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatYear(year: number): string {
  // ISO 8601 needs a sign and six digits outside 0000-9999, as Date#toISOString does.
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return (year < 0 ? '-' : '+') + pad(Math.abs(year), 6);
}

function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const totalSeconds = Math.abs(offsetMs) / 1000;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  // Only pre-1900 local mean times have seconds in the offset; keep them so the text is exact.
  return `${sign}${pad(hours)}:${pad(minutes)}${seconds === 0 ? '' : `:${pad(seconds)}`}`;
}

/**
 * An instant formatted in a zone with its offset, seconds precision (sub-seconds are dropped):
 * e.g. '2026-12-31T23:59:59+11:00', '2026-07-31T23:59:59-04:00'; UTC gives '+00:00'.
 */
export function formatLocal(instant: Date, tz: string): string {
  const ms = assertValidInstant(instant);
  const wall = wallClockAt(ms, tz);
  const offset = offsetOf(wall, ms);
  const date = `${formatYear(wall.year)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return `${date}T${time}${formatOffset(offset)}`;
}

/**
 * The zone's UTC offset at an instant, in minutes (Melbourne in January = +660). Whole minutes
 * for every modern rule; pre-1900 local mean times can give a fraction.
 */
export function offsetMinutes(instant: Date, tz: string): number {
  return offsetMsAt(assertValidInstant(instant), tz) / MS_PER_MINUTE;
}

/** The local calendar day containing an instant, as [start, end) in UTC. */
export function localDay(instant: Date, tz: string): { start: Date; end: Date } {
  const date = localDateOf(instant, tz);
  return {
    start: zonedTimeToUtc(date, 0, 0, 0, 0, tz),
    end: zonedTimeToUtc(addToLocalDate(date, 1, 'DAYS'), 0, 0, 0, 0, tz),
  };
}

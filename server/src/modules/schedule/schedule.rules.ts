import { addToLocalDate, type LocalDate, localDateOf } from '../../core/time';

// Who the daily pass pays, as pure functions of a profile's dates and the pass's instant.

/** Days the pass looks back for an anniversary it missed (the server was down, say). */
export const ANNIVERSARY_CATCH_UP_DAYS = 31;
/** Rewards expiring within this many days get a `reward.expiring` reminder. */
export const REMINDER_DAYS = 14;

const DAY_MS = 86_400_000;

function dayNumber(d: LocalDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

/** The birthday occurrence in the profile's local birth month: `birthday:<local year>`. */
export function birthdayKey(birthDate: string | null, tz: string, asOf: Date): string | null {
  if (!birthDate) return null;
  const month = Number(birthDate.slice(5, 7));
  const today = localDateOf(asOf, tz);
  return today.month === month ? `birthday:${today.year}` : null;
}

/**
 * The join anniversary due on the local day of `asOf`, or missed within the catch-up window
 * (and not before `since`, when the reaction began): `anniversary:<years>`. Feb 29 joins
 * celebrate on Feb 28 in other years.
 */
export function anniversaryKey(joinedAt: Date, tz: string, asOf: Date, since: Date): string | null {
  const joined = localDateOf(joinedAt, tz);
  const today = localDateOf(asOf, tz);
  const years = today.year - joined.year;
  for (const n of [years, years - 1]) {
    if (n < 1) continue;
    const day = dayNumber(addToLocalDate(joined, n, 'YEARS'));
    const age = dayNumber(today) - day;
    const sinceDay = dayNumber(localDateOf(since, tz));
    if (age >= 0 && age <= ANNIVERSARY_CATCH_UP_DAYS && day >= sinceDay) return `anniversary:${n}`;
  }
  return null;
}

/**
 * A lapse: `lapsedDays` full days since the last transaction (or since joining, without one).
 * Keyed by when the quiet began, so a new transaction starts a new lapse.
 */
export function lapseKey(
  lastActivity: Date | null,
  joinedAt: Date,
  lapsedDays: number,
  asOf: Date,
): string | null {
  const start = lastActivity ?? joinedAt;
  return asOf.getTime() - start.getTime() >= lapsedDays * DAY_MS
    ? `lapse:${start.toISOString()}`
    : null;
}

/** A YYYY-MM-DD date, or null when it is not a real one. */
export function parseLocalDate(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
  return { year: +m[1], month: +m[2], day: +m[3] };
}

/** Every date from `from` to `to`, both included (a backfill's days, at most ten years). */
export function daysBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  const last = dayNumber(to);
  for (let d = from; dayNumber(d) <= last && out.length <= 3660; d = addToLocalDate(d, 1, 'DAYS')) {
    out.push(d);
  }
  return out;
}

export function formatLocalDate(d: LocalDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The zone's offset from UTC at an instant, in milliseconds (whole seconds). */
function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant of a wall-clock time in an IANA zone, as an ISO string. */
function zonedToIso(
  date: string,
  timeZone: string,
  [hours, minutes, seconds, ms]: [number, number, number, number],
): string | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const local = Date.UTC(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    hours,
    minutes,
    seconds,
    ms,
  );
  if (Number.isNaN(local)) return null;
  // Twice, so a guess on the other side of a DST change settles on the right offset.
  let instant = local - offsetMs(local, timeZone);
  instant = local - offsetMs(instant, timeZone);
  return new Date(instant).toISOString();
}

/** The last millisecond of a local date (YYYY-MM-DD) in a zone: how the service ends rewards. */
export function endOfLocalDay(date: string, timeZone: string): string | null {
  return zonedToIso(date, timeZone, [23, 59, 59, 999]);
}

/** The first instant of a local date (YYYY-MM-DD) in a zone. */
export function startOfLocalDay(date: string, timeZone: string): string | null {
  return zonedToIso(date, timeZone, [0, 0, 0, 0]);
}

/** The local date (YYYY-MM-DD) of an instant in a zone, e.g. to prefill a date input. */
export function localDateOf(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const instantFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(iso: string, timeZone: string) {
  let format = instantFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    instantFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return {
    date: `${part('day')} ${part('month')} ${part('year')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/**
 * The one way the app shows an instant: in a named zone, with the zone's name, e.g.
 * "31 Dec 2026, 23:59 Australia/Melbourne". Customer pages pass the customer's zone, other
 * pages the brand's (see useTimeZone).
 */
export function formatInstant(iso: string, timeZone: string): string {
  const { date, time } = partsIn(iso, timeZone);
  return `${date}, ${time} ${timeZone}`;
}

/** The local day of an instant in a zone, with the zone: "31 Dec 2026 (Australia/Melbourne)". */
export function formatDay(iso: string, timeZone: string): string {
  return `${partsIn(iso, timeZone).date} (${timeZone})`;
}

/** A change of local day, with the zone once: "14 Jan 2027 → 28 Feb 2027 (Australia/Melbourne)". */
export function formatDayChange(fromIso: string, toIso: string, timeZone: string): string {
  return `${partsIn(fromIso, timeZone).date} → ${partsIn(toIso, timeZone).date} (${timeZone})`;
}

const UNIT_WORDS: Record<string, [one: string, many: string]> = {
  DAYS: ['day', 'days'],
  WEEKS: ['week', 'weeks'],
  MONTHS: ['month', 'months'],
  YEARS: ['year', 'years'],
};

/** A period for people: (1, MONTHS) → "1 month", (90, DAYS) → "90 days". */
export function formatDuration(count: number, unit: string): string {
  const words = UNIT_WORDS[unit] ?? [unit.toLowerCase(), unit.toLowerCase()];
  return `${count} ${count === 1 ? words[0] : words[1]}`;
}

/** Every IANA zone the runtime knows, UTC included, for a picker. */
export function timeZoneOptions(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** A span of time, coarsely: "less than a minute", "4 min", "1 h 5 min", "3 days". */
export function formatSpan(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 day' : `${days} days`;
}

/** When a hold lapses relative to `now`: "lapses in 4 min" or "lapsed 2 min ago". */
export function formatLapse(expiresAt: string, now: number): string {
  const ms = new Date(expiresAt).getTime() - now;
  return ms > 0 ? `lapses in ${formatSpan(ms)}` : `lapsed ${formatSpan(ms)} ago`;
}

import type { ExpiryUnit } from '../../graphql/generated/graphql';
import { formatDay, formatDuration } from '../../lib/dates';

/** A definition's expiry rule for people: "3 months", "90 days", or the fixed day. */
export function expiryRule(
  d: {
    expiryPeriod?: number | null;
    expiryUnit?: ExpiryUnit | null;
    absoluteExpiry?: string | null;
  },
  timeZone: string,
): string {
  if (d.absoluteExpiry) return `until ${formatDay(d.absoluteExpiry, timeZone)}`;
  if (d.expiryPeriod != null && d.expiryUnit) return formatDuration(d.expiryPeriod, d.expiryUnit);
  return '—';
}

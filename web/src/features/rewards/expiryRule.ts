import type { ExpiryUnit } from '../../graphql/generated/graphql';
import { formatDate } from '../../lib/dates';

/** A definition's expiry rule for people: "3 MONTHS", or the fixed date. */
export function expiryRule(d: {
  expiryPeriod?: number | null;
  expiryUnit?: ExpiryUnit | null;
  absoluteExpiry?: string | null;
}): string {
  if (d.absoluteExpiry) return `until ${formatDate(d.absoluteExpiry)}`;
  if (d.expiryPeriod != null && d.expiryUnit) return `${d.expiryPeriod} ${d.expiryUnit}`;
  return '—';
}

import { localDay } from '../../core/time';

// Pure rules about rewards: no I/O, unit-tested on their own.

export type RewardStatusName = 'PENDING' | 'ACTIVE' | 'USED' | 'EXPIRED' | 'VOIDED';

export interface StatusFacts {
  voidedAt: Date | null;
  valueRemaining: number;
  expiresAt: Date;
  activatesAt: Date | null;
}

/**
 * DOMAIN.md's order: VOIDED if voided; else USED if nothing remains; else EXPIRED once now is
 * past expiresAt (usable while now <= expiresAt); else PENDING before activatesAt; else ACTIVE.
 */
export function rewardStatus(r: StatusFacts, now: Date): RewardStatusName {
  if (r.voidedAt) return 'VOIDED';
  if (r.valueRemaining === 0) return 'USED';
  if (now.getTime() > r.expiresAt.getTime()) return 'EXPIRED';
  if (r.activatesAt && r.activatesAt.getTime() > now.getTime()) return 'PENDING';
  return 'ACTIVE';
}

export interface ManagerLimits {
  managerIssueLimit: number;
  managerDailyIssueLimit: number;
}

export type LimitVerdict =
  { ok: true } | { ok: false; limit: number; which: 'single' | 'daily'; issuedToday: number };

/** Whether a MANAGER may manually issue `value` having issued `issuedToday` this brand-local day. */
export function checkManagerLimits(
  value: number,
  issuedToday: number,
  limits: ManagerLimits,
): LimitVerdict {
  if (value > limits.managerIssueLimit) {
    return { ok: false, limit: limits.managerIssueLimit, which: 'single', issuedToday };
  }
  if (issuedToday + value > limits.managerDailyIssueLimit) {
    return { ok: false, limit: limits.managerDailyIssueLimit, which: 'daily', issuedToday };
  }
  return { ok: true };
}

/**
 * The day a MANAGER's daily limit counts: the brand's local calendar day containing the
 * instant, [start, end) in UTC (DOMAIN.md: per local day of the brand's time zone).
 */
export function limitDay(now: Date, brandTimezone: string): { start: Date; end: Date } {
  return localDay(now, brandTimezone);
}

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

export type LimitVerdict = { ok: true } | { ok: false; limit: number; which: 'single' | 'daily' };

/** Whether a MANAGER may manually issue `value` having issued `issuedToday` this UTC day. */
export function checkManagerLimits(
  value: number,
  issuedToday: number,
  limits: ManagerLimits,
): LimitVerdict {
  if (value > limits.managerIssueLimit) {
    return { ok: false, limit: limits.managerIssueLimit, which: 'single' };
  }
  if (issuedToday + value > limits.managerDailyIssueLimit) {
    return { ok: false, limit: limits.managerDailyIssueLimit, which: 'daily' };
  }
  return { ok: true };
}

/** The UTC day [start, end) containing an instant: the window the daily limit counts. */
export function utcDay(now: Date): { start: Date; end: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { start, end: new Date(start.getTime() + 86_400_000) };
}

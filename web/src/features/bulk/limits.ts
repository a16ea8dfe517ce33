import { formatMoney } from '../../lib/money';

/** A manager's issue limits, in minor units of the reward's currency. */
export interface ManagerLimits {
  managerIssueLimit: number;
  managerDailyIssueLimit: number;
  defaultTimezone: string;
}

export interface BulkTotals {
  /** What the upload issues in all: the value times the rows. */
  total: number;
  /** The value is over a manager's single-reward limit: every row would fail. */
  overSingle: boolean;
  /** The total is over a manager's daily limit: the rows past it would fail. */
  overDaily: boolean;
  /** Rows the daily limit covers at most (fewer when the manager issued earlier that day). */
  rowsWithinDaily: number;
}

/** What an upload of `rows` rewards of `amount` each comes to, against a manager's limits. */
export function bulkTotals(amount: number, rows: number, limits: ManagerLimits | null): BulkTotals {
  const total = amount * rows;
  if (!limits) return { total, overSingle: false, overDaily: false, rowsWithinDaily: rows };
  return {
    total,
    overSingle: amount > limits.managerIssueLimit,
    overDaily: total > limits.managerDailyIssueLimit,
    rowsWithinDaily:
      amount > 0 ? Math.min(rows, Math.floor(limits.managerDailyIssueLimit / amount)) : rows,
  };
}

/** "Managers can issue up to A$50.00 per reward and A$200.00 a day (days in Australia/Melbourne)." */
export function limitsSentence(limits: ManagerLimits, currency: string): string {
  return (
    `Managers can issue up to ${formatMoney(limits.managerIssueLimit, currency)} per reward and ` +
    `${formatMoney(limits.managerDailyIssueLimit, currency)} a day ` +
    `(days in ${limits.defaultTimezone}).`
  );
}

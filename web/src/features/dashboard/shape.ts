import { minorDigits, MONEY_LOCALE } from '../../lib/money';
import { addMonths, periodLabel } from './periods';

// Turns the report answers into what the figures, charts and tables show. Pure, so that every
// sum and every filled-in gap is tested without a server or a browser.

interface Money {
  amount: number;
  currency: string;
}

export interface ActivityRow {
  period: string;
  rewardType: string;
  rewardTypeName: string;
  issued: Money;
  redeemed: Money;
  restored: Money;
  expired: Money;
  voided: Money;
}

export interface MonthRow {
  month: string;
  rewardCount: number;
  amount: Money;
}

export interface LiabilityReport {
  currency: string;
  outstanding: Money;
  /** Of that, what expires within the next 30 days. */
  expiringSoon: Money;
  byExpiryMonth: readonly MonthRow[];
}

/** One bar (or stack, or group) of a chart: a period and a value per series. */
export interface ChartDatum {
  key: string;
  /** For a table or a tooltip: "December 2026". */
  label: string;
  values: Record<string, number>;
  total: number;
}

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface ChartData {
  series: ChartSeries[];
  data: ChartDatum[];
}

export const MEASURES = [
  { key: 'issued', label: 'Issued' },
  { key: 'redeemed', label: 'Redeemed' },
  { key: 'expired', label: 'Expired' },
  { key: 'voided', label: 'Voided' },
] as const;

export type Measure = (typeof MEASURES)[number]['key'];

/**
 * Colours for reward types, told apart with colour blindness (Okabe–Ito, darkened where a
 * light one would vanish against white); the same type keeps its colour across measures.
 */
export const TYPE_COLORS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#7b61a8',
  '#8c7a3a',
] as const;
export const OTHER_COLOR = '#9aa3ad';
export const OTHER_KEY = '__other';

/** The brand's currencies: its default first, then every other one it has amounts in. */
export function currenciesOf(
  defaultCurrency: string,
  definitionCurrencies: readonly string[],
  rows: readonly ActivityRow[],
): string[] {
  const others = new Set([...definitionCurrencies, ...rows.map((r) => r.issued.currency)]);
  others.delete(defaultCurrency);
  return [defaultCurrency, ...[...others].sort()];
}

export interface PeriodTotals {
  issued: number;
  redeemed: number;
  restored: number;
  expired: number;
  voided: number;
}

/** Every reward type's activity in one period and currency, added up. */
export function periodTotals(
  rows: readonly ActivityRow[],
  currency: string,
  period: string,
): PeriodTotals {
  const totals: PeriodTotals = { issued: 0, redeemed: 0, restored: 0, expired: 0, voided: 0 };
  for (const row of rows) {
    if (row.period !== period || row.issued.currency !== currency) continue;
    for (const key of Object.keys(totals) as (keyof PeriodTotals)[]) {
      totals[key] += row[key].amount;
    }
  }
  return totals;
}

/**
 * One measure of the activity as stacks per period, one series per reward type. The types
 * are ordered by their total over the range, largest first; past `maxSeries` the smallest
 * share one "Other types" series. Periods without rows are there with zeros.
 */
export function activityChart(
  rows: readonly ActivityRow[],
  {
    currency,
    measure,
    periods,
    maxSeries = TYPE_COLORS.length,
  }: { currency: string; measure: Measure; periods: readonly string[]; maxSeries?: number },
): ChartData {
  const inCurrency = rows.filter((r) => r.issued.currency === currency);
  // Colours follow the types' keys, so switching the measure does not repaint a type.
  const allTypes = [...new Set(inCurrency.map((r) => r.rewardType))].sort();
  const names = new Map(inCurrency.map((r) => [r.rewardType, r.rewardTypeName]));
  const totals = new Map<string, number>();
  for (const row of inCurrency) {
    totals.set(row.rewardType, (totals.get(row.rewardType) ?? 0) + row[measure].amount);
  }
  const ranked = allTypes
    .filter((type) => (totals.get(type) ?? 0) !== 0)
    .sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
  const shown = ranked.length > maxSeries ? ranked.slice(0, maxSeries - 1) : ranked;
  const other = new Set(ranked.slice(shown.length));
  const series: ChartSeries[] = shown.map((type) => ({
    key: type,
    label: names.get(type) ?? type,
    color: TYPE_COLORS[allTypes.indexOf(type) % TYPE_COLORS.length] ?? OTHER_COLOR,
  }));
  if (other.size) series.push({ key: OTHER_KEY, label: 'Other types', color: OTHER_COLOR });

  const byPeriod = new Map(periods.map((p) => [p, emptyValues(series)]));
  for (const row of inCurrency) {
    const values = byPeriod.get(row.period);
    if (!values) continue;
    const key = other.has(row.rewardType) ? OTHER_KEY : row.rewardType;
    const value = values[key];
    if (value !== undefined) values[key] = value + row[measure].amount;
  }
  return {
    series,
    data: periods.map((p) => datum(p, periodLabel(p), byPeriod.get(p) ?? emptyValues(series))),
  };
}

function emptyValues(series: readonly ChartSeries[]): Record<string, number> {
  return Object.fromEntries(series.map((s) => [s.key, 0]));
}

function datum(key: string, label: string, values: Record<string, number>): ChartDatum {
  return { key, label, values, total: Object.values(values).reduce((a, b) => a + b, 0) };
}

export const LATER_KEY = 'later';
const LIABILITY_SERIES: ChartSeries[] = [
  { key: 'outstanding', label: 'Outstanding', color: '#1f5fbf' },
];

/** A bar of the liability chart, with how many rewards carry it. */
export interface LiabilityDatum extends ChartDatum {
  rewardCount: number;
}

/**
 * What is owed by month of expiry: the `months` months from the current one, each shown even
 * when nothing expires then, and one "Later" bar for everything after them.
 */
export function liabilityChart(
  liability: LiabilityReport,
  { currentMonth, months = 12 }: { currentMonth: string; months?: number },
): { series: ChartSeries[]; data: LiabilityDatum[] } {
  const shown = Array.from({ length: months }, (_, i) => addMonths(currentMonth, i));
  const last = addMonths(currentMonth, months - 1);
  const buckets = new Map(shown.map((m) => [m, { amount: 0, count: 0 }]));
  const later = { amount: 0, count: 0 };
  for (const row of liability.byExpiryMonth) {
    // The current month is the earliest the server answers; anything before it joins it.
    const bucket =
      row.month > last ? later : (buckets.get(row.month) ?? buckets.get(currentMonth) ?? later);
    bucket.amount += row.amount.amount;
    bucket.count += row.rewardCount;
  }
  const data: LiabilityDatum[] = shown.map((m) => {
    const b = buckets.get(m) ?? { amount: 0, count: 0 };
    return { ...datum(m, periodLabel(m), { outstanding: b.amount }), rewardCount: b.count };
  });
  if (later.count) {
    data.push({
      ...datum(LATER_KEY, `After ${periodLabel(last)}`, { outstanding: later.amount }),
      rewardCount: later.count,
    });
  }
  return { series: LIABILITY_SERIES, data };
}

/** How many rewards are outstanding, over every month of expiry. */
export function outstandingCount(liability: LiabilityReport): number {
  return liability.byExpiryMonth.reduce((sum, row) => sum + row.rewardCount, 0);
}

const BREAKAGE_SERIES: ChartSeries[] = [
  { key: 'redeemed', label: 'Redeemed, less returns', color: '#0072b2' },
  { key: 'expired', label: 'Expired unredeemed', color: '#d55e00' },
];

/**
 * Breakage beside redemption per month: value left on rewards that expired that month (the
 * breakage report) and value redeemed that month less what reversals and returns gave back
 * (a month whose returns outweigh its redemptions counts as nothing redeemed).
 */
export function breakageChart(
  breakage: readonly MonthRow[],
  activity: readonly ActivityRow[],
  { currency, months }: { currency: string; months: readonly string[] },
): ChartData {
  const expired = new Map(breakage.map((r) => [r.month, r.amount.amount]));
  return {
    series: BREAKAGE_SERIES,
    data: months.map((m) => {
      const t = periodTotals(activity, currency, m);
      return datum(m, periodLabel(m), {
        redeemed: Math.max(0, t.redeemed - t.restored),
        expired: expired.get(m) ?? 0,
      });
    }),
  };
}

/** Expired as a share of expired plus redeemed, 0 to 1; null when both are zero. */
export function breakageRate(expired: number, redeemed: number): number | null {
  return expired + redeemed > 0 ? expired / (expired + redeemed) : null;
}

/** A series' total over the chart's periods. */
export function seriesTotal(chart: { data: readonly ChartDatum[] }, key: string): number {
  return chart.data.reduce((sum, d) => sum + (d.values[key] ?? 0), 0);
}

/** The period with the largest total, or null when every total is zero. */
export function peakOf<D extends ChartDatum>(data: readonly D[]): D | null {
  let peak: D | null = null;
  for (const d of data) if (d.total > 0 && (!peak || d.total > peak.total)) peak = d;
  return peak;
}

/** A new brand: nothing owed, nothing expired, no ledger activity in any currency. */
export function hasNoRewards(
  liability: LiabilityReport,
  breakage: readonly MonthRow[],
  activity: readonly ActivityRow[],
): boolean {
  return liability.byExpiryMonth.length === 0 && breakage.length === 0 && activity.length === 0;
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** An axis label: minor units as a short amount, "A$0", "A$950", "A$1.2K", "¥15K". */
export function formatMoneyShort(amount: number, currency: string): string {
  let format = compactFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(MONEY_LOCALE, {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
    compactFormats.set(currency, format);
  }
  return format.format(amount / 10 ** minorDigits(currency));
}

/** A share for people: 0.1234 → "12.3%". */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(MONEY_LOCALE, {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

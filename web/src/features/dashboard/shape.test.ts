import { describe, expect, it } from 'vitest';
import {
  activityRange,
  addDays,
  addMonths,
  daysUpTo,
  lastDayOf,
  localToday,
  monthsUpTo,
  periodLabel,
  periodTick,
} from './periods';
import {
  activityChart,
  breakageChart,
  breakageRate,
  currenciesOf,
  formatMoneyShort,
  formatPercent,
  hasNoRewards,
  LATER_KEY,
  liabilityChart,
  OTHER_COLOR,
  OTHER_KEY,
  outstandingCount,
  peakOf,
  periodTotals,
  seriesTotal,
  TYPE_COLORS,
  type ActivityRow,
  type LiabilityReport,
} from './shape';

const money = (amount: number, currency = 'AUD') => ({ amount, currency });

function row(
  period: string,
  rewardType: string,
  sums: Partial<Record<'issued' | 'redeemed' | 'restored' | 'expired' | 'voided', number>>,
  currency = 'AUD',
): ActivityRow {
  return {
    period,
    rewardType,
    rewardTypeName: rewardType.replace(
      /(^|-)(\w)/g,
      (_, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`,
    ),
    issued: money(sums.issued ?? 0, currency),
    redeemed: money(sums.redeemed ?? 0, currency),
    restored: money(sums.restored ?? 0, currency),
    expired: money(sums.expired ?? 0, currency),
    voided: money(sums.voided ?? 0, currency),
  };
}

describe("the brand's calendar", () => {
  it('counts days and months across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -13)).toBe('2024-12');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
  });

  it("takes today from the brand's zone, not the browser's", () => {
    // 20:00 UTC on 31 December is already New Year's Day in Melbourne.
    const instant = Date.parse('2026-12-31T20:00:00Z');
    expect(localToday(instant, 'Australia/Melbourne')).toBe('2027-01-01');
    expect(localToday(instant, 'America/New_York')).toBe('2026-12-31');
  });

  it('asks for whole local months, from the first of the earliest to the first of the next', () => {
    const range = monthsUpTo('2026-12-04', 12, 'Australia/Melbourne');
    expect(range.interval).toBe('MONTH');
    expect(range.periods).toHaveLength(12);
    expect(range.periods[0]).toBe('2026-01');
    expect(range.periods.at(-1)).toBe('2026-12');
    // Midnight in Melbourne, in daylight time (UTC+11) at both ends.
    expect(range.from).toBe('2025-12-31T13:00:00.000Z');
    expect(range.to).toBe('2026-12-31T13:00:00.000Z');
  });

  it('asks for whole local days up to the end of today, across a daylight-saving change', () => {
    const range = daysUpTo('2026-04-10', 30, 'Australia/Melbourne');
    expect(range.interval).toBe('DAY');
    expect(range.periods[0]).toBe('2026-03-12');
    expect(range.periods.at(-1)).toBe('2026-04-10');
    expect(range.from).toBe('2026-03-11T13:00:00.000Z'); // +11 before 5 April
    expect(range.to).toBe('2026-04-10T14:00:00.000Z'); // +10 after
    expect(activityRange('30d', '2026-04-10', 'Australia/Melbourne')).toEqual(range);
    expect(activityRange('24m', '2026-04-10', 'UTC').periods).toHaveLength(24);
  });

  it('names periods for tables and labels bars with what changed since the last label', () => {
    expect(periodLabel('2026-12')).toBe('December 2026');
    expect(periodLabel('2026-12-04')).toBe('4 Dec 2026');
    expect(periodTick('2026-12', null)).toEqual(['Dec', '2026']);
    expect(periodTick('2027-01', '2026-12')).toEqual(['Jan', '2027']);
    expect(periodTick('2027-02', '2027-01')).toEqual(['Feb']);
    expect(periodTick('2026-12-31', '2026-12-30')).toEqual(['31']);
    expect(periodTick('2027-01-01', '2026-12-31')).toEqual(['1', 'Jan']);
  });
});

describe('activity as chart series', () => {
  const periods = ['2026-10', '2026-11', '2026-12'];
  const rows = [
    row('2026-10', 'birthday', { issued: 1500, redeemed: 500 }),
    row('2026-10', 'welcome', { issued: 1000 }),
    row('2026-12', 'birthday', { issued: 3000, expired: 250 }),
    row('2026-12', 'welcome', { issued: 1000, voided: 1000 }),
    row('2026-12', 'welcome', { issued: 99_900 }, 'NZD'),
  ];

  it('stacks one measure per period and reward type, with empty periods as zeros', () => {
    const chart = activityChart(rows, { currency: 'AUD', measure: 'issued', periods });
    expect(chart.series.map((s) => [s.key, s.label])).toEqual([
      ['birthday', 'Birthday'],
      ['welcome', 'Welcome'],
    ]);
    expect(chart.data.map((d) => [d.key, d.label, d.values, d.total])).toEqual([
      ['2026-10', 'October 2026', { birthday: 1500, welcome: 1000 }, 2500],
      ['2026-11', 'November 2026', { birthday: 0, welcome: 0 }, 0],
      ['2026-12', 'December 2026', { birthday: 3000, welcome: 1000 }, 4000],
    ]);
    // The NZD row is another currency's.
    expect(seriesTotal(chart, 'welcome')).toBe(2000);
  });

  it('leaves out types with nothing in the measure and keeps each type its colour', () => {
    const issued = activityChart(rows, { currency: 'AUD', measure: 'issued', periods });
    const voided = activityChart(rows, { currency: 'AUD', measure: 'voided', periods });
    expect(voided.series.map((s) => s.key)).toEqual(['welcome']);
    expect(voided.series[0]?.color).toBe(issued.series[1]?.color);
    expect(activityChart([], { currency: 'AUD', measure: 'issued', periods }).series).toEqual([]);
  });

  it('puts the smallest types together as "Other types" past the colours it has', () => {
    const many = Array.from({ length: 10 }, (_, i) =>
      row('2026-12', `type-${i}`, { issued: (i + 1) * 100 }),
    );
    const chart = activityChart(many, { currency: 'AUD', measure: 'issued', periods });
    expect(chart.series).toHaveLength(TYPE_COLORS.length);
    expect(chart.series[0]?.key).toBe('type-9');
    expect(chart.series.at(-1)).toEqual({
      key: OTHER_KEY,
      label: 'Other types',
      color: OTHER_COLOR,
    });
    // type-0, type-1 and type-2 are the three smallest: 100 + 200 + 300.
    expect(chart.data[2]?.values[OTHER_KEY]).toBe(600);
    expect(chart.data[2]?.total).toBe(5500);
  });

  it("adds up a month's activity over every reward type, in one currency", () => {
    expect(periodTotals(rows, 'AUD', '2026-12')).toEqual({
      issued: 4000,
      redeemed: 0,
      restored: 0,
      expired: 250,
      voided: 1000,
    });
    expect(periodTotals(rows, 'NZD', '2026-12').issued).toBe(99_900);
    expect(periodTotals(rows, 'AUD', '2026-11').issued).toBe(0);
  });

  it("lists the brand's currencies with its default first", () => {
    expect(currenciesOf('AUD', ['USD', 'AUD'], rows)).toEqual(['AUD', 'NZD', 'USD']);
    expect(currenciesOf('AUD', [], [])).toEqual(['AUD']);
  });
});

describe('liability by month of expiry', () => {
  const liability: LiabilityReport = {
    currency: 'AUD',
    outstanding: money(7250),
    expiringSoon: money(1250),
    byExpiryMonth: [
      { month: '2026-12', rewardCount: 2, amount: money(1250) },
      { month: '2027-02', rewardCount: 1, amount: money(3000) },
      { month: '2028-06', rewardCount: 1, amount: money(2000) },
      { month: '2030-01', rewardCount: 3, amount: money(1000) },
    ],
  };

  it('shows the next twelve months, each one even when nothing expires, then "Later"', () => {
    const chart = liabilityChart(liability, { currentMonth: '2026-12' });
    expect(chart.data).toHaveLength(13);
    expect(chart.data[0]).toMatchObject({ key: '2026-12', total: 1250, rewardCount: 2 });
    expect(chart.data[1]).toMatchObject({ key: '2027-01', total: 0, rewardCount: 0 });
    expect(chart.data[2]).toMatchObject({ key: '2027-02', total: 3000, rewardCount: 1 });
    expect(chart.data[12]).toMatchObject({
      key: LATER_KEY,
      label: 'After November 2027',
      total: 3000,
      rewardCount: 4,
    });
    expect(chart.data.reduce((sum, d) => sum + d.total, 0)).toBe(7250);
    expect(peakOf(chart.data)?.key).toBe('2027-02');
  });

  it('has no "Later" bar when everything expires within the year', () => {
    const soon = { ...liability, byExpiryMonth: liability.byExpiryMonth.slice(0, 2) };
    expect(liabilityChart(soon, { currentMonth: '2026-12' }).data).toHaveLength(12);
  });

  it('counts the rewards owed on over every month of expiry', () => {
    expect(outstandingCount(liability)).toBe(7);
  });
});

describe('breakage against redemption', () => {
  it('sets what expired unredeemed beside what was redeemed less returns, per month', () => {
    const chart = breakageChart(
      [{ month: '2026-11', rewardCount: 2, amount: money(1500) }],
      [
        row('2026-11', 'birthday', { redeemed: 4000, restored: 500 }),
        row('2026-11', 'welcome', { redeemed: 1000 }),
        // More given back than redeemed that month: nothing redeemed, not a negative bar.
        row('2026-12', 'welcome', { redeemed: 100, restored: 700 }),
        row('2026-11', 'welcome', { redeemed: 5000 }, 'NZD'),
      ],
      { currency: 'AUD', months: ['2026-10', '2026-11', '2026-12'] },
    );
    expect(chart.data.map((d) => [d.key, d.values])).toEqual([
      ['2026-10', { redeemed: 0, expired: 0 }],
      ['2026-11', { redeemed: 4500, expired: 1500 }],
      ['2026-12', { redeemed: 0, expired: 0 }],
    ]);
    expect(breakageRate(1500, 4500)).toBe(0.25);
    expect(breakageRate(0, 0)).toBeNull();
    expect(formatPercent(0.25)).toBe('25%');
    expect(formatPercent(1 / 3)).toBe('33.3%');
  });
});

describe('a new brand', () => {
  it('has no rewards when nothing is owed, expired or recorded in the ledger', () => {
    const none: LiabilityReport = {
      currency: 'AUD',
      outstanding: money(0),
      expiringSoon: money(0),
      byExpiryMonth: [],
    };
    expect(hasNoRewards(none, [], [])).toBe(true);
    expect(hasNoRewards(none, [], [row('2026-12', 'welcome', { issued: 1000 }, 'NZD')])).toBe(
      false,
    );
  });
});

describe('amounts on an axis', () => {
  it('shortens amounts in the currency, from minor units', () => {
    expect(formatMoneyShort(0, 'AUD')).toBe('A$0');
    expect(formatMoneyShort(95_000, 'AUD')).toBe('A$950');
    expect(formatMoneyShort(125_000, 'AUD')).toBe('A$1.3K');
    expect(formatMoneyShort(1_500_000, 'JPY')).toBe('¥1.5M');
  });
});

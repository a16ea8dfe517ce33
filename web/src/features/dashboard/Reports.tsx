import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData } from '../../graphql/generated';
import { errorMessage } from '../../lib/errors';
import { formatMoney } from '../../lib/money';
import { useNow } from '../../lib/useNow';
import { BrandDefaultsQuery } from '../settings/brandDefaults';
import { ChartCard, ChartCardSkeleton } from './ChartCard';
import {
  ACTIVITY_PERIODS,
  activityRange,
  addDays,
  addMonths,
  localToday,
  monthsUpTo,
  periodLabel,
  type ActivityPeriodId,
} from './periods';
import {
  ActivityRowFragment,
  DashboardActivityQuery,
  DashboardBalancesQuery,
  DashboardCurrenciesQuery,
} from './queries';
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
  MEASURES,
  outstandingCount,
  peakOf,
  periodTotals,
  seriesTotal,
  type ActivityRow,
  type ChartData,
  type LiabilityDatum,
  type LiabilityReport,
  type Measure,
  type MonthRow,
} from './shape';

const rewards = (n: number) => `${n} ${n === 1 ? 'reward' : 'rewards'}`;

const FIGURE_NAMES = [
  'Outstanding balance',
  'Expiring in the next 30 days',
  'Issued this month',
  'Redeemed this month',
];
const LIABILITY_TITLE = 'Outstanding by month of expiry';
const BREAKAGE_TITLE = 'Breakage: expired against redeemed';
const ACTIVITY_TITLE = 'Activity by reward type';
const ACTIVITY_HEIGHT = 260;

/** The brand's figures and charts, in its currency and its time zone. */
export function Reports() {
  const brand = useQuery(BrandDefaultsQuery);
  const settings = brand.data?.settings;
  if (brand.error && !settings) {
    return <ReportsError message={errorMessage(brand.error)} retry={() => void brand.refetch()} />;
  }
  if (!settings) return <ReportsSkeleton />;
  return (
    <BrandReports defaultCurrency={settings.defaultCurrency} timeZone={settings.defaultTimezone} />
  );
}

function BrandReports({
  defaultCurrency,
  timeZone,
}: {
  defaultCurrency: string;
  timeZone: string;
}) {
  // The brand's today moves the ranges at local midnight, not on every render.
  const today = localToday(useNow(60_000), timeZone);
  const year = useMemo(() => monthsUpTo(today, 12, timeZone), [today, timeZone]);
  const currentMonth = today.slice(0, 7);
  const [picked, setPicked] = useState<string | null>(null);

  const definitions = useQuery(DashboardCurrenciesQuery, { fetchPolicy: 'cache-and-network' });
  const yearActivity = useQuery(DashboardActivityQuery, {
    variables: { from: year.from, to: year.to, interval: 'MONTH' },
    fetchPolicy: 'cache-and-network',
  });
  const yearRows = getFragmentData(
    ActivityRowFragment,
    (yearActivity.data ?? yearActivity.previousData)?.activity ?? [],
  );
  const currencies = currenciesOf(
    defaultCurrency,
    (definitions.data?.rewardDefinitions ?? []).map((d) => d.value.currency),
    yearRows,
  );
  const currency = picked && currencies.includes(picked) ? picked : defaultCurrency;
  const balances = useQuery(DashboardBalancesQuery, {
    variables: { currency, breakageFrom: year.from, breakageTo: year.to },
    fetchPolicy: 'cache-and-network',
  });
  const balanceData = balances.data ?? balances.previousData;

  const failure = balances.error ?? yearActivity.error ?? definitions.error;
  if (failure && !(balances.data && yearActivity.data)) {
    return (
      <ReportsError
        message={errorMessage(failure)}
        retry={() => {
          void balances.refetch();
          void yearActivity.refetch();
          void definitions.refetch();
        }}
      />
    );
  }
  if (!balanceData || !yearActivity.data) return <ReportsSkeleton />;

  const { liability, breakage } = balanceData;
  if (currencies.length === 1 && hasNoRewards(liability, breakage, yearRows)) {
    return <NoRewards />;
  }
  const busy = balances.loading;

  return (
    <>
      <div className="report-context">
        <p className="muted">
          Amounts in {liability.currency}; days and months in the brand&rsquo;s time zone,{' '}
          {timeZone}.
        </p>
        {currencies.length > 1 && (
          <div className="inline-field">
            <label htmlFor="dashboard-currency">Currency</label>
            <select
              id="dashboard-currency"
              value={currency}
              onChange={(event) => setPicked(event.target.value)}
            >
              {currencies.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <Figures
        liability={liability}
        rows={yearRows}
        currency={liability.currency}
        today={today}
        busy={busy}
      />
      <div className="chart-grid">
        <LiabilityCard liability={liability} currentMonth={currentMonth} busy={busy} />
        <BreakageCard
          breakage={breakage}
          rows={yearRows}
          currency={liability.currency}
          months={year.periods}
          busy={busy}
        />
        <ActivityCard currency={liability.currency} today={today} timeZone={timeZone} />
      </div>
    </>
  );
}

function Figures({
  liability,
  rows,
  currency,
  today,
  busy,
}: {
  liability: LiabilityReport;
  rows: readonly ActivityRow[];
  currency: string;
  /** The brand's local date. */
  today: string;
  busy: boolean;
}) {
  const money = (amount: number) => formatMoney(amount, currency);
  const currentMonth = today.slice(0, 7);
  const outstanding = liability.outstanding.amount;
  const soon = liability.expiringSoon.amount;
  const thisMonth = periodTotals(rows, currency, currentMonth);
  const lastMonth = periodTotals(rows, currency, addMonths(currentMonth, -1));
  const monthName = periodLabel(currentMonth);
  return (
    <section aria-label="Key figures" aria-busy={busy}>
      <dl className={busy ? 'figures figures-busy' : 'figures'}>
        <div className="figure">
          <dt>Outstanding balance</dt>
          <dd className="figure-value" data-testid="figure-outstanding">
            {money(liability.outstanding.amount)}
          </dd>
          <dd className="figure-note">
            Owed on {rewards(outstandingCount(liability))} not yet used, voided or expired
          </dd>
        </div>
        <div className="figure">
          <dt>Expiring in the next 30 days</dt>
          <dd className="figure-value" data-testid="figure-expiring">
            {money(soon)}
          </dd>
          <dd className="figure-note">
            By {periodLabel(addDays(today, 30))}
            {outstanding > 0 && `; ${formatPercent(soon / outstanding)} of the outstanding balance`}
          </dd>
        </div>
        <div className="figure">
          <dt>Issued this month</dt>
          <dd className="figure-value" data-testid="figure-issued">
            {money(thisMonth.issued)}
          </dd>
          <dd className="figure-note">
            {monthName}; {money(lastMonth.issued)} last month
          </dd>
        </div>
        <div className="figure">
          <dt>Redeemed this month</dt>
          <dd className="figure-value" data-testid="figure-redeemed">
            {money(thisMonth.redeemed)}
          </dd>
          <dd className="figure-note">
            {thisMonth.restored > 0
              ? `${money(thisMonth.restored)} given back by reversals and returns`
              : `${monthName}; ${money(lastMonth.redeemed)} last month`}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function LiabilityCard({
  liability,
  currentMonth,
  busy,
}: {
  liability: LiabilityReport;
  currentMonth: string;
  busy: boolean;
}) {
  const currency = liability.currency;
  const chart = liabilityChart(liability, { currentMonth });
  const peak = peakOf(chart.data);
  const count = outstandingCount(liability);
  const summary = peak
    ? `${formatMoney(liability.outstanding.amount, currency)} outstanding on ${rewards(count)}. ` +
      `The most, ${formatMoney(peak.total, currency)}, expires ${peak.key === LATER_KEY ? peak.label.toLowerCase() : `in ${peak.label}`}.`
    : `Nothing is outstanding in ${currency}.`;
  return (
    <ChartCard
      title={LIABILITY_TITLE}
      summary={summary}
      busy={busy}
      chart={{
        ...chart,
        layout: 'stacked',
        formatValue: (v) => formatMoney(v, currency),
        formatAxis: (v) => formatMoneyShort(v, currency),
        tickFor: (d) => (d.key === LATER_KEY ? ['Later'] : null),
        anchor: 'start',
      }}
      table={<LiabilityTable data={chart.data} currency={currency} total={liability} />}
    />
  );
}

function LiabilityTable({
  data,
  currency,
  total,
}: {
  data: readonly LiabilityDatum[];
  currency: string;
  total: LiabilityReport;
}) {
  return (
    <table className="table table-compact">
      <caption className="visually-hidden">Outstanding by month of expiry ({currency})</caption>
      <thead>
        <tr>
          <th scope="col">Month of expiry</th>
          <th scope="col" className="num">
            Rewards
          </th>
          <th scope="col" className="num">
            Outstanding
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.key}>
            <th scope="row">{d.label}</th>
            <td className="num">{d.rewardCount}</td>
            <td className="num">{formatMoney(d.total, currency)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="num">{outstandingCount(total)}</td>
          <td className="num">{formatMoney(total.outstanding.amount, currency)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function BreakageCard({
  breakage,
  rows,
  currency,
  months,
  busy,
}: {
  breakage: readonly MonthRow[];
  rows: readonly ActivityRow[];
  currency: string;
  months: readonly string[];
  busy: boolean;
}) {
  const chart = breakageChart(breakage, rows, { currency, months });
  const expired = seriesTotal(chart, 'expired');
  const redeemed = seriesTotal(chart, 'redeemed');
  const rate = breakageRate(expired, redeemed);
  const summary =
    rate === null
      ? 'Nothing expired unredeemed or was redeemed in the last 12 months.'
      : `In the last 12 months ${formatMoney(expired, currency)} expired unredeemed and ` +
        `${formatMoney(redeemed, currency)} was redeemed, less returns: a breakage rate of ${formatPercent(rate)}.`;
  return (
    <ChartCard
      title={BREAKAGE_TITLE}
      summary={summary}
      busy={busy}
      chart={{
        ...chart,
        layout: 'grouped',
        formatValue: (v) => formatMoney(v, currency),
        formatAxis: (v) => formatMoneyShort(v, currency),
      }}
      table={<BreakageTable chart={chart} currency={currency} />}
    />
  );
}

function BreakageTable({ chart, currency }: { chart: ChartData; currency: string }) {
  const rateOf = (expired: number, redeemed: number) => {
    const rate = breakageRate(expired, redeemed);
    return rate === null ? '—' : formatPercent(rate);
  };
  const expired = seriesTotal(chart, 'expired');
  const redeemed = seriesTotal(chart, 'redeemed');
  return (
    <table className="table table-compact">
      <caption className="visually-hidden">Breakage by month ({currency})</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col" className="num">
            Redeemed, less returns
          </th>
          <th scope="col" className="num">
            Expired unredeemed
          </th>
          <th scope="col" className="num">
            Breakage rate
          </th>
        </tr>
      </thead>
      <tbody>
        {chart.data.map((d) => (
          <tr key={d.key}>
            <th scope="row">{d.label}</th>
            <td className="num">{formatMoney(d.values.redeemed ?? 0, currency)}</td>
            <td className="num">{formatMoney(d.values.expired ?? 0, currency)}</td>
            <td className="num">{rateOf(d.values.expired ?? 0, d.values.redeemed ?? 0)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="num">{formatMoney(redeemed, currency)}</td>
          <td className="num">{formatMoney(expired, currency)}</td>
          <td className="num">{rateOf(expired, redeemed)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function ActivityCard({
  currency,
  today,
  timeZone,
}: {
  currency: string;
  today: string;
  timeZone: string;
}) {
  const [periodId, setPeriodId] = useState<ActivityPeriodId>('12m');
  const [measure, setMeasure] = useState<Measure>('issued');
  const range = useMemo(
    () => activityRange(periodId, today, timeZone),
    [periodId, today, timeZone],
  );
  const activity = useQuery(DashboardActivityQuery, {
    variables: { from: range.from, to: range.to, interval: range.interval },
    fetchPolicy: 'cache-and-network',
  });
  // Until the new range has come, the last one stays, greyed out, over its own periods.
  const [shownRange, setShownRange] = useState(range);
  if (activity.data && shownRange !== range) setShownRange(range);
  const shown = activity.data ?? activity.previousData;
  const rows = getFragmentData(ActivityRowFragment, shown?.activity ?? []);
  const periods = activity.data ? range.periods : shownRange.periods;
  const chart = activityChart(rows, { currency, measure, periods });
  const periodName = ACTIVITY_PERIODS.find((p) => p.id === periodId)?.label ?? '';
  const measureName = MEASURES.find((m) => m.key === measure)?.label ?? '';
  const total = chart.data.reduce((sum, d) => sum + d.total, 0);
  const top = chart.series
    .map((s) => ({ s, total: seriesTotal(chart, s.key) }))
    .sort((a, b) => b.total - a.total)[0];
  const span = periodName.replace(/, by (day|month)$/, '').toLowerCase();
  const summary =
    total === 0
      ? `Nothing ${measureName.toLowerCase()} in ${currency} in the ${span}.`
      : `${formatMoney(total, currency)} ${measureName.toLowerCase()} in the ${span}` +
        (chart.series.length > 1 && top
          ? `; the most for ${top.s.label} (${formatMoney(top.total, currency)}).`
          : '.');

  const controls = (
    <div className="chart-controls">
      <div className="inline-field">
        <label htmlFor="activity-period">Period</label>
        <select
          id="activity-period"
          value={periodId}
          onChange={(event) => setPeriodId(event.target.value as ActivityPeriodId)}
        >
          {ACTIVITY_PERIODS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">Measure</legend>
        {MEASURES.map((m) => (
          <label key={m.key} className={m.key === measure ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name="activity-measure"
              value={m.key}
              checked={m.key === measure}
              onChange={() => setMeasure(m.key)}
            />
            {m.label}
          </label>
        ))}
      </fieldset>
    </div>
  );

  return (
    <ChartCard
      title={ACTIVITY_TITLE}
      className="chart-card-wide"
      controls={controls}
      busy={activity.loading}
      summary={
        activity.error && !shown ? (
          <span role="alert" className="form-error">
            {errorMessage(activity.error)}
          </span>
        ) : (
          summary
        )
      }
      chart={{
        ...chart,
        label: `${measureName} by reward type, ${span}`,
        layout: 'stacked',
        height: ACTIVITY_HEIGHT,
        formatValue: (v) => formatMoney(v, currency),
        formatAxis: (v) => formatMoneyShort(v, currency),
      }}
      table={
        <ActivityTable chart={chart} currency={currency} caption={`${measureName}, ${span}`} />
      }
    />
  );
}

function ActivityTable({
  chart,
  currency,
  caption,
}: {
  chart: ChartData;
  currency: string;
  caption: string;
}) {
  const money = (v: number) => formatMoney(v, currency);
  return (
    <table className="table table-compact">
      <caption className="visually-hidden">
        {caption} ({currency})
      </caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          {chart.series.map((s) => (
            <th key={s.key} scope="col" className="num">
              {s.label}
            </th>
          ))}
          <th scope="col" className="num">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {chart.data.map((d) => (
          <tr key={d.key}>
            <th scope="row">{d.label}</th>
            {chart.series.map((s) => (
              <td key={s.key} className="num">
                {money(d.values[s.key] ?? 0)}
              </td>
            ))}
            <td className="num">{money(d.total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {chart.series.map((s) => (
            <td key={s.key} className="num">
              {money(seriesTotal(chart, s.key))}
            </td>
          ))}
          <td className="num">{money(chart.data.reduce((sum, d) => sum + d.total, 0))}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The figures and charts as they will be laid out, while their numbers load. */
function ReportsSkeleton() {
  return (
    <div className="reports-skeleton" aria-busy="true">
      <p role="status" className="visually-hidden">
        Loading figures…
      </p>
      <div aria-hidden="true">
        <div className="report-context">
          <p className="muted">
            <span className="skeleton-line skeleton-line-short" />
          </p>
        </div>
        <dl className="figures">
          {FIGURE_NAMES.map((name) => (
            <div key={name} className="figure">
              <dt>{name}</dt>
              <dd className="figure-value">
                <span className="skeleton-line skeleton-value" />
              </dd>
              <dd className="figure-note">
                <span className="skeleton-line" />
              </dd>
            </div>
          ))}
        </dl>
        <div className="chart-grid">
          <ChartCardSkeleton title={LIABILITY_TITLE} />
          <ChartCardSkeleton title={BREAKAGE_TITLE} legend />
          <ChartCardSkeleton
            title={ACTIVITY_TITLE}
            height={ACTIVITY_HEIGHT}
            legend
            className="chart-card-wide"
          />
        </div>
      </div>
    </div>
  );
}

function ReportsError({ message, retry }: { message: string; retry: () => void }) {
  return (
    <section className="card reports-error" aria-label="Figures">
      <p role="alert" className="form-error">
        The figures could not be loaded: {message}
      </p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </section>
  );
}

function NoRewards() {
  return (
    <section className="card reports-empty" aria-labelledby="no-rewards-heading">
      <h2 id="no-rewards-heading">No rewards yet</h2>
      <p>
        Figures and charts appear here once rewards are issued: what is owed, what expires soon, and
        what is issued, redeemed and expired over time.
      </p>
      <p>
        Rewards are issued from a customer&rsquo;s profile, from one of the brand&rsquo;s reward
        definitions.
      </p>
      <p className="reports-empty-links">
        <Link to="/profiles" className="button button-primary">
          Find a customer to issue to
        </Link>
        <Link to="/definitions" className="button">
          Reward definitions
        </Link>
      </p>
    </section>
  );
}

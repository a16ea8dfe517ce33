import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../../lib/cache';
import { money } from '../../test/fixtures';
import { admin, graphQLError, manager, type TestUser } from '../../test/mocks';
import { BrandDefaultsQuery } from '../settings/brandDefaults';
import { DashboardPage } from './DashboardPage';
import {
  DashboardActivityQuery,
  DashboardBalancesQuery,
  DashboardCurrenciesQuery,
  DashboardQuery,
} from './queries';

// 4 December 2026, noon in Melbourne (UTC+11): the brand's month is December 2026.
const NOW = new Date('2026-12-04T01:00:00.000Z');
// The last 12 Melbourne months: from 1 January 2026 to 1 January 2027, local midnights.
const YEAR = { from: '2025-12-31T13:00:00.000Z', to: '2026-12-31T13:00:00.000Z' };
// The last 30 Melbourne days: 5 November to the end of 4 December.
const DAYS = { from: '2026-11-04T13:00:00.000Z', to: '2026-12-04T13:00:00.000Z' };
const ALWAYS = Number.POSITIVE_INFINITY;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

function activityRow(
  period: string,
  type: [key: string, name: string],
  sums: Partial<Record<'issued' | 'redeemed' | 'restored' | 'expired' | 'voided', number>>,
  currency = 'AUD',
) {
  return {
    __typename: 'ActivityRow' as const,
    period,
    rewardType: type[0],
    rewardTypeName: type[1],
    issued: money(sums.issued ?? 0, currency),
    redeemed: money(sums.redeemed ?? 0, currency),
    restored: money(sums.restored ?? 0, currency),
    expired: money(sums.expired ?? 0, currency),
    voided: money(sums.voided ?? 0, currency),
  };
}

const BIRTHDAY: [string, string] = ['birthday', 'Birthday'];
const SERVICE: [string, string] = ['customer-service', 'Customer Service'];

const yearRows = [
  activityRow('2026-11', BIRTHDAY, { issued: 2000, redeemed: 1500 }),
  activityRow('2026-12', BIRTHDAY, { issued: 3000 }),
  activityRow('2026-12', SERVICE, { issued: 1250, redeemed: 1000, voided: 1250 }),
];

function mocks({
  user = admin,
  definitions = [money(1000)],
  activity = yearRows,
  balances = {
    currency: 'AUD',
    outstanding: 4250,
    expiringSoon: 1500,
    months: [
      { month: '2026-12', rewardCount: 1, amount: 2000 },
      { month: '2027-03', rewardCount: 2, amount: 2250 },
    ],
    breakage: [{ month: '2026-10', rewardCount: 1, amount: 500 }],
  },
  balancesError,
}: {
  user?: TestUser;
  definitions?: ReturnType<typeof money>[];
  activity?: ReturnType<typeof activityRow>[];
  balances?: {
    currency: string;
    outstanding: number;
    expiringSoon: number;
    months: { month: string; rewardCount: number; amount: number }[];
    breakage: { month: string; rewardCount: number; amount: number }[];
  };
  balancesError?: string;
} = {}): MockLink.MockedResponse[] {
  const c = balances.currency;
  return [
    {
      request: { query: DashboardQuery },
      result: {
        data: { me: { __typename: 'User', id: user.id, name: user.name, role: user.role } },
      },
      maxUsageCount: ALWAYS,
    },
    {
      request: { query: BrandDefaultsQuery },
      result: {
        data: {
          settings: {
            __typename: 'Settings',
            defaultCurrency: 'AUD',
            defaultTimezone: 'Australia/Melbourne',
          },
        },
      },
      maxUsageCount: ALWAYS,
    },
    {
      request: { query: DashboardCurrenciesQuery },
      result: {
        data: {
          rewardDefinitions: definitions.map((value, i) => ({
            __typename: 'RewardDefinition' as const,
            id: `def-${i}`,
            value,
          })),
        },
      },
      maxUsageCount: ALWAYS,
    },
    {
      request: { query: DashboardActivityQuery, variables: { ...YEAR, interval: 'MONTH' } },
      result: { data: { activity } },
      maxUsageCount: ALWAYS,
    },
    {
      request: {
        query: DashboardBalancesQuery,
        variables: { currency: c, breakageFrom: YEAR.from, breakageTo: YEAR.to },
      },
      result: balancesError
        ? { errors: [graphQLError(balancesError, 'INTERNAL_SERVER_ERROR')] }
        : {
            data: {
              liability: {
                __typename: 'Liability',
                currency: c,
                outstanding: money(balances.outstanding, c),
                expiringSoon: money(balances.expiringSoon, c),
                byExpiryMonth: balances.months.map((m) => ({
                  __typename: 'LiabilityBucket',
                  month: m.month,
                  rewardCount: m.rewardCount,
                  amount: money(m.amount, c),
                })),
              },
              breakage: balances.breakage.map((m) => ({
                __typename: 'BreakageRow',
                month: m.month,
                rewardCount: m.rewardCount,
                amount: money(m.amount, c),
              })),
            },
          },
      maxUsageCount: ALWAYS,
    },
  ];
}

function renderDashboard(responses: MockLink.MockedResponse[]) {
  render(
    <MockedProvider cache={createCache()} mocks={responses}>
      <MemoryRouter>
        <DashboardPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

const figure = (id: string) => screen.getByTestId(`figure-${id}`).textContent;

/** The rows of a table as the text of their cells. */
function rowsOf(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
  );
}

describe('dashboard', () => {
  it("shows an administrator the brand's figures first, in its currency and month", async () => {
    renderDashboard(mocks());

    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Loading figures…');
    await screen.findByTestId('figure-outstanding');
    expect(figure('outstanding')).toBe('A$42.50');
    expect(figure('expiring')).toBe('A$15.00');
    expect(figure('issued')).toBe('A$42.50');
    expect(figure('redeemed')).toBe('A$10.00');
    const figures = screen.getByRole('region', { name: 'Key figures' });
    expect(screen.getByText('Expiring in the next 30 days')).toBeTruthy();
    expect(figures.textContent).toContain('By 3 Jan 2027; 35.3% of the outstanding balance');
    expect(figures.textContent).toContain('December 2026; A$20.00 last month');
    expect(figures.textContent).toContain('Owed on 3 rewards');
    expect(
      screen.getByText(/days and months in the brand’s time zone, Australia\/Melbourne/),
    ).toBeTruthy();
    // One currency: nothing to pick.
    expect(screen.queryByLabelText('Currency')).toBeNull();

    // The role card and shortcuts are still there, after the figures.
    const role = screen.getByRole('heading', { name: 'Your role: Administrator' });
    expect(figures.compareDocumentPosition(role) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Shortcuts' })).toBeTruthy();
  });

  it('draws each chart with a name and a summary, and puts its numbers in a table', async () => {
    renderDashboard(mocks());

    const liability = await screen.findByRole('img', { name: 'Outstanding by month of expiry' });
    const summaryOf = (chart: HTMLElement) =>
      document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(summaryOf(liability)).toBe(
      'A$42.50 outstanding on 3 rewards. The most, A$22.50, expires in March 2027.',
    );
    const liabilityRows = rowsOf(
      screen.getByRole('table', { name: 'Outstanding by month of expiry (AUD)' }),
    );
    expect(liabilityRows[0]).toEqual(['Month of expiry', 'Rewards', 'Outstanding']);
    expect(liabilityRows[1]).toEqual(['December 2026', '1', 'A$20.00']);
    expect(liabilityRows[4]).toEqual(['March 2027', '2', 'A$22.50']);
    expect(liabilityRows.at(-1)).toEqual(['Total', '3', 'A$42.50']);
    // Pointing at a month shows its amount beside the bars.
    const targets = liability.querySelectorAll('rect[fill="transparent"]');
    expect(targets).toHaveLength(12);
    fireEvent.pointerEnter(targets[3]!);
    expect(document.querySelector('.bar-chart-tooltip')?.textContent).toBe(
      'March 2027OutstandingA$22.50',
    );

    const breakage = screen.getByRole('img', { name: 'Breakage: expired against redeemed' });
    expect(summaryOf(breakage)).toBe(
      'In the last 12 months A$5.00 expired unredeemed and A$25.00 was redeemed, less returns: a breakage rate of 16.7%.',
    );
    const breakageRows = rowsOf(screen.getByRole('table', { name: 'Breakage by month (AUD)' }));
    expect(breakageRows).toContainEqual(['October 2026', 'A$0.00', 'A$5.00', '100%']);
    expect(breakageRows).toContainEqual(['November 2026', 'A$15.00', 'A$0.00', '0%']);
    expect(breakageRows.at(-1)).toEqual(['Total', 'A$25.00', 'A$5.00', '16.7%']);

    const activity = screen.getByRole('img', {
      name: 'Issued by reward type, last 12 months',
    });
    expect(summaryOf(activity)).toBe(
      'A$62.50 issued in the last 12 months; the most for Birthday (A$50.00).',
    );
    const activityTable = screen.getByRole('table', { name: 'Issued, last 12 months (AUD)' });
    expect(rowsOf(activityTable)[0]).toEqual(['Period', 'Birthday', 'Customer Service', 'Total']);
    expect(rowsOf(activityTable)).toContainEqual([
      'December 2026',
      'A$30.00',
      'A$12.50',
      'A$42.50',
    ]);
    expect(rowsOf(activityTable)).toHaveLength(14); // header, 12 months, total

    // Another measure of the same rows: only the types that have some.
    fireEvent.click(screen.getByRole('radio', { name: 'Voided' }));
    const voided = screen.getByRole('table', { name: 'Voided, last 12 months (AUD)' });
    expect(rowsOf(voided)[0]).toEqual(['Period', 'Customer Service', 'Total']);
    expect(rowsOf(voided).at(-1)).toEqual(['Total', 'A$12.50', 'A$12.50']);
  });

  it('asks for the last 30 days by day when that period is picked', async () => {
    renderDashboard([
      ...mocks(),
      {
        request: { query: DashboardActivityQuery, variables: { ...DAYS, interval: 'DAY' } },
        result: {
          data: {
            activity: [activityRow('2026-12-03', BIRTHDAY, { issued: 3000 })],
          },
        },
      },
    ]);

    fireEvent.change(await screen.findByLabelText('Period'), { target: { value: '30d' } });

    // The table is named for the new period at once; its rows follow when the days arrive.
    const daysTable = () => screen.getByRole('table', { name: 'Issued, last 30 days (AUD)' });
    await waitFor(() => expect(rowsOf(daysTable())).toHaveLength(32)); // header, 30 days, total
    const rows = rowsOf(daysTable());
    expect(rows[1]?.[0]).toBe('5 Nov 2026');
    expect(rows).toContainEqual(['3 Dec 2026', 'A$30.00', 'A$30.00']);
    expect(rows.at(-1)).toEqual(['Total', 'A$30.00', 'A$30.00']);
    // The month's figures do not move with the chart's period.
    expect(figure('issued')).toBe('A$42.50');
  });

  it('offers a currency picker when the brand has amounts in more than one', async () => {
    const nzd = mocks({
      balances: {
        currency: 'NZD',
        outstanding: 9900,
        expiringSoon: 0,
        months: [{ month: '2027-01', rewardCount: 1, amount: 9900 }],
        breakage: [],
      },
    }).at(-1)!;
    renderDashboard([...mocks({ definitions: [money(1000), money(9900, 'NZD')] }), nzd]);

    const picker = await screen.findByLabelText('Currency');
    expect([...picker.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'AUD',
      'NZD',
    ]);
    expect(figure('outstanding')).toBe('A$42.50');

    fireEvent.change(picker, { target: { value: 'NZD' } });

    await waitFor(() => expect(figure('outstanding')).toBe('NZ$99.00'));
    expect(figure('expiring')).toBe('NZ$0.00');
    expect(figure('issued')).toBe('NZ$0.00');
    expect(screen.getByText(/Amounts in NZD/)).toBeTruthy();
    expect(
      rowsOf(screen.getByRole('table', { name: 'Outstanding by month of expiry (NZD)' })),
    ).toContainEqual(['January 2027', '1', 'NZ$99.00']);
  });

  it('tells a new brand there are no rewards yet and where to issue them', async () => {
    renderDashboard(
      mocks({
        activity: [],
        balances: { currency: 'AUD', outstanding: 0, expiringSoon: 0, months: [], breakage: [] },
      }),
    );

    await screen.findByRole('heading', { name: 'No rewards yet' });
    expect(
      screen.getByRole('link', { name: 'Find a customer to issue to' }).getAttribute('href'),
    ).toBe('/profiles');
    expect(screen.queryByTestId('figure-outstanding')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your role: Administrator' })).toBeTruthy();
  });

  it('says when the figures cannot be loaded, keeps the rest of the page and tries again', async () => {
    renderDashboard(mocks({ balancesError: 'Database unavailable.' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The figures could not be loaded: Database unavailable.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your role: Administrator' })).toBeTruthy();
    expect(screen.getByRole('search')).toBeTruthy();
  });

  it('shows a manager the same figures', async () => {
    renderDashboard(mocks({ user: manager }));

    await screen.findByTestId('figure-outstanding');
    expect(figure('outstanding')).toBe('A$42.50');
    expect(screen.getByRole('heading', { name: 'Your role: Manager' })).toBeTruthy();
  });
});

import { expect, test } from '@playwright/test';
import { endOfLocalDay } from '../src/lib/dates';
import { addDays, lastDayOf, localToday, periodLabel } from '../src/features/dashboard/periods';
import { api, checkPage, PHONE, signIn } from './support';

// The brand's zone in the e2e database (the seeded settings).
const BRAND_ZONE = 'Australia/Melbourne';

/** A table row by its first cell, e.g. "4 Dec 2026" but not "14 Dec 2026". */
const startingWith = (label: string) => new RegExp(`^${label.replace(/[$.]/g, '\\$&')} `);

test("an administrator reads the brand's figures, charts and tables in a second currency", async ({
  page,
}) => {
  const run = Date.now().toString(36);
  await signIn(page);

  // Rewards in Canadian dollars, which no other journey uses, so the figures are exact: one
  // of C$25.00 expiring this brand-local month and within 30 days (at the end of the month, or
  // 20 days from now when the month ends later), one of C$40.00 in six months, and C$10.00
  // redeemed (from the one expiring soonest).
  const { rewardTypes } = await api<{ rewardTypes: { id: string; name: string }[] }>(
    page,
    '{ rewardTypes { id name } }',
  );
  const type = rewardTypes.find((t) => t.name === 'Customer Service') ?? rewardTypes[0];
  const { createRewardDefinition: definition } = await api<{
    createRewardDefinition: { id: string };
  }>(
    page,
    `mutation ($input: RewardDefinitionInput!) { createRewardDefinition(input: $input) { id } }`,
    {
      input: {
        handle: `e2e-dashboard-${run}`,
        name: `E2E Dashboard ${run}`,
        typeId: type?.id,
        currency: 'CAD',
        value: 2500,
        expiryPeriod: 1,
        expiryUnit: 'YEARS',
      },
    },
  );
  const { createProfile: profile } = await api<{ createProfile: { id: string } }>(
    page,
    `mutation ($input: ProfileInput!) { createProfile(input: $input) { id } }`,
    { input: { externalId: `e2e-dashboard-${run}`, firstName: 'Dana', lastName: 'Dashboard' } },
  );
  const today = localToday(Date.now(), BRAND_ZONE);
  const month = today.slice(0, 7);
  const issue = async (expiresAt: string, value: number, key: string) => {
    const { issueReward } = await api<{ issueReward: { __typename: string } }>(
      page,
      `mutation ($input: IssueRewardInput!) { issueReward(input: $input) { __typename } }`,
      {
        input: {
          profileId: profile.id,
          definitionId: definition.id,
          value,
          expiresAt,
          reason: 'Dashboard figures (e2e)',
          idempotencyKey: `e2e-dashboard-${run}-${key}`,
        },
      },
    );
    expect(issueReward.__typename).toBe('Reward');
  };
  const soonDay = [lastDayOf(month), addDays(today, 20)].sort()[0]!;
  await issue(endOfLocalDay(soonDay, BRAND_ZONE) ?? '', 2500, 'soon');
  await issue(new Date(Date.now() + 183 * 86_400_000).toISOString(), 4000, 'later');
  const { redeem } = await api<{ redeem: { __typename: string } }>(
    page,
    `mutation ($input: RedeemInput!) { redeem(input: $input) { __typename } }`,
    {
      input: {
        profileId: profile.id,
        amount: 1000,
        currency: 'CAD',
        idempotencyKey: `e2e-dashboard-${run}-redeem`,
      },
    },
  );
  expect(redeem.__typename).toBe('Redemption');

  // The dashboard opens on the brand's own currency; the picker offers the others.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
  const figures = page.getByRole('region', { name: 'Key figures' });
  await expect(figures).toBeVisible();
  await expect(page.getByText(/^Amounts in AUD/)).toBeVisible();
  const picker = page.getByLabel('Currency');
  await expect(picker.locator('option')).toContainText(['AUD', 'CAD']);
  await picker.selectOption('CAD');

  await expect(page.getByText(/^Amounts in CAD/)).toBeVisible();
  await expect(page.getByTestId('figure-outstanding')).toHaveText('CA$55.00');
  await expect(page.getByTestId('figure-expiring')).toHaveText('CA$15.00');
  await expect(page.getByTestId('figure-issued')).toHaveText('CA$65.00');
  await expect(page.getByTestId('figure-redeemed')).toHaveText('CA$10.00');
  await expect(figures.getByText('Expiring in the next 30 days')).toBeVisible();
  await expect(figures).toContainText(
    `By ${periodLabel(addDays(today, 30))}; 27.3% of the outstanding balance`,
  );

  // Each chart is one image with a name, described by its summary; its numbers are in a table.
  const liabilityChart = page.getByRole('img', { name: 'Outstanding by month of expiry' });
  await expect(liabilityChart).toBeVisible();
  await expect(liabilityChart).toHaveAccessibleDescription(
    /^CA\$55\.00 outstanding on 2 rewards\. The most, CA\$40\.00, expires in /,
  );
  await expect(
    page.getByRole('img', { name: 'Issued by reward type, last 12 months' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: 'Breakage: expired against redeemed' })).toBeVisible();
  for (const disclosure of await page.getByText('Show table', { exact: true }).all()) {
    await disclosure.click();
  }
  const liability = page.getByRole('table', { name: 'Outstanding by month of expiry (CAD)' });
  await expect(
    liability.getByRole('row', { name: startingWith(periodLabel(month)) }),
  ).toContainText('CA$15.00');
  await expect(liability.getByRole('row', { name: /^Total/ })).toContainText('CA$55.00');
  const activity = page.getByRole('table', { name: 'Issued, last 12 months (CAD)' });
  await expect(activity.getByRole('row', { name: startingWith(periodLabel(month)) })).toContainText(
    'CA$65.00',
  );
  await expect(activity.getByRole('columnheader', { name: type?.name })).toBeVisible();
  const breakage = page.getByRole('table', { name: 'Breakage by month (CAD)' });
  await expect(breakage.getByRole('row', { name: startingWith(periodLabel(month)) })).toContainText(
    'CA$10.00',
  );

  // Redeemed by type over the last 30 days, by day: today has the C$10.00.
  await page.getByLabel('Period').selectOption({ label: 'Last 30 days, by day' });
  await page.getByRole('radio', { name: 'Redeemed' }).check();
  const daily = page.getByRole('table', { name: 'Redeemed, last 30 days (CAD)' });
  await expect(daily.getByRole('row', { name: startingWith(periodLabel(today)) })).toContainText(
    'CA$10.00',
  );
  await expect(daily.getByRole('row', { name: /^Total/ })).toContainText('CA$10.00');

  await checkPage(page, 'dashboard');

  // On a phone the charts fit the screen and the wide tables scroll in their own box.
  await page.setViewportSize(PHONE);
  const chartBox = await liabilityChart.boundingBox();
  expect(chartBox?.width).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize({ width: 1280, height: 900 });
});

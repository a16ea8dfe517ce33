import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { api, checkPage, nav, signIn } from './support';

test('an administrator issues a reward to every customer of a CSV file and downloads the rows that failed', async ({
  page,
}) => {
  const run = Date.now().toString(36);
  const definitionName = `Bulk ${run}`;
  const ids = [1, 2, 3].map((n) => `bulk-${run}-${n}`);
  const ghost = `ghost-${run}`;
  await signIn(page);

  // A definition and three customers, through the API.
  const { rewardTypes } = await api<{ rewardTypes: { id: string; key: string }[] }>(
    page,
    '{ rewardTypes { id key } }',
  );
  await api(
    page,
    `mutation($input: RewardDefinitionInput!) { createRewardDefinition(input: $input) { id } }`,
    {
      input: {
        handle: `bulk-${run}`,
        name: definitionName,
        typeId: rewardTypes.find((t) => t.key === 'campaign')?.id ?? rewardTypes[0]?.id,
        value: 1500,
        expiryPeriod: 30,
        expiryUnit: 'DAYS',
      },
    },
  );
  const profileIds: string[] = [];
  for (const [i, externalId] of ids.entries()) {
    const { createProfile } = await api<{ createProfile: { id: string } }>(
      page,
      `mutation($input: ProfileInput!) { createProfile(input: $input) { id } }`,
      { input: { externalId, firstName: `Bulk${i + 1}`, lastName: 'Customer' } },
    );
    profileIds.push(createProfile.id);
  }

  await nav(page).getByRole('link', { name: 'Bulk issue' }).click();
  await expect(page.getByRole('heading', { name: 'Bulk issue', exact: true })).toBeVisible();
  await checkPage(page, 'bulk issue');

  const option = page.locator('option', { hasText: definitionName });
  await page
    .getByLabel('Reward definition')
    .selectOption((await option.getAttribute('value')) ?? '');
  await page.getByLabel('Reason').fill('Spring campaign (e2e)');

  // A file dropped on the field is read at once: this one uses semicolons, and is refused.
  const dropped = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['externalId;name\nx;y\n'], 'semicolons.csv', { type: 'text/csv' }));
    return data;
  });
  const zone = page.getByTestId('csv-drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer: dropped });
  await zone.dispatchEvent('drop', { dataTransfer: dropped });
  const file = page.getByLabel('CSV file');
  await expect(file).toHaveAccessibleDescription(/not separated by commas/);

  // The real list: three customers and one id no profile has, at row 3.
  const csv = [
    'Email,Customer ID,Name',
    `one-${run}@example.com,${ids[0]},One`,
    `two-${run}@example.com,${ids[1]},Two`,
    `ghost-${run}@example.com,${ghost},Ghost`,
    `three-${run}@example.com,${ids[2]},Three`,
  ].join('\n');
  await file.setInputFiles({
    name: 'spring.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const preview = page.getByRole('table', { name: 'First rows of the file' });
  await expect(preview.getByRole('row')).toHaveCount(5);
  await expect(page.getByText('4 customer rows')).toBeVisible();
  // The id column is found by its header.
  await expect(page.getByLabel('External id column').locator('option:checked')).toHaveText(
    'Customer ID',
  );
  await expect(page.getByLabel('What this issues')).toHaveText(
    `4 rewards of A$15.00 from “${definitionName}”: A$60.00 in all.`,
  );
  await checkPage(page, 'bulk issue preview');

  await page.getByRole('button', { name: 'Issue 4 rewards' }).click();
  await expect(page).toHaveURL(/\/bulk-issue\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Bulk issue of “${definitionName}”`,
  );
  const status = page.getByRole('status');
  await expect(status).toContainText('Done', { timeout: 30_000 });
  await expect(status).toHaveText('Done 3 rewards issued; 1 row not issued.');
  const bar = page.getByRole('progressbar', { name: 'Rows done' });
  await expect(bar).toHaveAttribute('value', '4');
  await expect(bar).toHaveAttribute('max', '4');
  await expect(page.getByTestId('bulk-issued')).toHaveText('3');
  await expect(page.getByTestId('bulk-failed')).toHaveText('1');

  const failures = page.getByRole('table', { name: 'Rows that were not issued' });
  await expect(failures.getByRole('row')).toHaveCount(2);
  const failure = failures.getByRole('row').nth(1);
  await expect(failure.locator('td').nth(0)).toHaveText('3');
  await expect(failure.locator('td').nth(1)).toHaveText(ghost);
  await expect(failure.locator('td').nth(2)).toHaveText(
    'No customer profile has this external id.',
  );
  await checkPage(page, 'bulk issue done');

  // The job is in the address: a reload shows it again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Bulk issue of “${definitionName}”`,
  );
  await expect(page.getByRole('status')).toHaveText('Done 3 rewards issued; 1 row not issued.');

  // The failed rows as a CSV file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download errors as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bulk-issue-.+-errors\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.trim().split(/\r?\n/)).toEqual([
    'row,externalId,error',
    `3,${ghost},No customer profile has this external id.`,
  ]);

  // Each customer of the file has the reward, issued as an import.
  for (const id of profileIds) {
    const { profile } = await api<{
      profile: { rewards: { edges: { node: { source: string; reason: string } }[] } };
    }>(
      page,
      'query($id: ID!) { profile(id: $id) { rewards { edges { node { source reason } } } } }',
      {
        id,
      },
    );
    expect(profile.rewards.edges.map((e) => e.node)).toEqual([
      { source: 'IMPORT', reason: 'Spring campaign (e2e)' },
    ]);
  }
});

import { expect, test } from '@playwright/test';
import { checkPage, signIn } from './support';

test('an administrator creates a definition and a profile, then issues, extends and voids a reward', async ({
  page,
}) => {
  const run = Date.now().toString(36);
  const handle = `e2e-welcome-${run}`;
  const definitionName = `E2E Welcome ${run}`;
  const externalId = `e2e-customer-${run}`;

  await signIn(page);

  // A definition, created through the UI (the database starts with only the seeded types).
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Reward definitions' })
    .click();
  await expect(page.getByRole('heading', { name: 'Reward definitions' })).toBeVisible();
  await page.getByRole('button', { name: 'New definition' }).click();
  const definitionDialog = page.getByRole('dialog', { name: 'New reward definition' });
  await definitionDialog.getByLabel('Handle').fill(handle);
  await definitionDialog.getByLabel('Name', { exact: true }).fill(definitionName);
  await definitionDialog.getByLabel('Type').selectOption({ label: 'Customer Service' });
  await definitionDialog.getByLabel('Value (AUD)').fill('12.50');
  await definitionDialog.getByLabel('Period', { exact: true }).fill('3');
  await definitionDialog.getByLabel('Unit', { exact: true }).selectOption('MONTHS');
  await definitionDialog.getByRole('button', { name: 'Create definition' }).click();
  await expect(definitionDialog).toBeHidden();
  const definitionRow = page.getByRole('row').filter({ hasText: handle });
  await expect(definitionRow).toContainText('3 months');
  await expect(definitionRow).toContainText('12.50');
  await checkPage(page, 'definitions');

  // A profile, created through the UI; the app opens its page.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Profiles' })
    .click();
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByLabel('External id').fill(externalId);
  await page.getByLabel('Email').fill(`${run}@example.com`);
  await page.getByLabel('First name').fill('Erin');
  await page.getByLabel('Last name').fill('Example');
  // The zone is picked from a list, the brand's by default.
  await expect(page.getByLabel('Time zone').locator('option').first()).toHaveText(
    'Brand default (Australia/Melbourne)',
  );
  await checkPage(page, 'new profile form');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('heading', { name: 'Erin Example' })).toBeVisible();
  await expect(page).toHaveURL(/\/profiles\/[^/]+$/);
  const balance = page.getByTestId('balance-AUD');
  await expect(balance).toContainText('0.00');

  // Issue a reward from the new definition.
  await page.getByRole('button', { name: 'Issue reward' }).click();
  const issueDialog = page.getByRole('dialog', { name: 'Issue a reward to Erin Example' });
  const option = issueDialog.locator('option', { hasText: definitionName });
  await expect(option).toHaveCount(1);
  const definitionId = await option.getAttribute('value');
  expect(definitionId).toBeTruthy();
  await issueDialog.getByLabel('Reward definition').selectOption(definitionId ?? '');
  await issueDialog.getByLabel('Reason').fill('Welcome gift (e2e)');
  await checkPage(page, 'issue dialog');
  await issueDialog.getByRole('button', { name: 'Issue reward' }).click();
  await expect(issueDialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Issued`);
  await expect(balance).toContainText('12.50');
  const rewards = page.getByRole('table', { name: 'Profile rewards' });
  const rewardRow = rewards.getByRole('row').filter({ hasText: definitionName });
  await expect(rewardRow).toContainText('ACTIVE');
  await expect(rewardRow).toContainText('Issued by staff');

  // The search finds the profile with its balance.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Profiles' })
    .click();
  await page.getByLabel('Search profiles').fill(externalId);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const profileRow = page.getByRole('row').filter({ hasText: externalId });
  await expect(profileRow).toContainText('12.50');
  await checkPage(page, 'profiles search');
  await profileRow.getByRole('link', { name: 'Erin Example' }).click();
  await expect(page.getByRole('heading', { name: 'Erin Example' })).toBeVisible();
  await checkPage(page, 'profile');

  // Extend it by ten days: a new expiry and an EXTEND entry, the balance unchanged.
  const expiryBefore = await rewards
    .getByRole('row')
    .filter({ hasText: definitionName })
    .locator('td')
    .nth(3)
    .textContent();
  await page.getByRole('button', { name: `Extend ${definitionName}` }).click();
  const extendDialog = page.getByRole('dialog', { name: `Extend “${definitionName}”` });
  await extendDialog.getByLabel('Days to add').fill('10');
  // Old → new expiry before anything is sent.
  const change = extendDialog.getByLabel('Expiry change');
  await expect(change).toContainText(expiryBefore ?? '');
  await expect(change).toContainText('After extending');
  await checkPage(page, 'extend dialog');
  await extendDialog.getByLabel('Reason').fill('Courtesy extension (e2e)');
  await extendDialog.getByRole('button', { name: 'Extend reward' }).click();
  await expect(extendDialog).toBeHidden();
  // The notice names the reward and its new expiry, in the customer's zone.
  await expect(page.getByRole('status')).toContainText(
    new RegExp(`Extended “${definitionName}”: it now expires .* Australia/Melbourne`),
  );
  await expect(rewardRow).toContainText('extended once');
  await expect(rewardRow.locator('td').nth(3)).not.toHaveText(expiryBefore ?? '');
  await expect(balance).toContainText('12.50');

  // Void it: the balance returns to zero and the ledger shows every entry.
  await page.getByRole('button', { name: `Void ${definitionName}` }).click();
  const voidDialog = page.getByRole('dialog', { name: `Void “${definitionName}”` });
  await voidDialog.getByLabel('Reason').fill('Issued by mistake (e2e)');
  await voidDialog.getByRole('checkbox').check();
  await voidDialog.getByRole('button', { name: 'Void reward' }).click();
  await expect(voidDialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Voided');
  await expect(balance).toContainText('0.00');
  await expect(rewards.getByRole('row').filter({ hasText: definitionName })).toContainText(
    'VOIDED',
  );
  await expect(rewards.getByRole('row').filter({ hasText: definitionName })).toContainText(
    'Voided: Issued by mistake (e2e)',
  );

  const ledger = page.getByRole('table', { name: 'Ledger entries' });
  const issueEntry = ledger
    .getByRole('row')
    .filter({ has: page.getByText('ISSUE', { exact: true }) });
  const voidEntry = ledger
    .getByRole('row')
    .filter({ has: page.getByText('VOID', { exact: true }) });
  await expect(issueEntry).toContainText('Welcome gift (e2e)');
  await expect(issueEntry).toContainText('12.50');
  await expect(voidEntry).toContainText('Issued by mistake (e2e)');
  await expect(voidEntry).toContainText(/-\D*12\.50/);
  const extendEntry = ledger
    .getByRole('row')
    .filter({ has: page.getByText('EXTEND', { exact: true }) });
  await expect(extendEntry).toContainText('Courtesy extension (e2e)');
  // The entry shows the expiry it replaced and the new one, ten days apart.
  await expect(extendEntry).toContainText(
    /Expiry \d+ \w+ \d{4} → \d+ \w+ \d{4} \(Australia\/Melbourne\)/,
  );
  await expect(ledger.getByRole('row')).toHaveCount(4);
  await checkPage(page, 'profile after void');
});

test('an administrator sees the seeded reward types and changes a setting', async ({ page }) => {
  await signIn(page);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Reward types' })
    .click();
  const types = page.getByRole('region', { name: 'Reward types' }).getByRole('table');
  await expect(types.getByRole('row')).toHaveCount(9); // the header and the 8 seeded types
  await expect(types.getByRole('row').filter({ hasText: 'customer-service' })).toBeVisible();
  await checkPage(page, 'reward types');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByLabel('Default currency')).toHaveValue('AUD');
  await expect(page.getByLabel('Default time zone')).toHaveValue('Australia/Melbourne');
  await checkPage(page, 'settings');
  await page.getByLabel('Manager single issue limit (AUD)').fill('A$75.50');
  await page.getByLabel('Maximum redemption amount (AUD)').fill('');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');

  await page.reload();
  await expect(page.getByLabel('Manager single issue limit (AUD)')).toHaveValue('75.50');
  await expect(page.getByLabel('Maximum redemption amount (AUD)')).toHaveValue('');

  // Every field error at once, next to its field, which is marked.
  const percent = page.getByLabel('Maximum redemption percent');
  const minimum = page.getByLabel('Minimum spend (AUD)');
  await percent.fill('150');
  await minimum.fill('€5');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toHaveText('Check the 2 fields marked above.');
  await expect(percent).toHaveAttribute('aria-invalid', 'true');
  await expect(percent).toHaveAccessibleDescription(/Enter a whole number from 1 to 100\./);
  await expect(minimum).toHaveAccessibleDescription(/Enter the amount in AUD/);
  // Changing a field clears its error.
  await minimum.fill('0');
  await expect(minimum).not.toHaveAttribute('aria-invalid', 'true');
  await percent.fill('50');

  // What only the server checks comes back next to the field too, in words.
  const hold = page.getByLabel('Hold lifetime (seconds)');
  await hold.fill('5000');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(hold).toHaveAttribute('aria-invalid', 'true');
  await expect(hold).toHaveAccessibleDescription('Enter a whole number from 1 to 3600.');
  await checkPage(page, 'settings with errors');
});

import { expect, test } from '@playwright/test';
import { api, checkPage, nav, overflow, PHONE, signIn } from './support';

const MANAGER_PASSWORD = 'e2e-Manager-password-1';

test('an administrator adds a manager and an API key; the manager meets the limit and checks out a cart', async ({
  page,
  browser,
}) => {
  const run = Date.now().toString(36);
  const managerEmail = `manager-${run}@example.com`;
  await signIn(page);

  // Staff users: add a manager with a first password.
  await nav(page).getByRole('link', { name: 'Staff users' }).click();
  await expect(page.getByRole('heading', { name: 'Staff users' })).toBeVisible();
  await page.getByRole('button', { name: 'Add staff user' }).click();
  const invite = page.getByRole('dialog', { name: 'Add a staff user' });
  // Every field error at once.
  await invite.getByRole('button', { name: 'Add staff user' }).click();
  await expect(invite.getByLabel('Name')).toHaveAccessibleDescription('Give their name.');
  await expect(invite.getByLabel('First password')).toHaveAccessibleDescription(
    /Use 10 to 200 characters\./,
  );
  await invite.getByLabel('Name').fill('Morgan Manager');
  await invite.getByLabel('Email').fill(managerEmail);
  await expect(invite.getByLabel('Role')).toHaveValue('MANAGER');
  await invite.getByLabel('First password').fill(MANAGER_PASSWORD);
  await checkPage(page, 'add staff user');
  await invite.getByRole('button', { name: 'Add staff user' }).click();
  await expect(invite).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Morgan Manager can now sign in');
  const managerRow = page.getByRole('row').filter({ hasText: managerEmail });
  await expect(managerRow).toContainText('Manager');
  await expect(managerRow).toContainText('ACTIVE');
  // The signed-in administrator cannot deactivate themselves.
  await expect(page.getByRole('row').filter({ hasText: 'you' })).toContainText(
    'You cannot deactivate yourself.',
  );
  await checkPage(page, 'staff users');

  // API keys: scopes in words, the secret once, revoke with confirmation.
  await nav(page).getByRole('link', { name: 'API keys' }).click();
  await page.getByRole('button', { name: 'New API key' }).click();
  const keyDialog = page.getByRole('dialog', { name: 'New API key' });
  await keyDialog.getByLabel('Name').fill(`Till ${run}`);
  await keyDialog.getByLabel(/Preview, hold, redeem, reverse and return/).check();
  await keyDialog.getByLabel(/Read customer profiles/).check();
  await keyDialog.getByRole('button', { name: 'Create API key' }).click();
  await expect(keyDialog).toBeHidden();
  const secret = await page.getByTestId('api-key-secret').textContent();
  expect(secret?.length).toBeGreaterThan(20);
  await expect(page.getByRole('button', { name: 'Copy' })).toBeVisible();
  const keyRow = page.getByRole('row').filter({ hasText: `Till ${run}` });
  await expect(keyRow).toContainText('Read customer profiles');
  await checkPage(page, 'api keys');
  await page.getByRole('button', { name: 'I have copied it' }).click();
  await expect(page.getByTestId('api-key-secret')).toHaveCount(0);
  await keyRow.getByRole('button', { name: `Revoke Till ${run}` }).click();
  await keyRow.getByRole('button', { name: 'Confirm revoke' }).click();
  await expect(keyRow).toContainText('REVOKED');

  // The brand's policy, a definition and a customer, set up through the API.
  await api(
    page,
    `mutation($input: SettingsInput!) { updateSettings(input: $input) { defaultCurrency } }`,
    {
      input: {
        managerIssueLimit: 5000,
        managerDailyIssueLimit: 20000,
        excludedCategories: ['gift-card'],
        maxRedemptionPercent: 50,
        maxRedemptionAmount: null,
        minimumSpend: 0,
      },
    },
  );
  const { rewardTypes } = await api<{ rewardTypes: { id: string; key: string }[] }>(
    page,
    '{ rewardTypes { id key } }',
  );
  const typeId = rewardTypes.find((t) => t.key === 'customer-service')?.id;
  const definitionName = `Counter ${run}`;
  await api(
    page,
    `mutation($input: RewardDefinitionInput!) { createRewardDefinition(input: $input) { id } }`,
    {
      input: {
        handle: `counter-${run}`,
        name: definitionName,
        typeId,
        value: 2500,
        expiryPeriod: 90,
        expiryUnit: 'DAYS',
      },
    },
  );
  const { createProfile } = await api<{ createProfile: { id: string } }>(
    page,
    `mutation($input: ProfileInput!) { createProfile(input: $input) { id } }`,
    { input: { externalId: `counter-${run}`, firstName: 'Casey', lastName: 'Counter' } },
  );

  // The manager signs in in a browser of their own.
  const context = await browser.newContext();
  const manager = await context.newPage();
  await signIn(manager, managerEmail, MANAGER_PASSWORD);
  await expect(manager.getByRole('heading', { name: 'Your role: Manager' })).toBeVisible();
  await expect(nav(manager).getByRole('link', { name: 'Staff users' })).toHaveCount(0);
  await manager.goto(`/profiles/${createProfile.id}`);
  await expect(manager.getByRole('heading', { name: 'Casey Counter' })).toBeVisible();

  // Issue: the limit is shown before submitting and a larger value is refused next to it.
  await manager.getByRole('button', { name: 'Issue reward' }).click();
  const issue = manager.getByRole('dialog', { name: 'Issue a reward to Casey Counter' });
  const option = issue.locator('option', { hasText: definitionName });
  await expect(option).toContainText('90 days');
  await issue
    .getByLabel('Reward definition')
    .selectOption((await option.getAttribute('value')) ?? '');
  const value = issue.getByLabel('Value override (AUD)');
  await expect(value).toHaveAccessibleDescription(
    'Managers can issue up to A$50.00 per reward and A$200.00 a day (days in Australia/Melbourne).',
  );
  await value.fill('$80');
  await issue.getByLabel('Reason').fill('Goodwill (e2e)');
  await issue.getByRole('button', { name: 'Issue reward' }).click();
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await expect(value).toHaveAccessibleDescription(
    /Managers can issue at most A\$50\.00 in one reward\./,
  );
  await checkPage(manager, 'issue over the limit');
  await value.fill('A$40.00');
  await expect(value).not.toHaveAttribute('aria-invalid', 'true');
  await issue.getByRole('button', { name: 'Issue reward' }).click();
  await expect(issue).toBeHidden();
  await expect(manager.getByTestId('balance-AUD')).toContainText('A$40.00');

  // Counter checkout with a cart: the gift card is excluded and the policy caps at 50%.
  await manager.getByRole('button', { name: 'Redeem', exact: true }).click();
  const redeem = manager.getByRole('dialog', { name: 'Redeem rewards for Casey Counter' });
  await redeem.getByLabel('Amount (AUD)').fill('$30');
  await redeem.getByRole('button', { name: 'Add cart line' }).click();
  await redeem.getByRole('button', { name: 'Add cart line' }).click();
  const shoes = redeem.getByRole('group', { name: 'Line 1' });
  const giftCard = redeem.getByRole('group', { name: 'Line 2' });
  await shoes.getByLabel('Category').fill('shoes');
  await shoes.getByLabel('Quantity').fill('2');
  await shoes.getByLabel('Unit price (AUD)').fill('20');
  await giftCard.getByLabel('Category').fill('gift-card');
  await giftCard.getByLabel('Unit price (AUD)').fill('50');
  await expect(giftCard).toContainText('Excluded: rewards never pay for “gift-card”.');
  await expect(redeem).toContainText('Policy: at most 50% of the eligible subtotal.');
  const preview = redeem.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('eligible subtotal A$40.00');
  await expect(shoes).toContainText('Rewards pay A$20.00 of this line.');
  const submit = redeem.getByRole('button', { name: 'Redeem', exact: true });
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveAccessibleDescription(/Strict is on and at most A\$20\.00/);
  await checkPage(manager, 'redeem with a cart');
  await redeem.getByRole('checkbox', { name: /Strict/ }).uncheck();
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(redeem).toBeHidden();
  await expect(manager.getByRole('status')).toHaveText('Redeemed A$20.00 of A$30.00 requested.');
  await expect(manager.getByTestId('balance-AUD')).toContainText('A$20.00');

  // On a phone: the header fits, the navigation waits behind the menu button, and each reward
  // is a card with its actions on it.
  await manager.setViewportSize(PHONE);
  expect(await overflow(manager)).toBe(0);
  const signOut = manager.getByRole('button', { name: 'Sign out' });
  const box = await signOut.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  await expect(nav(manager)).toBeHidden();
  await manager.getByRole('button', { name: 'Menu' }).click();
  await expect(nav(manager).getByRole('link', { name: 'Profiles' })).toBeVisible();
  await manager.screenshot({ path: 'test-results/screens/phone-menu-open.png' });
  await manager.getByRole('button', { name: 'Close menu' }).click();
  await expect(nav(manager)).toBeHidden();
  const extend = manager.getByRole('button', { name: `Extend ${definitionName}` });
  await extend.scrollIntoViewIfNeeded();
  const extendBox = await extend.boundingBox();
  expect(extendBox && extendBox.x + extendBox.width).toBeLessThanOrEqual(PHONE.width);
  await manager.screenshot({ path: 'test-results/screens/phone-profile.png', fullPage: true });
  await context.close();
});

import { expect, test } from '@playwright/test';
import { checkPage, nav, signIn } from './support';

test('an administrator redeems for a customer, returns part of it and reverses another redemption', async ({
  page,
}) => {
  const run = Date.now().toString(36);
  const handle = `e2e-redeem-${run}`;
  const definitionName = `E2E Redeem ${run}`;
  const externalId = `e2e-redeemer-${run}`;
  const firstOrder = `e2e-order-${run}-1`;
  const secondOrder = `e2e-order-${run}-2`;

  await signIn(page);

  // A definition worth $12.50 and a profile, through the UI.
  await nav(page).getByRole('link', { name: 'Reward definitions' }).click();
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

  await nav(page).getByRole('link', { name: 'Profiles' }).click();
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByLabel('External id').fill(externalId);
  await page.getByLabel('First name').fill('Riley');
  await page.getByLabel('Last name').fill('Redeemer');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('heading', { name: 'Riley Redeemer' })).toBeVisible();
  const balance = page.getByTestId('balance-AUD');
  await expect(balance).toContainText('0.00');
  const redemptions = page.getByRole('table', { name: 'Profile redemptions' });
  await expect(page.getByText('No redemptions yet.')).toBeVisible();

  // Issue a $12.50 reward.
  await page.getByRole('button', { name: 'Issue reward' }).click();
  const issueDialog = page.getByRole('dialog', { name: 'Issue a reward to Riley Redeemer' });
  const option = issueDialog.locator('option', { hasText: definitionName });
  await expect(option).toHaveCount(1);
  await issueDialog
    .getByLabel('Reward definition')
    .selectOption((await option.getAttribute('value')) ?? '');
  await issueDialog.getByLabel('Reason').fill('Goodwill (e2e)');
  await issueDialog.getByRole('button', { name: 'Issue reward' }).click();
  await expect(issueDialog).toBeHidden();
  await expect(balance).toContainText('12.50');

  // Redeem $10.00 on the customer's behalf: the preview shows the reward that would pay.
  await page.getByRole('button', { name: 'Redeem', exact: true }).click();
  const redeemDialog = page.getByRole('dialog', { name: 'Redeem rewards for Riley Redeemer' });
  await expect(redeemDialog.getByLabel('Currency')).toHaveValue('AUD');
  await expect(redeemDialog.getByRole('checkbox', { name: /Strict/ })).toBeChecked();
  await redeemDialog.getByLabel('Amount (AUD)').fill('10');
  await redeemDialog.getByLabel('Order or transaction id').fill(firstOrder);
  await redeemDialog.getByLabel('Location').fill('phone');
  const preview = redeemDialog.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('table', { name: 'Rewards that would pay' })).toContainText(
    definitionName,
  );
  await expect(preview).toContainText(/At most\s+\D*12\.50/);
  await checkPage(page, 'redeem dialog');
  await redeemDialog.getByRole('button', { name: 'Redeem', exact: true }).click();
  await expect(redeemDialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Redeemed');
  await expect(balance).toContainText('2.50');
  const firstRow = redemptions.getByRole('row').filter({ hasText: firstOrder });
  await expect(firstRow).toContainText('COMPLETED');
  await expect(firstRow).toContainText('10.00');
  await expect(firstRow).toContainText('Administrator');

  // Its details name the reward that paid.
  await firstRow.getByRole('button', { name: 'Details' }).click();
  await expect(redemptions.getByRole('table', { name: 'Allocations' })).toContainText(
    definitionName,
  );
  await firstRow.getByRole('button', { name: 'Hide details' }).click();

  // Return $4.00 of it: the reward gets the value back.
  await firstRow.getByRole('button', { name: 'Return' }).click();
  const returnDialog = page.getByRole('dialog', { name: /Return part of the redemption/ });
  await expect(returnDialog.getByTestId('returnable')).toContainText('10.00');
  await returnDialog.getByLabel(/Amount to return/).fill('4');
  await returnDialog.getByLabel('Reason (optional)').fill('Item refunded (e2e)');
  await returnDialog.getByRole('button', { name: 'Return', exact: true }).click();
  await expect(returnDialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Returned');
  await expect(balance).toContainText('6.50');
  await expect(firstRow).toContainText('PARTIALLY_RETURNED');
  await expect(firstRow).toContainText('4.00');
  await expect(firstRow.getByRole('button', { name: 'Reverse' })).toHaveCount(0);

  // A second redemption, reversed within the window.
  await page.getByRole('button', { name: 'Redeem', exact: true }).click();
  await redeemDialog.getByLabel('Amount (AUD)').fill('5');
  await redeemDialog.getByLabel('Order or transaction id').fill(secondOrder);
  await expect(preview).toContainText(/Would redeem\s+\D*5\.00/);
  await redeemDialog.getByRole('button', { name: 'Redeem', exact: true }).click();
  await expect(redeemDialog).toBeHidden();
  await expect(balance).toContainText('1.50');
  const secondRow = redemptions.getByRole('row').filter({ hasText: secondOrder });
  await expect(secondRow).toContainText('COMPLETED');

  await secondRow.getByRole('button', { name: 'Reverse' }).click();
  const reverseDialog = page.getByRole('dialog', { name: /Reverse the redemption/ });
  await reverseDialog.getByLabel('Reason (optional)').fill('Order cancelled (e2e)');
  await reverseDialog.getByRole('button', { name: 'Reverse redemption' }).click();
  await expect(reverseDialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Reversed');
  await expect(balance).toContainText('6.50');
  await expect(secondRow).toContainText('REVERSED');
  await expect(secondRow.getByRole('button', { name: 'Reverse' })).toHaveCount(0);
  await expect(secondRow.getByRole('button', { name: 'Return' })).toHaveCount(0);

  // The ledger shows every step.
  const ledger = page.getByRole('table', { name: 'Ledger entries' });
  const entry = (type: string) =>
    ledger.getByRole('row').filter({ has: page.getByText(type, { exact: true }) });
  await expect(entry('REDEEM')).toHaveCount(2);
  await expect(entry('REDEEM').first()).toContainText(/-\D*5\.00/);
  await expect(entry('REDEEM').last()).toContainText(/-\D*10\.00/);
  await expect(entry('RETURN')).toContainText('Item refunded (e2e)');
  await expect(entry('RETURN')).toContainText('4.00');
  await expect(entry('REVERSAL')).toContainText('Order cancelled (e2e)');
  await expect(entry('REVERSAL')).toContainText('5.00');

  // A checkout hold (placed through the API, as a storefront would) shows on the balance card.
  await expect(page.getByRole('heading', { name: 'Checkout holds' })).toHaveCount(0);
  const profileId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const graphqlRequest = async (query: string, variables: Record<string, unknown>) => {
    const response = await page.request.post('/graphql', {
      headers: { 'apollo-require-preflight': 'true' },
      data: { query, variables },
    });
    expect(response.ok()).toBe(true);
    return (await response.json()) as { data: Record<string, { __typename: string; id?: string }> };
  };
  const held = await graphqlRequest(
    `mutation Hold($input: HoldInput!) { holdRewards(input: $input) { __typename ... on RewardHold { id } } }`,
    { input: { profileId, amount: 200, idempotencyKey: `e2e-hold-${run}` } },
  );
  expect(held.data.holdRewards?.__typename).toBe('RewardHold');
  await page.reload();
  await expect(page.getByTestId('held-AUD')).toContainText('2.00');
  await expect(balance).toContainText('4.50');
  await checkPage(page, 'profile with a hold');

  // The hold is listed with when it lapses and what it reserves; release it from the page.
  const holds = page.getByRole('table', { name: 'Live checkout holds' });
  const holdRow = holds
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: /^Release the hold of/ }) });
  await expect(holdRow).toHaveCount(1);
  await expect(holdRow).toContainText('2.00');
  await expect(holdRow).toContainText('ACTIVE');
  await expect(holdRow).toContainText(/lapses in \d+ min/);
  await holdRow.getByRole('button', { name: 'Details' }).click();
  await expect(holds.getByRole('table', { name: 'Allocations' })).toContainText(definitionName);
  await holdRow.getByRole('button', { name: /^Release the hold of/ }).click();
  const releaseDialog = page.getByRole('dialog', { name: /Release the hold of/ });
  await releaseDialog.getByRole('button', { name: 'Release hold' }).click();
  await expect(releaseDialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Released the hold');
  await expect(balance).toContainText('6.50');
  await expect(page.getByTestId('held-AUD')).toHaveCount(0);
  await expect(page.getByText('No live holds.')).toBeVisible();

  // It stays among the past holds.
  await page.getByRole('checkbox', { name: 'Show past holds' }).check();
  await expect(page.getByRole('table', { name: 'All checkout holds' })).toContainText('RELEASED');
  await page.getByRole('checkbox', { name: 'Show past holds' }).uncheck();

  // Find the first redemption by its order id and go back to the customer.
  await nav(page).getByRole('link', { name: 'Find redemption' }).click();
  await page.getByLabel('Transaction id').fill(firstOrder);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const found = page.getByRole('table', { name: 'Redemptions found' });
  await expect(found.getByRole('row')).toHaveCount(2);
  await expect(found).toContainText('PARTIALLY_RETURNED');
  await checkPage(page, 'find redemption');
  await found.getByRole('link', { name: 'Riley Redeemer' }).click();
  await expect(page.getByRole('heading', { name: 'Riley Redeemer' })).toBeVisible();
});

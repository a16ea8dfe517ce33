import { expect, test, type Page } from '@playwright/test';
import { checkPage, nav, signIn } from './support';

/** Picks the option of the reward definition select whose text names the definition. */
async function chooseDefinition(page: Page, dialogName: string, definitionName: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  const option = dialog.locator('option', { hasText: definitionName });
  await expect(option).toHaveCount(1);
  await dialog
    .getByLabel('Reward definition')
    .selectOption((await option.getAttribute('value')) ?? '');
}

test('an administrator sets up a welcome reaction for a tier, pauses and edits it, and a new profile of that tier gets its reward', async ({
  page,
}) => {
  const run = Date.now().toString(36);
  const handle = `e2e-reaction-${run}`;
  const definitionName = `E2E Gold welcome ${run}`;
  const tier = `Gold-${run}`;
  const otherTier = `Platinum-${run}`;
  const reactionName = `Gold welcome ${run}`;
  const claimName = `Gold thank-you ${run}`;

  await signIn(page);

  // A definition reactions may issue from: assignable (the default) and published.
  await nav(page).getByRole('link', { name: 'Reward definitions' }).click();
  await page.getByRole('button', { name: 'New definition' }).click();
  const definitionDialog = page.getByRole('dialog', { name: 'New reward definition' });
  await definitionDialog.getByLabel('Handle').fill(handle);
  await definitionDialog.getByLabel('Name', { exact: true }).fill(definitionName);
  await definitionDialog.getByLabel('Type').selectOption({ label: 'Member Activation' });
  await definitionDialog.getByLabel('Value (AUD)').fill('15');
  await definitionDialog.getByLabel('Period', { exact: true }).fill('2');
  await definitionDialog.getByLabel('Unit', { exact: true }).selectOption('MONTHS');
  await definitionDialog.getByRole('checkbox', { name: /Published/ }).check();
  await definitionDialog.getByRole('button', { name: 'Create definition' }).click();
  await expect(definitionDialog).toBeHidden();

  // A welcome reaction whose condition is made in the builder.
  await nav(page).getByRole('link', { name: 'Reactions' }).click();
  await expect(page.getByRole('heading', { name: 'Reactions', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New reaction' }).click();
  const newDialog = page.getByRole('dialog', { name: 'New reaction' });
  await newDialog.getByLabel('Name', { exact: true }).fill(reactionName);
  await expect(newDialog.getByRole('radio', { name: 'Joins (welcome)' })).toBeChecked();
  await chooseDefinition(page, 'New reaction', definitionName);
  await expect(
    newDialog.getByText('Issues A$15.00, valid for 2 months (Member Activation).'),
  ).toBeVisible();
  await newDialog.getByRole('checkbox', { name: 'Tier is one of' }).check();
  await newDialog.getByLabel('Tiers').fill(tier);
  await expect(newDialog.getByText(`Only profiles whose tier is ${tier}.`)).toBeVisible();
  await checkPage(page, 'new reaction dialog');
  await newDialog.getByRole('button', { name: 'Create reaction' }).click();
  await expect(newDialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`Created “${reactionName}”.`);

  const list = page.getByRole('region', { name: 'Reactions' });
  const row = list.getByRole('row').filter({ hasText: reactionName });
  await expect(row).toContainText('Joins (welcome)');
  await expect(row).toContainText(`Tier is ${tier}`);
  await expect(row).toContainText(definitionName);
  await expect(row).toContainText('A$15.00, valid for 2 months');
  await expect(row).toContainText('ACTIVE');

  // Paused from the list.
  await page.getByRole('button', { name: `Pause ${reactionName}` }).click();
  await expect(page.getByRole('status')).toHaveText(
    `Paused “${reactionName}”: it issues nothing until it is resumed.`,
  );
  await expect(row).toContainText('PAUSED');
  await checkPage(page, 'reactions with a paused one');

  // Edited: the JSON view follows the builder; the server's refusal of a condition is shown
  // next to it in words; back in the builder, a second tier, and made active again.
  await page.getByRole('button', { name: `Edit ${reactionName}` }).click();
  const editDialog = page.getByRole('dialog', { name: `Edit “${reactionName}”` });
  await expect(editDialog.getByLabel('Tiers')).toHaveValue(tier);
  await editDialog.getByRole('radio', { name: 'JSON Logic' }).check();
  const json = editDialog.getByLabel('Condition (JSON Logic)');
  expect(JSON.parse(await json.inputValue())).toEqual({ '==': [{ var: 'profile.tier' }, tier] });
  await json.fill(`{"tier": "${tier}"}`);
  await expect(editDialog.getByText('A custom condition: only this view edits it.')).toBeVisible();
  await editDialog.getByRole('button', { name: 'Save reaction' }).click();
  await expect(editDialog.getByRole('alert')).toHaveText('Check the field marked above.');
  await expect(json).toHaveAttribute('aria-invalid', 'true');
  await expect(json).toHaveAccessibleDescription(
    /“tier” is not an operator conditions may use\. Check its spelling\./,
  );
  await checkPage(page, 'reaction condition refused');
  await json.fill(`{"in": [{"var": "profile.tier"}, ["${tier}", "${otherTier}"]]}`);
  await editDialog.getByRole('radio', { name: 'Builder' }).check();
  await expect(editDialog.getByLabel('Tiers')).toHaveValue(`${tier}, ${otherTier}`);
  await editDialog.getByRole('checkbox', { name: 'Active', exact: true }).check();
  await editDialog.getByRole('button', { name: 'Save reaction' }).click();
  await expect(editDialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`Saved “${reactionName}”.`);
  await expect(row).toContainText(`Tier is ${tier} or ${otherTier}`);
  await expect(row).toContainText('ACTIVE');

  // A claimable reaction for the same tier, claimed later from the profile page.
  await page.getByRole('button', { name: 'New reaction' }).click();
  await newDialog.getByLabel('Name', { exact: true }).fill(claimName);
  await chooseDefinition(page, 'New reaction', definitionName);
  await newDialog.getByRole('checkbox', { name: 'Tier is one of' }).check();
  await newDialog.getByLabel('Tiers').fill(tier);
  await newDialog.getByRole('checkbox', { name: 'Claimable' }).check();
  await newDialog.getByRole('button', { name: 'Create reaction' }).click();
  await expect(newDialog).toBeHidden();
  await expect(list.getByRole('row').filter({ hasText: claimName })).toContainText(
    'by claim only, once per profile',
  );
  await checkPage(page, 'reactions');

  // A profile of that tier gets its welcome reward as it is created.
  await nav(page).getByRole('link', { name: 'Profiles' }).click();
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByLabel('External id').fill(`e2e-reaction-customer-${run}`);
  await page.getByLabel('Email').fill(`reaction-${run}@example.com`);
  await page.getByLabel('First name').fill('Goldie');
  await page.getByLabel('Last name').fill('Welcome');
  await page.getByLabel('Tier').fill(tier);
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('heading', { name: 'Goldie Welcome' })).toBeVisible();
  const rewards = page.getByRole('table', { name: 'Profile rewards' });
  const welcomeReward = rewards.getByRole('row').filter({ hasText: reactionName });
  await expect(welcomeReward).toContainText(definitionName);
  await expect(welcomeReward).toContainText('ACTIVE');
  await expect(welcomeReward).toContainText('Reaction');
  await expect(page.getByTestId('balance-AUD')).toContainText('15.00');

  // The claimable one waits for a claim, once.
  const claims = page.getByRole('region', { name: 'Rewards to claim' });
  await expect(claims).toContainText(claimName);
  await checkPage(page, 'profile with a reward to claim');
  await claims.getByRole('button', { name: `Claim ${claimName}` }).click();
  await expect(page.getByRole('status')).toContainText(`Claimed “${claimName}”: A$15.00 issued`);
  await expect(claims).toBeHidden();
  await expect(rewards.getByRole('row').filter({ hasText: claimName })).toContainText('Claimed');
  await expect(page.getByTestId('balance-AUD')).toContainText('30.00');
});

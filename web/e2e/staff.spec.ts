import { expect, test, type Locator } from '@playwright/test';
import { checkPage, nav, PHONE, signIn } from './support';

// An administrator invites a manager without a password; the manager opens the set-password
// link on a phone in a browser of their own, sets it and signs in; the administrator changes
// their role (it applies to their session at once) and sees when an API key was last used.

const IVY_PASSWORD = 'ivy-chose-this-1';
/** How the brand's zone shows an instant (the seeded settings use Australia/Melbourne). */
const BRAND_INSTANT = /^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} Australia\/Melbourne$/;

/** The path and query of a link the server made (it names PUBLIC_URL, not the server under test). */
async function linkShown(dialog: Locator) {
  const shown = dialog.getByTestId('password-link');
  await expect(shown).toContainText('/set-password?token=rwp_');
  const url = new URL((await shown.textContent()) ?? '');
  return `${url.pathname}${url.search}`;
}

test('an administrator invites a manager with a set-password link, changes their role and sees an API key’s last use', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const run = Date.now().toString(36);
  const email = `ivy-${run}@example.com`;
  await signIn(page);

  // The invitation: a role, and a link instead of a first password.
  await nav(page).getByRole('link', { name: 'Staff users' }).click();
  await page.getByRole('button', { name: 'Add staff user' }).click();
  const invite = page.getByRole('dialog', { name: 'Add a staff user' });
  await invite.getByLabel('Name').fill('Ivy Invitee');
  await invite.getByLabel('Email').fill(email);
  await expect(invite.getByLabel('Role')).toHaveValue('MANAGER');
  await invite.getByLabel('Send a set-password link instead').check();
  await expect(invite.getByLabel('First password')).toHaveCount(0);
  await checkPage(page, 'invite with a link');
  await invite.getByRole('button', { name: 'Add staff user' }).click();
  const invitation = await linkShown(invite);
  await expect(invite).toContainText(
    `Send this link to Ivy Invitee (${email}) to choose a password`,
  );
  await expect(invite).toContainText(/It works once, until .+ Australia\/Melbourne\./);
  await expect(invite.getByRole('button', { name: 'Copy' })).toBeVisible();
  await checkPage(page, 'invitation link');
  await invite.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status')).toContainText('Ivy Invitee is added as a manager');
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Manager');

  // Ivy opens it on her phone, signed in to nothing.
  const phone = await browser.newContext({ viewport: PHONE, baseURL });
  const ivy = await phone.newPage();
  await ivy.goto(invitation);
  await expect(ivy.getByRole('heading', { name: 'Set your password' })).toBeVisible();
  await expect(ivy.getByText(`Set a password for Ivy Invitee, ${email}.`)).toBeVisible();
  await expect(ivy.getByText(/^This link works once, until /)).toBeVisible();
  await expect(ivy.getByLabel('New password')).toHaveAccessibleDescription(
    /^10 to 200 characters\./,
  );
  await checkPage(ivy, 'set password');
  await ivy.getByLabel('New password').fill(IVY_PASSWORD);
  await ivy.getByLabel('Confirm the password').fill(`${IVY_PASSWORD}!`);
  await ivy.getByRole('button', { name: 'Set password' }).click();
  await expect(ivy.getByLabel('Confirm the password')).toHaveAccessibleDescription(
    'The two passwords differ: type the same password in both.',
  );
  await ivy.getByLabel('Confirm the password').fill(IVY_PASSWORD);
  await ivy.getByRole('button', { name: 'Set password' }).click();
  await expect(ivy.getByRole('heading', { name: 'Your password is set' })).toBeVisible();
  await expect(ivy.getByRole('status')).toHaveText(
    `You can now sign in with ${email} and your new password.`,
  );
  await checkPage(ivy, 'password set');
  await ivy.getByRole('link', { name: 'Sign in' }).click();
  await expect(ivy.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(ivy.getByLabel('Email')).toHaveValue(email);
  await ivy.getByLabel('Password').fill(IVY_PASSWORD);
  await ivy.getByRole('button', { name: 'Sign in' }).click();
  await expect(ivy.getByRole('heading', { name: 'Your role: Manager' })).toBeVisible();
  await expect(nav(ivy).getByRole('link', { name: 'Staff users' })).toHaveCount(0);

  // The link works once; a made-up one is refused as clearly.
  const used = await phone.newPage();
  await used.goto(invitation);
  await expect(used.getByRole('heading', { name: 'This link cannot be used' })).toBeVisible();
  await expect(used.getByRole('alert')).toHaveText(
    'This link was already used or replaced; ask for a new one.',
  );
  await checkPage(used, 'used password link');
  await used.goto('/set-password?token=rwp_made-up');
  await expect(used.getByRole('alert')).toContainText('This link does not work');

  // A reset link replaces the one made before it.
  for (const attempt of ['first', 'second']) {
    await row.getByRole('button', { name: 'Password link for Ivy Invitee' }).click();
    const reset = page.getByRole('dialog', { name: 'Password link for Ivy Invitee' });
    await expect(reset).toContainText('a link made for them before stops working');
    await reset.getByRole('button', { name: 'Create link' }).click();
    const made = await linkShown(reset);
    await expect(reset).toContainText('to choose a new password');
    if (attempt === 'first') {
      await used.goto(made);
      await expect(used.getByText(`Set a password for Ivy Invitee, ${email}.`)).toBeVisible();
    } else {
      await checkPage(page, 'reset link');
      await used.reload();
      await expect(used.getByRole('alert')).toHaveText(
        'This link was already used or replaced; ask for a new one.',
      );
    }
    await reset.getByRole('button', { name: 'Done' }).click();
  }
  await used.close();

  // The administrator makes Ivy an administrator: her session has the role at once.
  await row.getByRole('button', { name: 'Change role of Ivy Invitee' }).click();
  const change = page.getByRole('dialog', { name: 'Change the role of Ivy Invitee' });
  await expect(change).toContainText('Ivy Invitee is a manager now.');
  await expect(change.getByLabel('New role')).toHaveValue('ADMIN');
  await expect(change.getByLabel('New role')).toHaveAccessibleDescription(
    /^Administrator: Everything: customer service, reward setup/,
  );
  await checkPage(page, 'change role');
  await change.getByRole('button', { name: 'Change role' }).click();
  await expect(change).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(
    'Ivy Invitee is now an administrator. It applies at once, also where they are signed in.',
  );
  await expect(row.locator('td[data-label="Role"]')).toHaveText('Administrator');
  await ivy.reload();
  await expect(ivy.getByRole('heading', { name: 'Your role: Administrator' })).toBeVisible();
  await expect(nav(ivy).getByRole('link', { name: 'Staff users' })).toBeVisible();
  await checkPage(page, 'staff users');

  // And back to manager, leaving one administrator as the other journeys expect.
  await row.getByRole('button', { name: 'Change role of Ivy Invitee' }).click();
  await expect(change.getByLabel('New role')).toHaveValue('MANAGER');
  await expect(change.getByLabel('New role')).toHaveAccessibleDescription(
    /^Manager: Customer service/,
  );
  await change.getByRole('button', { name: 'Change role' }).click();
  await expect(row.locator('td[data-label="Role"]')).toHaveText('Manager');
  await ivy.reload();
  await expect(ivy.getByRole('heading', { name: 'Your role: Manager' })).toBeVisible();
  await phone.close();

  // An API key's last use, to the minute, in the brand's zone.
  await nav(page).getByRole('link', { name: 'API keys' }).click();
  await page.getByRole('button', { name: 'New API key' }).click();
  const keyDialog = page.getByRole('dialog', { name: 'New API key' });
  await keyDialog.getByLabel('Name').fill(`Kiosk ${run}`);
  await keyDialog.getByLabel(/Read customer profiles/).check();
  await keyDialog.getByRole('button', { name: 'Create API key' }).click();
  const secret = (await page.getByTestId('api-key-secret').textContent()) ?? '';
  const keyRow = page.getByRole('row').filter({ hasText: `Kiosk ${run}` });
  const lastUsed = keyRow.locator('td[data-label="Last used"]');
  await expect(lastUsed).toHaveText('Never');

  // The kiosk reads profiles with the key (a request of its own, with no session cookie).
  const answer = await request.post('/graphql', {
    headers: { authorization: `Bearer ${secret}`, 'apollo-require-preflight': 'true' },
    data: { query: '{ profiles(first: 1) { totalCount } }' },
  });
  const body = (await answer.json()) as { data?: { profiles: { totalCount: number } } };
  expect(body.data?.profiles.totalCount).toBeGreaterThanOrEqual(0);

  await page.getByRole('button', { name: 'I have copied it' }).click();
  await page.reload();
  await expect(lastUsed).toHaveText(BRAND_INSTANT);
  await checkPage(page, 'api key last used');
  await keyRow.getByRole('button', { name: `Revoke Kiosk ${run}` }).click();
  await keyRow.getByRole('button', { name: 'Confirm revoke' }).click();
  await expect(keyRow).toContainText('REVOKED');
  await expect(lastUsed).toHaveText(BRAND_INSTANT);
});

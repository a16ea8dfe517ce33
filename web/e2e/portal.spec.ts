import { expect, request, test } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD, E2E_BASE_URL } from './env';
import { checkPage, PHONE, signIn } from './support';

// A reward is set up through the API as a store's system would; staff send it an extension link
// from the profile page; the customer opens it in a fresh browser with no session, on a phone.

async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
  const api = await request.newContext({ baseURL: E2E_BASE_URL });
  const res = await api.post('/graphql', {
    headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  await api.dispose();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function extendableReward() {
  const api = await request.newContext({ baseURL: E2E_BASE_URL });
  const login = await api.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: ADMIN_EMAIL, p: ADMIN_PASSWORD },
    },
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  await api.dispose();
  const key = `portal-${Date.now().toString(36)}`;
  const { createRewardType } = await gql<{ createRewardType: { id: string } }>(
    token,
    'mutation($input: RewardTypeInput!) { createRewardType(input: $input) { id } }',
    { input: { key, name: 'Birthday treat', extensionEnabled: true, extensionDays: 30 } },
  );
  const { createRewardDefinition } = await gql<{ createRewardDefinition: { id: string } }>(
    token,
    'mutation($input: RewardDefinitionInput!) { createRewardDefinition(input: $input) { id } }',
    {
      input: {
        handle: key,
        name: 'Birthday treat',
        typeId: createRewardType.id,
        value: 1500,
        expiryPeriod: 14,
        expiryUnit: 'DAYS',
      },
    },
  );
  const { createProfile } = await gql<{ createProfile: { id: string } }>(
    token,
    'mutation($input: ProfileInput!) { createProfile(input: $input) { id } }',
    { input: { externalId: key, firstName: 'Mia', email: `${key}@example.com` } },
  );
  await gql<{ issueReward: { id: string } }>(
    token,
    `mutation($input: IssueRewardInput!) { issueReward(input: $input) { ... on Reward { id } } }`,
    {
      input: {
        profileId: createProfile.id,
        definitionId: createRewardDefinition.id,
        reason: 'Birthday',
        idempotencyKey: key,
      },
    },
  );
  return { token, typeId: createRewardType.id, profileId: createProfile.id };
}

test('a customer opens an extension link on a phone and confirms it once', async ({
  browser,
  page: staff,
}) => {
  const { token, typeId, profileId } = await extendableReward();
  await signIn(staff);
  await staff.goto(`/profiles/${profileId}`);
  await staff.getByRole('button', { name: 'Send link to extend Birthday treat' }).click();
  const dialog = staff.getByRole('dialog');
  await expect(dialog).toContainText('extend this reward by 30 days, once');
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const shown = dialog.getByTestId('extension-link');
  await expect(shown).toContainText('/portal/extend?token=rwl_');
  await expect(dialog).toContainText('It works once, until');
  await checkPage(staff, 'extension link');
  const sent = new URL((await shown.textContent())!);
  await dialog.getByRole('button', { name: 'Done' }).click();
  // Other journeys count the seeded reward types: this one's type is archived again (the
  // issued reward keeps it).
  await gql(token, 'mutation($id: ID!) { archiveRewardType(id: $id) { id } }', { id: typeId });

  // The link names PUBLIC_URL; open the same path on the server under test.
  const link = `${sent.pathname}${sent.search}`;
  const context = await browser.newContext({ viewport: PHONE, baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Hi Mia,' })).toBeVisible();
  await expect(page.getByText(/Birthday treat/)).toBeVisible();
  await expect(page.getByText(/can be extended/)).toBeVisible();
  await checkPage(page, 'portal offer');

  const confirm = page.getByRole('button', { name: 'Extend my reward' });
  await confirm.click();
  await expect(page.getByRole('status')).toContainText('Done: your reward now lasts until');
  await expect(page.getByRole('button', { name: 'Extended' })).toBeDisabled();
  await checkPage(page, 'portal extended');

  // The link is single-use: opening it again says so.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'This link cannot be used' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/already/i);
  await checkPage(page, 'portal used');

  // A made-up link gets a clear answer too.
  await page.goto('/portal/extend?token=rwl_made-up');
  await expect(page.getByRole('heading', { name: 'This link cannot be used' })).toBeVisible();
  await context.close();
});

import { expect, test } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './env';
import { checkPage } from './support';

test('an administrator is sent to sign in, signs in, sees the shell and signs out', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await checkPage(page, 'sign in');

  await page.getByLabel('Email').fill(ADMIN_EMAIL);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Invalid email or password.');
  await expect(page).toHaveURL(/\/login$/);

  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/$/);
  const header = page.getByRole('banner');
  await expect(header.getByText('Rewards', { exact: true })).toBeVisible();
  await expect(header.getByText('ADMIN', { exact: true })).toBeVisible();
  await expect(header.getByText(ADMIN_EMAIL)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your role: Administrator' })).toBeVisible();
  await checkPage(page, 'dashboard');

  // The session survives a reload: it lives in the cookie, not in page memory.
  await page.reload();
  await expect(page.getByRole('banner').getByText('ADMIN', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  // The session was revoked, so the shell is closed again.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
});

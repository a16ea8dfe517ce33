import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './env';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export async function signIn(page: Page, email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /^Your role: / })).toBeVisible();
}

/** A GraphQL request with the page's session, as the app itself sends it. */
export async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const response = await page.request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

export function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** How far the page is wider than the window, in pixels (0 when it fits). */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * The innermost elements whose box or text reaches past the window's right edge, to say what
 * overflows (text that cannot wrap spills out of a box that itself fits).
 */
function widest(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll('body *')].filter((el) => {
      const r = el.getBoundingClientRect();
      return Math.max(r.right, r.left + el.scrollWidth) > edge + 0.5;
    });
    return past
      .filter((el) => !past.some((other) => other !== el && el.contains(other)))
      .slice(0, 5)
      .map((el) => {
        const r = el.getBoundingClientRect();
        const cls = el.getAttribute('class');
        return `${el.tagName.toLowerCase()}${cls ? `.${cls.split(/\s+/).join('.')}` : ''} (right ${Math.round(r.right)} px): ${(el.textContent ?? '').trim().slice(0, 40)}`;
      });
  });
}

async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/**
 * Checks the page as it is now at 1280 px and at 390 px: no serious or critical axe violation
 * at either width, and nothing wider than the phone's screen. Leaves the page at 1280 px, with a
 * screenshot of each width in test-results/screens/.
 */
export async function checkPage(page: Page, name: string) {
  mkdirSync('test-results/screens', { recursive: true });
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    expect(await axeProblems(page), `axe on ${name} at ${size.width} px`).toEqual([]);
    if (size === PHONE) {
      const extra = await overflow(page);
      const culprits = extra ? (await widest(page)).join('; ') : '';
      expect(extra, `${name} is wider than the screen at 390 px: ${culprits}`).toBe(0);
    }
    await page.screenshot({
      path: `test-results/screens/${name.replace(/\W+/g, '-')}-${size.width}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize(DESKTOP);
}

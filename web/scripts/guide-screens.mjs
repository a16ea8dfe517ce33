// The screenshots of docs/GUIDE.md, made again from nothing: starts the built product on a new
// SQLite database and a free port, sets up a brand (settings, definitions, customers, a manager)
// through the API, walks each task of the guide in the admin app and on the public Profile
// Portal page, writes JPEGs into docs/guide/ and stops the server.
//
//   pnpm build && node web/scripts/guide-screens.mjs
//
// The pictures show today's dates: expiries and times move with the day the script runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const serverMain = path.join(root, 'server/dist/main.js');
const webIndex = path.join(root, 'web/dist/index.html');
const outDir = path.join(root, 'docs/guide');

const ADMIN = { email: 'admin@example.com', password: 'guide-Admin-password-1' };
const MANAGER = { email: 'morgan@example.com', password: 'guide-Manager-password-1' };
// What links name in the pictures; the script opens the same paths on its own server.
const PUBLIC_URL = 'https://rewards.example.com';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** Above this an image is reported: the guide's pictures stay small. */
const MAX_BYTES = 150 * 1024;

// The launch arguments of the browser journeys (web/playwright.config.ts).
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the built server on a new SQLite file; resolves once /health answers. */
async function startServer(port, database) {
  const server = spawn(process.execPath, [serverMain], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${database}`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      NODE_ENV: 'production',
      PUBLIC_URL,
      LOG_LEVEL: 'warn',
      // No daily pass in the middle of the pictures.
      SCHEDULE_TIME: 'off',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      server.kill('SIGTERM');
      await exited;
      throw new Error('the server did not answer /health in 60 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    async stop() {
      if (server.exitCode === null) {
        server.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** A GraphQL request with the context's session cookie, as the app sends it. */
async function gql(context, query, variables = {}) {
  const res = await context.request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = await res.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function signIn(page, { email, password }) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /^Your role: / })).toBeVisible();
}

function nav(page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Scrolls the element to the top ('start') or bottom ('end') of its scrolling box. */
async function scrollTo(locator, block) {
  await locator.evaluate((el, where) => el.scrollIntoView({ block: where }), block);
}

/** Scrolls the page so the element's top is just under the sticky header. */
async function scrollBelowHeader(locator) {
  await locator.evaluate((el) => {
    const header = document.querySelector('.shell-header')?.getBoundingClientRect().height ?? 0;
    window.scrollBy(0, el.getBoundingClientRect().top - header - 24);
  });
}

const written = [];

/** The window as it is now, as docs/guide/<name>.jpg. */
async function shot(page, name) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    // No focus ring on the field typed in last, and tables shown from their first column
    // (clicking a button at a wide table's edge scrolls it sideways).
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    for (const box of document.querySelectorAll('.table-scroll')) box.scrollLeft = 0;
  });
  // The mouse leaves whatever it hovered; text carets are hidden.
  await page.mouse.move(0, 0);
  const file = path.join(outDir, `${name}.jpg`);
  await page.screenshot({
    path: file,
    type: 'jpeg',
    quality: 80,
    animations: 'disabled',
    caret: 'hide',
  });
  const bytes = statSync(file).size;
  written.push({ name, bytes });
  console.log(`  ${name}.jpg  ${Math.round(bytes / 1024)} kB`);
}

/** Picks the option of a definition select whose text names the definition. */
async function chooseDefinition(scope, name) {
  const option = scope.locator('option', { hasText: name });
  await expect(option).toHaveCount(1);
  await scope
    .getByLabel('Reward definition')
    .selectOption((await option.getAttribute('value')) ?? '');
}

/** The brand, its catalogue, its customers and a manager, as the pictures need them. */
async function setUp(admin) {
  await gql(
    admin,
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
  const { rewardTypes } = await gql(admin, '{ rewardTypes { id key } }');
  const typeId = (key) => {
    const type = rewardTypes.find((t) => t.key === key);
    if (!type) throw new Error(`no seeded reward type ${key}`);
    return type.id;
  };
  const definition = async (input) =>
    (
      await gql(
        admin,
        `mutation($input: RewardDefinitionInput!) { createRewardDefinition(input: $input) { id } }`,
        { input },
      )
    ).createRewardDefinition.id;
  const goodwill = await definition({
    handle: 'goodwill-credit',
    name: 'Goodwill credit',
    typeId: typeId('customer-service'),
    value: 2000,
    expiryPeriod: 90,
    expiryUnit: 'DAYS',
  });
  const birthday = await definition({
    handle: 'birthday-treat',
    name: 'Birthday treat',
    typeId: typeId('birthday'),
    value: 1500,
    expiryPeriod: 30,
    expiryUnit: 'DAYS',
    published: true,
  });
  await definition({
    handle: 'summer-sale',
    name: 'Summer sale',
    typeId: typeId('campaign'),
    value: 1000,
    expiryPeriod: 2,
    expiryUnit: 'MONTHS',
  });

  const profile = async (input) =>
    (
      await gql(admin, `mutation($input: ProfileInput!) { createProfile(input: $input) { id } }`, {
        input,
      })
    ).createProfile.id;
  const profiles = {
    casey: await profile({
      externalId: 'CUST-2001',
      firstName: 'Casey',
      lastName: 'Nguyen',
      email: 'casey.nguyen@example.com',
      tier: 'Gold',
      birthDate: '1991-06-14',
    }),
    caseyB: await profile({
      externalId: 'CUST-2002',
      firstName: 'Casey',
      lastName: 'Brooks',
      email: 'casey.brooks@example.com',
      tier: 'Silver',
    }),
    mia: await profile({
      externalId: 'CUST-2003',
      firstName: 'Mia',
      lastName: 'Rossi',
      email: 'mia.rossi@example.com',
      tier: 'Gold',
      birthDate: '1988-12-02',
    }),
    sam: await profile({
      externalId: 'CUST-2004',
      firstName: 'Sam',
      lastName: 'Patel',
      email: 'sam.patel@example.com',
    }),
    jordan: await profile({
      externalId: 'CUST-2005',
      firstName: 'Jordan',
      lastName: 'Lee',
      email: 'jordan.lee@example.com',
      tier: 'Platinum',
    }),
  };

  let n = 0;
  const issue = (profileId, definitionId, reason) =>
    gql(
      admin,
      `mutation($input: IssueRewardInput!) {
        issueReward(input: $input) { __typename ... on Reward { id } }
      }`,
      { input: { profileId, definitionId, reason, idempotencyKey: `guide-issue-${++n}` } },
    );
  await issue(profiles.casey, goodwill, 'Late delivery of order WEB-1042');
  await issue(profiles.casey, birthday, 'Birthday month');
  await issue(profiles.caseyB, goodwill, 'Wrong size sent');
  await issue(profiles.mia, birthday, 'Birthday month');
  await issue(profiles.sam, goodwill, 'Late delivery of order WEB-1077');

  await gql(admin, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
    input: { email: MANAGER.email, name: 'Morgan Taylor', role: 'MANAGER', ...MANAGER },
  });
  return profiles;
}

/** Find a customer; issue over a manager's limit, then within it; extend; void. */
async function customerTasks(page, profiles) {
  console.log('find, issue, extend, void');
  await nav(page).getByRole('link', { name: 'Profiles' }).click();
  await page.getByLabel('Search profiles').fill('casey');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('2 profiles matching “casey”')).toBeVisible();
  await shot(page, 'find-customer');

  await page.getByRole('link', { name: 'Casey Nguyen' }).click();
  await expect(page.getByRole('heading', { name: 'Casey Nguyen' })).toBeVisible();
  const rewards = page.getByRole('table', { name: 'Profile rewards' });
  await expect(rewards.getByRole('row')).toHaveCount(3);
  await shot(page, 'profile');

  await page.getByRole('button', { name: 'Issue reward' }).click();
  const issue = page.getByRole('dialog', { name: 'Issue a reward to Casey Nguyen' });
  await chooseDefinition(issue, 'Goodwill credit');
  const value = issue.getByLabel('Value override (AUD)');
  await expect(value).toHaveAccessibleDescription(/Managers can issue up to A\$50\.00 per reward/);
  await value.fill('80');
  await issue.getByLabel('Reason').fill('Parcel arrived damaged');
  await issue.getByRole('button', { name: 'Issue reward' }).click();
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'issue-limit');
  await value.fill('25');
  await issue.getByRole('button', { name: 'Issue reward' }).click();
  await expect(issue).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Issued A$25.00 “Goodwill credit”.');

  const late = rewards.getByRole('row').filter({ hasText: 'Late delivery' });
  await late.getByRole('button', { name: 'Extend Goodwill credit' }).click();
  const extend = page.getByRole('dialog', { name: 'Extend “Goodwill credit”' });
  await extend.getByLabel('Days to add').fill('30');
  await extend.getByLabel('Reason').fill('Customer was overseas');
  await expect(extend.getByLabel('Expiry change')).toContainText('After extending');
  await shot(page, 'extend');
  await extend.getByRole('button', { name: 'Extend reward' }).click();
  await expect(extend).toBeHidden();
  await expect(late).toContainText('extended once');

  await page.goto(`/profiles/${profiles.sam}`);
  await expect(page.getByRole('heading', { name: 'Sam Patel' })).toBeVisible();
  await page.getByRole('button', { name: 'Void Goodwill credit' }).click();
  const voiding = page.getByRole('dialog', { name: 'Void “Goodwill credit”' });
  await voiding.getByLabel('Reason').fill('Issued to the wrong customer');
  await voiding.getByRole('checkbox').check();
  await expect(voiding.getByRole('button', { name: 'Void reward' })).toBeEnabled();
  await shot(page, 'void');
  await voiding.getByRole('button', { name: 'Void reward' }).click();
  await expect(voiding).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Voided');
}

/** Redeem with a cart at the counter; redeem again, reverse that; return part of the first. */
async function counterTasks(page, profiles) {
  console.log('redeem, reverse, return');
  await page.goto(`/profiles/${profiles.casey}`);
  await expect(page.getByRole('heading', { name: 'Casey Nguyen' })).toBeVisible();
  await page.getByRole('button', { name: 'Redeem', exact: true }).click();
  const redeem = page.getByRole('dialog', { name: 'Redeem rewards for Casey Nguyen' });
  await redeem.getByLabel('Amount (AUD)').fill('30');
  await redeem.getByRole('button', { name: 'Add cart line' }).click();
  await redeem.getByRole('button', { name: 'Add cart line' }).click();
  const shoes = redeem.getByRole('group', { name: 'Line 1' });
  const giftCard = redeem.getByRole('group', { name: 'Line 2' });
  await shoes.getByLabel('Category').fill('shoes');
  await shoes.getByLabel('Quantity').fill('2');
  await shoes.getByLabel('Unit price (AUD)').fill('20');
  await giftCard.getByLabel('Category').fill('gift-card');
  await giftCard.getByLabel('Unit price (AUD)').fill('50');
  await redeem.getByLabel('Order or transaction id').fill('POS-4821');
  await redeem.getByLabel('Location').fill('Melbourne Central');
  await redeem.getByLabel('Location').blur();
  const preview = redeem.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('eligible subtotal A$40.00');
  await expect(giftCard).toContainText('Excluded: rewards never pay for “gift-card”.');
  await expect(shoes).toContainText('Rewards pay A$20.00 of this line.');
  const submit = redeem.getByRole('button', { name: 'Redeem', exact: true });
  await expect(submit).toBeDisabled();
  // The dialog from its top, as it opened.
  await page.locator('.modal-backdrop').evaluate((el) => el.scrollTo(0, 0));
  await shot(page, 'redeem-cart');
  await scrollTo(submit, 'end');
  await shot(page, 'redeem-preview');
  await redeem.getByLabel('Amount (AUD)').fill('20');
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(redeem).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Redeemed A$20.00.');

  await page.getByRole('button', { name: 'Redeem', exact: true }).click();
  await redeem.getByLabel('Amount (AUD)').fill('10');
  await redeem.getByLabel('Order or transaction id').fill('WEB-1093');
  await expect(preview).toContainText(/Would redeem\s+A\$10\.00/);
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(redeem).toBeHidden();

  const redemptions = page.getByRole('table', { name: 'Profile redemptions' });
  const web = redemptions.getByRole('row').filter({ hasText: 'WEB-1093' });
  await web.getByRole('button', { name: 'Reverse' }).click();
  const reverse = page.getByRole('dialog', { name: /Reverse the redemption/ });
  await reverse.getByLabel('Reason (optional)').fill('Order cancelled before dispatch');
  await shot(page, 'reverse');
  await reverse.getByRole('button', { name: 'Reverse redemption' }).click();
  await expect(reverse).toBeHidden();
  await expect(web).toContainText('REVERSED');

  const pos = redemptions.getByRole('row').filter({ hasText: 'POS-4821' });
  await pos.getByRole('button', { name: 'Return' }).click();
  const giveBack = page.getByRole('dialog', { name: /Return part of the redemption/ });
  await giveBack.getByLabel(/Amount to return/).fill('10');
  await giveBack.getByLabel('Reason (optional)').fill('One pair of shoes returned');
  await shot(page, 'return');
  await giveBack.getByRole('button', { name: 'Return', exact: true }).click();
  await expect(giveBack).toBeHidden();
  await expect(pos).toContainText('PARTIALLY_RETURNED');
  await scrollBelowHeader(page.getByRole('heading', { name: 'Redemptions', exact: true }));
  await shot(page, 'redemptions');
}

/** An extension link from Mia's profile, and the Profile Portal page it opens on a phone. */
async function linkTasks(page, browser, baseURL, profiles) {
  console.log('extension link, portal');
  await page.goto(`/profiles/${profiles.mia}`);
  await expect(page.getByRole('heading', { name: 'Mia Rossi' })).toBeVisible();
  await page.getByRole('button', { name: 'Send link to extend Birthday treat' }).click();
  const dialog = page.getByRole('dialog', { name: 'Extension link for “Birthday treat”' });
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const shown = dialog.getByTestId('extension-link');
  await expect(shown).toContainText('/portal/extend?token=');
  await shot(page, 'extension-link');
  const sent = new URL((await shown.textContent()) ?? '');
  await dialog.getByRole('button', { name: 'Done' }).click();

  // The customer: a phone with no session, the same link on the server the script runs.
  const phone = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    baseURL,
  });
  const portal = await phone.newPage();
  await portal.goto(`${sent.pathname}${sent.search}`);
  await expect(portal.getByRole('heading', { name: 'Hi Mia,' })).toBeVisible();
  await shot(portal, 'portal-offer');
  await portal.getByRole('button', { name: 'Extend my reward' }).click();
  await expect(portal.getByRole('status')).toContainText('Done: your reward now lasts until');
  await shot(portal, 'portal-done');
  await phone.close();
}

/** A birthday reaction with a tier condition, made in the builder. */
async function reactionTasks(page) {
  console.log('reaction');
  await nav(page).getByRole('link', { name: 'Reactions' }).click();
  await expect(page.getByRole('heading', { name: 'Reactions', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New reaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'New reaction' });
  const name = 'Birthday treat for Gold and Platinum';
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('radio', { name: 'Birthday' }).check();
  await chooseDefinition(dialog, 'Birthday treat');
  await dialog.getByRole('checkbox', { name: 'Tier is one of' }).check();
  await dialog.getByLabel('Tiers').fill('Gold, Platinum');
  await expect(dialog.getByText('Only profiles whose tier is Gold or Platinum.')).toBeVisible();
  await scrollTo(dialog.getByRole('button', { name: 'Create reaction' }), 'end');
  await shot(page, 'reaction-form');
  await dialog.getByRole('button', { name: 'Create reaction' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`Created “${name}”.`);
  await shot(page, 'reactions');
}

/** A CSV of seven rows, one unknown and one listed twice: preview, then the finished job. */
async function bulkTasks(page) {
  console.log('bulk issue');
  await nav(page).getByRole('link', { name: 'Bulk issue' }).click();
  await expect(page.getByRole('heading', { name: 'Bulk issue', exact: true })).toBeVisible();
  await chooseDefinition(page.locator('form'), 'Summer sale');
  await page.getByLabel('Reason').fill('Summer sale email, December');
  const csv = [
    'Customer ID,Email,First name',
    'CUST-2001,casey.nguyen@example.com,Casey',
    'CUST-2002,casey.brooks@example.com,Casey',
    'CUST-2003,mia.rossi@example.com,Mia',
    'CUST-2004,sam.patel@example.com,Sam',
    'CUST-2099,alex.chen@example.com,Alex',
    'CUST-2005,jordan.lee@example.com,Jordan',
    'CUST-2003,mia.rossi@example.com,Mia',
  ].join('\n');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'summer-sale.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect(page.getByLabel('What this issues')).toHaveText(
    '7 rewards of A$10.00 from “Summer sale”: A$70.00 in all.',
  );
  await scrollTo(page.getByRole('button', { name: 'Issue 7 rewards' }), 'end');
  await shot(page, 'bulk-preview');
  await page.getByRole('button', { name: 'Issue 7 rewards' }).click();
  await expect(page.getByRole('status')).toContainText('Done', { timeout: 60_000 });
  await expect(page.getByRole('table', { name: 'Rows that were not issued' })).toBeVisible();
  await scrollTo(page.getByRole('table', { name: 'Rows that were not issued' }), 'end');
  await shot(page, 'bulk-done');
}

async function dashboard(page) {
  console.log('dashboard');
  await nav(page).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('region', { name: 'Key figures' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Outstanding by month of expiry' })).toBeVisible();
  // The figures are dimmed while they are asked for again.
  await expect(page.getByRole('region', { name: 'Key figures' })).toHaveAttribute(
    'aria-busy',
    'false',
  );
  await shot(page, 'dashboard');
}

async function main() {
  if (!existsSync(serverMain) || !existsSync(webIndex)) {
    console.error('Build the product first: pnpm build');
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpdir(), 'rewards-guide-'));
  let server = null;
  let browser = null;
  try {
    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    console.log(`server on ${baseURL}`);
    server = await startServer(port, path.join(scratch, 'guide.sqlite'));
    // The system Chromium where there is one, as the browser journeys use.
    const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    browser = await chromium.launch({
      executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
      args: LAUNCH_ARGS,
    });
    const options = { viewport: DESKTOP, deviceScaleFactor: 1, baseURL };
    const admin = await browser.newContext(options);
    const adminPage = await admin.newPage();
    await signIn(adminPage, ADMIN);
    const profiles = await setUp(admin);

    const manager = await browser.newContext(options);
    const managerPage = await manager.newPage();
    await signIn(managerPage, MANAGER);
    await customerTasks(managerPage, profiles);
    await counterTasks(managerPage, profiles);
    await linkTasks(managerPage, browser, baseURL, profiles);

    await adminPage.reload();
    await reactionTasks(adminPage);
    await bulkTasks(adminPage);
    await dashboard(adminPage);
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  const large = written.filter((w) => w.bytes > MAX_BYTES);
  if (large.length > 0) {
    console.error(`Over ${MAX_BYTES / 1024} kB: ${large.map((w) => w.name).join(', ')}`);
    process.exit(1);
  }
  console.log(`${written.length} screenshots in ${path.relative(root, outDir)}/`);
}

await main();

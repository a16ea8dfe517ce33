import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD, E2E_BASE_URL, E2E_PORT } from './e2e/env';

// The system Chromium where there is one (browsers cannot be downloaded everywhere this runs);
// elsewhere Playwright's own, after `pnpm --dir web exec playwright install chromium`.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(chromium) ? chromium : undefined;

// Workers re-evaluate this file; the environment variable keeps them on the runner's database.
process.env.REWARDS_E2E_DATABASE ??= join(
  mkdtempSync(join(tmpdir(), 'rewards-e2e-')),
  'rewards.sqlite',
);

// E2E_DATABASE=mysql runs the journeys on a scratch MySQL database (scripts/e2e.mjs decides);
// each database keeps its own report and failure artefacts.
const database = process.env.E2E_DATABASE === 'mysql' ? 'mysql' : 'sqlite';

export default defineConfig({
  testDir: './e2e',
  // The JSON copy feeds the closing summary of `pnpm test`.
  reporter: [['list'], ['json', { outputFile: `test-reports/e2e-${database}.json` }]],
  // Traces and screenshots of failed journeys, kept by CI as artefacts.
  outputDir: `test-results/${database}`,
  workers: 1,
  // Every page is checked with axe at two widths, which takes a few seconds each.
  timeout: 180_000,
  // One retry in CI: a journey that fails twice is a failure; one that passes on retry is
  // reported as flaky in the JSON report.
  retries: process.env.CI ? 1 : 0,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The built product: the server serves the API and the built SPA from one origin.
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${E2E_BASE_URL}/health`,
    reuseExistingServer: false,
    // SIGTERM lets the launcher drop its scratch database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      NODE_ENV: 'production',
      // Request logs only when something goes wrong.
      LOG_LEVEL: 'warn',
      // The webhook journey's receiver listens on this machine.
      WEBHOOKS_ALLOW_PRIVATE: 'true',
    },
  },
});

// Makes sure the end-to-end tests have a browser: the system Chromium if installed, otherwise
// Playwright's own Chromium, downloaded once.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(system) && !existsSync(chromium.executablePath())) {
  console.log(`No browser at ${system}; installing Playwright's Chromium`);
  execFileSync('playwright', ['install', 'chromium'], { stdio: 'inherit', shell: true });
}

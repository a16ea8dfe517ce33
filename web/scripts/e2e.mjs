// The browser journeys of `pnpm test`. With the MySQL test server usable (TEST_MYSQL_URL, as for
// the server suites) every journey runs against the real server on MySQL, and the smoke journey
// on the embedded database too; without it, every journey runs on SQLite and the closing summary
// says the MySQL run was skipped, why, and the fix. Extra arguments go to Playwright.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(web, 'test-reports');
mkdirSync(reports, { recursive: true });
for (const db of ['mysql', 'sqlite']) rmSync(path.join(reports, `e2e-${db}.json`), { force: true });

const { mysqlRequiredOrAvailable } = createRequire(import.meta.url)(
  path.join(web, '../server/dist/db/scratch.js'),
);
const mysql = await mysqlRequiredOrAvailable((line) =>
  console.warn(line.replace('MySQL suites are skipped', 'Browser journeys on MySQL are skipped')),
);
writeFileSync(
  path.join(reports, 'e2e-skipped.json'),
  JSON.stringify(
    mysql.run
      ? []
      : [
          {
            suite: 'browser journeys on MySQL',
            reason: mysql.problem?.problem,
            fix: mysql.problem?.fix,
          },
        ],
  ),
);

const extra = process.argv.slice(2);
function playwright(database, args) {
  console.log(`\n-- browser journeys on ${database === 'mysql' ? 'MySQL' : 'SQLite'}`);
  const run = spawnSync('pnpm', ['exec', 'playwright', 'test', ...args, ...extra], {
    cwd: web,
    stdio: 'inherit',
    env: { ...process.env, E2E_DATABASE: database },
  });
  return run.status ?? 1;
}

const failed = mysql.run
  ? [playwright('mysql', []), playwright('sqlite', ['e2e/smoke.spec.ts'])]
  : [playwright('sqlite', [])];
process.exit(failed.some((status) => status !== 0) ? 1 : 0);

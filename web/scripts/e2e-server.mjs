// The server the browser journeys run against: the built product on a database of its own.
// E2E_DATABASE=mysql makes a scratch MySQL database beside TEST_MYSQL_URL's (dropped when the
// journeys end); otherwise a new SQLite file (REWARDS_E2E_DATABASE, from the Playwright config).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDist = path.join(here, '../../server/dist');
const env = { ...process.env };
let scratch = null;
if (process.env.E2E_DATABASE === 'mysql') {
  const { createScratchDatabase, MYSQL_SERVER_URL } = createRequire(import.meta.url)(
    path.join(serverDist, 'db/scratch.js'),
  );
  scratch = await createScratchDatabase('mysql');
  // The test server the suites use (TEST_MYSQL_URL or its default), on the scratch database.
  const url = new URL(MYSQL_SERVER_URL);
  url.pathname = `/${scratch.config.database}`;
  env.DATABASE_URL = url.toString();
  console.log(`journeys on MySQL database ${scratch.config.database}`);
} else {
  env.DATABASE_URL = `sqlite:${process.env.REWARDS_E2E_DATABASE}`;
}

const server = spawn(process.execPath, [path.join(serverDist, 'main.js')], {
  env,
  stdio: 'inherit',
});
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  await scratch
    ?.drop()
    .catch((err) => console.error(`could not drop ${scratch.config.database}: ${err}`));
  process.exit(code);
}
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void stop(0));
server.on('exit', (code) => void stop(code ?? 1));

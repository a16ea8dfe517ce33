// Lighthouse (the pinned 12.2.3, desktop preset) on the sign-in, dashboard and profile pages of
// the built app, served by the built server with demo data on a scratch SQLite database.
// Usage, after `pnpm build`:  node web/scripts/lighthouse.mjs   (CHROMIUM_PATH to override)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
// A port of its own, so it never meets another server already listening.
const port = Number(process.env.LIGHTHOUSE_PORT ?? 20000 + Math.floor(Math.random() * 20000));
const base = `http://localhost:${port}`;
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const scratch = mkdtempSync(join(tmpdir(), 'rewards-lighthouse-'));

const server = spawn('node', [join(web, '../server/dist/main.js'), '--demo'], {
  env: {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `sqlite:${join(scratch, 'rewards.sqlite')}`,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
server.stdout.on('data', (chunk) => (output += chunk));
server.stderr.on('data', (chunk) => (output += chunk));

try {
  for (let i = 0; ; i++) {
    if (i > 120) throw new Error(`the server did not start:\n${output}`);
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  // The demo administrator (server/src/demo/seed.ts).
  const [email, password] = ['admin@example.com', 'rewards-demo'];
  const gql = async (query, variables, cookie) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { body: await res.json(), cookie: res.headers.get('set-cookie')?.split(';')[0] };
  };
  const login = await gql(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }',
    { e: email, p: password },
  );
  if (!login.cookie) throw new Error(`could not sign in: ${JSON.stringify(login.body)}`);
  const profiles = await gql('{ profiles(first: 1) { edges { node { id } } } }', {}, login.cookie);
  const profileId = profiles.body.data.profiles.edges[0].node.id;

  const pages = [
    ['sign-in', '/login', null],
    ['dashboard', '/', login.cookie],
    ['profile', `/profiles/${profileId}`, login.cookie],
  ];
  for (const [name, path, cookie] of pages) {
    const out = join(scratch, `${name}.json`);
    execFileSync(
      join(web, 'node_modules/.bin/lighthouse'),
      [
        `${base}${path}`,
        '--preset=desktop',
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-path=${chrome}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
        ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
      ],
      { stdio: 'inherit' },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (c) => Math.round(report.categories[c].score * 100);
    const ms = (a) => Math.round(report.audits[a].numericValue);
    console.log(
      `${name} (${path}): performance ${score('performance')}, accessibility ${score('accessibility')}, ` +
        `best practices ${score('best-practices')}; FCP ${ms('first-contentful-paint')} ms, ` +
        `LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms, ` +
        `CLS ${report.audits['cumulative-layout-shift'].numericValue.toFixed(3)}`,
    );
  }
} finally {
  server.kill();
}

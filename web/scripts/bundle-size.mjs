// The gzipped script a page loads before it can show anything: the entry chunk and, for a
// signed-in page, its route chunks with everything they import statically. Fails when the
// sign-in page or the dashboard is over its budget; also says what the dashboard's charts add.
// Usage: node scripts/bundle-size.mjs [dist]   (after `vite build`)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const assets = join(dist, 'assets');
const files = readdirSync(assets);
const entry = /src="\/assets\/([^"]+\.js)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))[1];

function staticImports(file) {
  const code = readFileSync(join(assets, file), 'utf8');
  return [
    ...code.matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g),
  ].map((m) => m[1]);
}

function closure(roots) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) walk(next);
  };
  roots.forEach(walk);
  return seen;
}

const gz = (file) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
const chunk = (name) => files.find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const dashboard = [entry, chunk('SignedInRoot'), chunk('DashboardPage')];
// Budgets in kB gzipped, for the pages people open first.
const pages = {
  'sign-in (/login)': { roots: [entry], budget: 120 },
  'dashboard (/)': { roots: dashboard, budget: 250 },
  'profile (/profiles/:id)': { roots: [entry, chunk('SignedInRoot'), chunk('ProfilePage')] },
};
let over = false;
for (const [page, { roots, budget }] of Object.entries(pages)) {
  const all = closure(roots.filter(Boolean));
  const total = [...all].reduce((sum, f) => sum + gz(f), 0);
  const tooBig = budget !== undefined && total > budget * 1024;
  over ||= tooBig;
  const limit = budget === undefined ? '' : ` (budget ${budget} kB${tooBig ? ': OVER' : ''})`;
  console.log(`${page}: ${kB(total)} gzipped in ${all.size} scripts${limit}`);
}
// The charts load after the dashboard has shown its figures: what they add to it.
const charts = chunk('BarChart');
if (charts) {
  const before = closure(dashboard.filter(Boolean));
  const extra = [...closure([charts])].filter((f) => !before.has(f));
  const total = extra.reduce((sum, f) => sum + gz(f), 0);
  console.log(
    `dashboard charts, loaded after the page: ${kB(total)} gzipped in ${extra.length} scripts`,
  );
}
if (over) {
  console.error('A page is over its budget.');
  process.exitCode = 1;
}

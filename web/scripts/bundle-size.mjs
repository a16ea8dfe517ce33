// The gzipped script a page loads before it can show anything: the entry chunk and, for a
// signed-in page, its route chunks with everything they import statically.
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
const pages = {
  'sign-in (/login)': [entry],
  'dashboard (/)': [entry, chunk('SignedInRoot'), chunk('DashboardPage')],
  'profile (/profiles/:id)': [entry, chunk('SignedInRoot'), chunk('ProfilePage')],
};
for (const [page, roots] of Object.entries(pages)) {
  const all = closure(roots.filter(Boolean));
  const total = [...all].reduce((sum, f) => sum + gz(f), 0);
  console.log(`${page}: ${(total / 1024).toFixed(1)} kB gzipped in ${all.size} scripts`);
}

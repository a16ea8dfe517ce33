#!/usr/bin/env node
// The closing line of `pnpm test`: tests passed, failed and skipped across the server suites,
// the web unit tests and the browser journeys, and every suite that did not run, with why and
// the fix, so a partial run cannot pass unnoticed. Reads the JSON reports the runs wrote.
// Usage (from the repository root): node server/scripts/test-summary.mjs
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => {
  const full = path.join(root, file);
  return existsSync(full) ? JSON.parse(readFileSync(full, 'utf8')) : null;
};

const parts = [];
const missing = [];
function vitest(label, file) {
  const r = read(file);
  if (!r) return missing.push(label);
  parts.push({
    label,
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  });
}
vitest('server', 'server/test-reports/vitest.json');
vitest('web', 'web/test-reports/vitest.json');
let journeys = 0;
for (const db of ['mysql', 'sqlite']) {
  const e2e = read(`web/test-reports/e2e-${db}.json`);
  if (!e2e) continue;
  journeys++;
  parts.push({
    label: `browser on ${db === 'mysql' ? 'MySQL' : 'SQLite'}`,
    passed: e2e.stats.expected + e2e.stats.flaky,
    failed: e2e.stats.unexpected,
    skipped: e2e.stats.skipped,
  });
}
if (!journeys) missing.push('browser');

const sum = (k) => parts.reduce((s, p) => s + p[k], 0);
const skippedSuites = [
  ...(read('server/test-reports/skipped-suites.json') ?? []),
  ...(read('web/test-reports/e2e-skipped.json') ?? []),
];
const by = parts.map((p) => `${p.label} ${p.passed}`).join(', ');
console.log(
  `\nTests: ${sum('passed')} passed (${by}), ${sum('failed')} failed, ${sum('skipped')} skipped; ` +
    `${skippedSuites.length + missing.length} suite(s) not run`,
);
for (const s of skippedSuites) console.log(`  not run: ${s.suite}: ${s.reason}. Fix: ${s.fix}`);
for (const m of missing) console.log(`  not run: ${m} tests (no report found)`);
process.exit(sum('failed') > 0 || missing.length > 0 ? 1 : 0);

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// type-graphql loads graphql's CommonJS build; code compiled for the tests must use that same
// copy, or graphql refuses types "from another module or realm".
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

// SWC compiles the tests so decorator metadata is emitted as tsc would. Each suite runs on
// SQLite and on MySQL (TEST_MYSQL_URL; a MariaDB here); each test file gets its own database.
const plugins = [swc.vite({ module: { type: 'es6' } })];
const resolve = { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] };
const shared = {
  include: ['test/e2e/**/*.test.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
};

export default defineConfig(async () => {
  // The MySQL preflight comes from the built server (the test command builds first), so this
  // config imports no TypeScript of its own.
  const built = path.join(import.meta.dirname, 'dist/db/scratch.js');
  if (!fs.existsSync(built)) throw new Error('Build the server first: pnpm --dir server build');
  const { mysqlRequiredOrAvailable } = createRequire(import.meta.url)(
    built,
  ) as typeof import('./src/db/scratch');
  const mysql = await mysqlRequiredOrAvailable((line) => console.warn(line));
  // What did not run and why, for the closing summary of `pnpm test`.
  fs.mkdirSync('test-reports', { recursive: true });
  fs.writeFileSync(
    'test-reports/skipped-suites.json',
    JSON.stringify(
      mysql.run
        ? []
        : [
            {
              suite: 'server e2e on MySQL',
              reason: mysql.problem?.problem,
              fix: mysql.problem?.fix,
            },
          ],
    ),
  );
  return {
    plugins,
    resolve,
    test: {
      reporters: ['default', 'json'],
      outputFile: { json: 'test-reports/vitest.json' },
      projects: [
        {
          plugins,
          resolve,
          test: { ...shared, name: 'unit', include: ['test/unit/**/*.test.ts'] },
        },
        { plugins, resolve, test: { ...shared, name: 'sqlite', env: { TEST_DB: 'sqlite' } } },
        ...(mysql.run
          ? [{ plugins, resolve, test: { ...shared, name: 'mysql', env: { TEST_DB: 'mysql' } } }]
          : []),
      ],
    },
  };
});

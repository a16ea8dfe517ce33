import { createRequire } from 'node:module';
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
  const { mysqlRequiredOrAvailable } = await import('./src/db/scratch');
  const withMysql = await mysqlRequiredOrAvailable((line) => console.warn(line));
  return {
    plugins,
    resolve,
    test: {
      projects: [
        {
          plugins,
          resolve,
          test: { ...shared, name: 'unit', include: ['test/unit/**/*.test.ts'] },
        },
        { plugins, resolve, test: { ...shared, name: 'sqlite', env: { TEST_DB: 'sqlite' } } },
        ...(withMysql
          ? [{ plugins, resolve, test: { ...shared, name: 'mysql', env: { TEST_DB: 'mysql' } } }]
          : []),
      ],
    },
  };
});

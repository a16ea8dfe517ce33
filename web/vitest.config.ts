import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      // Pages load lazily; on a busy machine the first import of one takes seconds.
      testTimeout: 20_000,
      // The JSON copy feeds the closing summary of `pnpm test`.
      reporters: ['default', 'json'],
      outputFile: { json: 'test-reports/vitest.json' },
    },
  }),
);

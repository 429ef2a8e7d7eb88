/**
 * Tests: `unit` (core, data, views in happy-dom) and `browser` (real Chromium
 * driven by playwright-core against the built files in dist/).
 * Time zone and locale are pinned so formatted figures are the same everywhere.
 */
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

process.env.TZ = 'UTC';

export default defineConfig({
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  test: {
    env: { TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
    projects: [
      {
        extends: true,
        // Generous: on a loaded 2-core machine the data-script tests take seconds (they are not timings).
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

// Two tiers: fast Node tests (core, policy, CLI, DOM logic under happy-dom) and
// end-to-end tests that drive the built extension in real Chromium and Firefox.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

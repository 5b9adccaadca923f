import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/fixtures/**', 'tests/e2e/**', 'tests/durability/**', 'node_modules/**'],
        },
      },
      {
        // Browsers and killed processes are heavy on a two-core machine: one such file at a
        // time keeps their waits honest, while the unit tests run beside them.
        extends: true,
        test: {
          name: 'browser and process',
          include: ['tests/e2e/**/*.test.ts', 'tests/durability/**/*.test.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});

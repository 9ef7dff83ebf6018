import { defineConfig } from 'vitest/config';

/**
 * Two groups: unit and API tests run in parallel; then the Chromium suites run one file at a time.
 * A browser, a server and a PostgreSQL cluster per file on a two-core machine, side by side, made
 * clicks land late and waits time out; one at a time they are steady.
 */
export default defineConfig({
  test: {
    globals: true,
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        // Two at a time even on two cores (Vitest's default there is one): most of an API test's time is
        // spent waiting on PostgreSQL, argon2 and LibreOffice, so two files side by side take ~5 min, not ~9.
        // Three was tried (04/12/2026): every file slowed and the whole run took longer.
        test: { name: 'unit-api', maxWorkers: 2, include: ['src/**/*.test.ts', 'tests/**/*.test.ts'], exclude: ['tests/e2e/**', 'tests/soak/**', '**/node_modules/**'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // Two files at a time too: each has its own server, database and browser, and much of a browser
        // test is waiting on the page; side by side the suite takes ~6 min instead of ~7.
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], maxWorkers: 2, testTimeout: 60_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});

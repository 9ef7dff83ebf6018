import { defineConfig } from 'vitest/config';

/**
 * `npm run soak`: the long versions of the trust suites (CCHC_SOAK=1 makes tests/security run many more cases)
 * and the runs too slow for `npm test` (tests/soak: SIGKILL under writes, on both databases). One file at a time:
 * they load the machine on purpose.
 */
export default defineConfig({
  test: {
    globals: true,
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    include: ['tests/security/**/*.test.ts', 'tests/soak/**/*.test.ts', 'tests/e2e/xss.e2e.test.ts'],
  },
});

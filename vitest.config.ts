import { defineConfig } from 'vitest/config';

/** Commands the tests start as a person would: they belong with the integration tests. */
const SPAWNING = [
  'scripts/check-data.test.ts',
  'scripts/import-kolada.test.ts',
  'scripts/embargo-status.test.ts',
];

// Tests share one module graph on worker threads (`isolate: false`): each test file importing
// the model and the text modules afresh cost more than the tests themselves (54 s against
// 20 s). Files must therefore not depend on their order; run
// `npx vitest run --sequence.shuffle.files` to check after adding module-level state.
const shared = {
  environment: 'node' as const,
  pool: 'threads' as const,
  isolate: false,
  testTimeout: 20000,
  // Tests take their data as arguments (test/support/real-data.ts, example-data.ts) and never
  // from the environment a user exported: a test that still reads the site's data through the
  // environment finds nothing here and fails. Commands a test starts get childEnv().
  env: { NKI_RESULTS_DIR: '/nonexistent/tests-take-their-data-as-arguments' },
};

export default defineConfig({
  test: {
    projects: [
      {
        // Units: pure modules with their inputs in the test (src/, the Kolada client's parts).
        test: {
          ...shared,
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: SPAWNING,
        },
      },
      {
        // The whole real or example dataset, golden texts, and commands run as processes.
        test: {
          ...shared,
          name: 'integration',
          include: ['test/integration/**/*.test.ts', ...SPAWNING],
        },
      },
    ],
  },
});

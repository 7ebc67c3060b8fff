import { defineConfig } from 'vitest/config';

// Unit tests share one module graph on worker threads (`isolate: false`): each test file
// importing the model and the text modules afresh cost more than the tests themselves
// (54 s against 20 s). Files must therefore not depend on their order; run
// `npx vitest run --sequence.shuffle.files` to check after adding module-level state.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    isolate: false,
    testTimeout: 20000,
    // Tests take their data as arguments (test/unit/real-data.ts, example-data.ts) and never
    // from the environment a user exported: a test that still reads the site's data through the
    // environment finds nothing here and fails. Commands a test starts get childEnv().
    env: { NKI_RESULTS_DIR: '/nonexistent/tests-take-their-data-as-arguments' },
  },
});

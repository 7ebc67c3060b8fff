import { fileURLToPath } from 'node:url';
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
    // The unit tests of the site's view models read the data the way the site does
    // (src/site/data.ts getDerived(), shared by every file): the invented example fixture, which
    // has what the real results lack (förbund, 2023–2024 and the 2024 series break, SKR's own
    // placements, answer counts). Tests about the real results load data/results explicitly.
    env: {
      NKI_RESULTS_DIR: fileURLToPath(
        new URL('./test/fixtures/example-data/results', import.meta.url),
      ),
    },
  },
});

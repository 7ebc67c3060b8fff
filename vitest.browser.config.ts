import { defineConfig } from 'vitest/config';

// Real-browser tests against the built site ($DIST_DIR, default dist/), served on 127.0.0.1.
// One Chromium for the whole run (started in the global setup); files run one after another so
// the two shared cores are not oversubscribed.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

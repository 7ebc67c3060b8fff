import { defineConfig } from 'vitest/config';

// Checks over a built site, without a browser. Four projects:
// - site: fast checks of dist/ ($DIST_DIR) after `npm run build` (links, h1, CSP, origins);
// - determinism: builds the small dataset twice into temp folders and compares every byte;
// - escaping: builds the small dataset with a hostile name and scans the output.
// - kolada: imports from a stand-in of Kolada's API, builds a small site and checks its pages.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        test: {
          name: 'site',
          include: ['test/site/checks.test.ts', 'test/site/dist.test.ts'],
          testTimeout: 300_000,
          // Reading every page of the built site (thousands of files) can take longer than 10 s.
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'determinism',
          include: ['test/site/determinism.test.ts'],
          testTimeout: 1_200_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'kolada',
          include: ['test/site/kolada.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'escaping',
          include: ['test/site/escaping.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

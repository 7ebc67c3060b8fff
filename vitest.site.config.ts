import { defineConfig } from 'vitest/config';

// Checks over a built site, without a browser. Three projects:
// - site: fast checks of dist/ ($DIST_DIR) after `npm run build` (links, h1, CSP, origins) and
//   the W3C HTML checker (vnu) on one page of every template;
// - small-site: builds the small dataset with a hostile name twice, scans it for unescaped markup
//   and compares the two builds byte for byte; and builds a tiny dataset into folders it may and
//   may not replace, with a planted failure (safe-build.test.ts), and builds a part of the real
//   results under an embargo (embargo-site.test.ts), one build at a time;
// - kolada: imports from a stand-in of Kolada's API, builds a small site and checks its pages.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        test: {
          name: 'site',
          include: [
            'test/site/checks.test.ts',
            'test/site/compare.test.ts',
            'test/site/dist.test.ts',
            'test/site/vnu.test.ts',
          ],
          testTimeout: 300_000,
          // Reading every page of the built site (thousands of files) can take longer than 10 s.
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'small-site',
          include: [
            'test/site/small-site.test.ts',
            'test/site/safe-build.test.ts',
            'test/site/embargo-site.test.ts',
          ],
          testTimeout: 300_000,
          hookTimeout: 900_000,
          // Two Astro builds at once would share .astro/ and the Vite cache.
          fileParallelism: false,
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
    ],
  },
});

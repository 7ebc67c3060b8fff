/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Component tests that import .astro files: they need Astro's Vite plugins, so they run with
// the project's Astro config and stay outside vitest.config.ts (test/integration/**).
export default getViteConfig({
  test: {
    include: ['test/components/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

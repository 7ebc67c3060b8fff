// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { remarkEditorialGuard } from './src/site/editorial-guard.ts';

// The site's public base URL is one setting: SITE_URL overrides it at build time.
const site = process.env.SITE_URL ?? 'https://nki-rapporten.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // One stylesheet file for all pages instead of a copy in each (docs/decisions/build-speed.md);
  // several pages in flight at once overlap the file writes with rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Editorial MDX files are checked while they are compiled, before any of them can run: no
  // import/export, {…} or tags, and no javascript: links (src/site/editorial-guard.ts).
  integrations: [mdx({ remarkPlugins: [remarkEditorialGuard] })],
  devToolbar: { enabled: false },
});

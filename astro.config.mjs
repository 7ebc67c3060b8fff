// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The site's public base URL is one setting: SITE_URL overrides it at build time.
const site = process.env.SITE_URL ?? 'https://nki-rapporten.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // One stylesheet file for all pages instead of a copy in each (docs/decisions/build-speed.md);
  // several pages in flight at once overlap the file writes with rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});

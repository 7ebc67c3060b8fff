// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
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
  // import/export, {…} or tags, and no javascript: links (src/site/editorial-guard.ts). The guard
  // is a remark plugin, so MDX is compiled by unified (remark), which @astrojs/mdx inherits from
  // this setting: Astro 7's default processor (Sätteri) runs no remark plugins and would skip it.
  markdown: { processor: unified({ remarkPlugins: [remarkEditorialGuard] }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // Astro 7's default ("jsx") drops white space that holds a line break between an expression
  // and an element, as JSX does ("CC BY 4.0.Om metoden"); true collapses it to one space as
  // Astro 5 did, so the pages read the same (docs/decisions/astro-7.md).
  compressHTML: true,
});

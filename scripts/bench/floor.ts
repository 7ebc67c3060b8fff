/**
 * The floor: a bare Astro project with the same number of trivial pages and the site's build
 * settings, built with the same Astro in the same run. Whatever the real build costs above this is
 * the site's own work.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the floor project into `dir` (node_modules linked from `root`); returns its build command. */
export function writeFloor(dir: string, root: string, pages: number, concurrency = 1): string {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://floor.example', output: 'static', trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: ${concurrency} }, devToolbar: { enabled: false }, telemetry: false });
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<html lang="sv"><head><meta charset="utf-8" /><title>Sida {n}</title></head><body><h1>Sida {n}</h1></body></html>
`,
  );
  return `node ${JSON.stringify(join(root, 'node_modules/astro/astro.js'))} build`;
}

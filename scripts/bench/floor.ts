/**
 * The floor: a bare Astro project with the same number of trivial pages and the site's build
 * settings, built with the same Astro in the same run. Whatever the real build costs above this is
 * the site's own work.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes the floor project into `dir` (node_modules linked from `root`); returns its build command.
 * With `bytesPerPage`, every page carries that much static text as well (one string inserted as it
 * is, so it costs Astro no rendering): what writing the site's bytes alone costs.
 */
export function writeFloor(
  dir: string,
  root: string,
  pages: number,
  concurrency = 1,
  bytesPerPage = 0,
): string {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://floor.example', output: 'static', trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: ${concurrency} }, devToolbar: { enabled: false }, telemetry: false });
`,
  );
  const page = `<html lang="sv"><head><meta charset="utf-8" /><title>Sida {n}</title></head><body><h1>Sida {n}</h1>`;
  const padded = bytesPerPage > 0;
  if (padded) {
    const padding = Math.max(0, bytesPerPage - Buffer.byteLength(page) - 20);
    writeFileSync(
      join(dir, 'src/filler.ts'),
      `export const filler = ${JSON.stringify(filler(padding))};\n`,
    );
  }
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---
${padded ? "import { filler } from '../filler';\n" : ''}export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
${page}${padded ? '<Fragment set:html={filler} />' : ''}</body></html>
`,
  );
  // Astro's own CLI, wherever its package.json puts it (astro.js until Astro 5, bin/astro.mjs since).
  const astro = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as {
    bin: string | Record<string, string>;
  };
  const cli = typeof astro.bin === 'string' ? astro.bin : astro.bin.astro!;
  return `node ${JSON.stringify(join(root, 'node_modules/astro', cli))} build`;
}

/** About `bytes` bytes of Swedish-looking paragraphs (UTF-8, so å, ä and ö count twice). */
function filler(bytes: number): string {
  const paragraph = '<p>Företagens nöjdhet med kommunens myndighetsutövning, år för år och område för område.</p>\n';
  const size = Buffer.byteLength(paragraph);
  return paragraph.repeat(Math.floor(bytes / size));
}

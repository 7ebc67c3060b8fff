/**
 * What the PNG renderer is: resvg-js with the bundled DejaVu fonts and no system fonts, and the
 * palette encoder of png-encode.cjs, so a PNG depends only on its SVG and on the versions named in
 * `RENDERER_KEY` — which is why the cache may key on them alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function packageVersion(name: string): string {
  const json = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as {
    version: string;
  };
  return json.version;
}

const fontDir = join(packageDir('dejavu-fonts-ttf'), 'ttf');

/** Options passed to `new Resvg(svg, options)` in every worker. Generic families map to DejaVu. */
export const RESVG_OPTIONS = {
  fitTo: { mode: 'original' as const },
  font: {
    loadSystemFonts: false,
    // The share cards use regular and bold only; each font file is read for every image.
    fontFiles: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f)),
    defaultFontFamily: 'DejaVu Sans',
    sansSerifFamily: 'DejaVu Sans',
    monospaceFamily: 'DejaVu Sans Mono',
  },
};

/**
 * Names the renderer for the cache key: a new resvg or font release, or other options, gives
 * new keys and so a fresh render. Font paths are left out (they differ between checkouts).
 */
export const RENDERER_KEY = JSON.stringify({
  resvg: packageVersion('@resvg/resvg-js'),
  fonts: packageVersion('dejavu-fonts-ttf'),
  files: RESVG_OPTIONS.font.fontFiles.map((f) => f.slice(fontDir.length + 1)),
  encoder: 'png-encode palette, deflate 6',
  options: { ...RESVG_OPTIONS, font: { ...RESVG_OPTIONS.font, fontFiles: undefined } },
});

/** Absolute path of resvg-js, for the worker (which runs plain JavaScript and cannot resolve it). */
export const RESVG_PATH = require.resolve('@resvg/resvg-js');

/** Absolute path of the PNG encoder, for the worker. */
export const ENCODER_PATH = require.resolve('./png-encode.cjs');

/**
 * The worker's code, run with `eval: true` so the pool works the same under tsx, vitest and a
 * Vite-bundled build (a separate worker file would not be copied along by the bundler).
 */
export const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvgPath);
const { encodePng } = require(workerData.encoderPath);
parentPort.on('message', (job) => {
  try {
    const image = new Resvg(job.svg, workerData.options).render();
    const png = encodePng(image.pixels, image.width, image.height);
    parentPort.postMessage({ id: job.id, png: new Uint8Array(png) });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String((error && error.message) || error) });
  }
});
`;

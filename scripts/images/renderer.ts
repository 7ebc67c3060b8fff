/**
 * What the PNG renderer is: resvg-js with DejaVu fonts and no system fonts, and the palette encoder
 * of png-encode.cjs, so a PNG depends only on its SVG and on what `rendererKey()` names — which is
 * why the cache may key on them alone.
 *
 * Fonts: resvg reads its font files anew for every image, and the whole DejaVu files (700 KB
 * each) cost more than drawing the card. So a card whose text lies within `SUBSET_RANGES` (every
 * Swedish name and headline) is drawn with committed subsets of about 50 KB (scripts/images/fonts/,
 * made by subset-fonts.ts; same glyphs, so the same pixels), and any other card with the whole fonts.
 */
import { createHash } from 'node:crypto';
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

/** The whole DejaVu fonts, from the npm package. */
export const FULL_FONT_DIR = join(packageDir('dejavu-fonts-ttf'), 'ttf');
/** The committed subsets (subset-fonts.ts). */
export const FONT_SUBSET_DIR = join(dirname(require.resolve('./png-encode.cjs')), 'fonts');

/**
 * The code points the subsets hold, as inclusive ranges: ASCII, Latin-1 and Latin Extended-A (so
 * Sami and other European letters too), and the punctuation Swedish text uses.
 */
export const SUBSET_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2013, 0x2014],
  [0x2018, 0x201e],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x2030, 0x2030],
  [0x20ac, 0x20ac],
  [0x2212, 0x2212],
];

const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

function optionsWith(fontDir: string) {
  return {
    fitTo: { mode: 'original' as const },
    font: {
      loadSystemFonts: false,
      // The share cards use regular and bold only.
      fontFiles: FONT_FILES.map((f) => join(fontDir, f)),
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
      monospaceFamily: 'DejaVu Sans',
    },
  };
}

/** Options passed to `new Resvg(svg, options)` in the workers: with the subsets, or the whole fonts. */
export const RESVG_OPTIONS = {
  subset: optionsWith(FONT_SUBSET_DIR),
  full: optionsWith(FULL_FONT_DIR),
};

/** True when every character of `svg` is in the subsets (the markup itself is ASCII). */
export function fitsSubset(svg: string): boolean {
  for (let i = 0; i < svg.length; i++) {
    const c = svg.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    if (c === 0x0a || c === 0x09 || c === 0x0d) continue;
    if (!SUBSET_RANGES.some(([from, to]) => c >= from && c <= to)) return false;
  }
  return true;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Names the renderer for the cache key: a new resvg, other font files or other options give new
 * keys and so a fresh render. Font paths are left out (they differ between checkouts).
 */
export function rendererKey(): string {
  return (cachedKey ??= JSON.stringify({
    resvg: packageVersion('@resvg/resvg-js'),
    fonts: Object.fromEntries(
      FONT_FILES.flatMap((f) => [
        [`subset/${f}`, sha256(join(FONT_SUBSET_DIR, f))],
        [`full/${f}`, sha256(join(FULL_FONT_DIR, f))],
      ]),
    ),
    encoder: 'png-encode palette, deflate 6',
    options: {
      ...RESVG_OPTIONS.subset,
      font: { ...RESVG_OPTIONS.subset.font, fontFiles: undefined },
    },
  }));
}
let cachedKey: string | undefined;

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
    const options = job.fullFonts ? workerData.options.full : workerData.options.subset;
    const image = new Resvg(job.svg, options).render();
    const png = encodePng(image.pixels, image.width, image.height);
    parentPort.postMessage({ id: job.id, png: new Uint8Array(png) });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String((error && error.message) || error) });
  }
});
`;

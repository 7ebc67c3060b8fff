/**
 * `npm run build`: the whole site in one process, from one load of the data.
 *   1. Load and validate the result files and print the report (as `npm run check-data` does);
 *      on an error remove the output folder, so that nothing partial is published, and exit 1.
 *   2. Derive the model once and hand it to the pages (src/site/data.ts).
 *   3. `astro build` into the output folder (NKI_OUT_DIR, default dist/), while the share cards
 *      are drawn beside it on worker threads (scripts/render-images.ts, through .cache/images):
 *      Astro renders pages on one core, the cards use the others. Astro empties its folder
 *      first, so the cards go to a folder of their own and are moved in at the end.
 *      NKI_IMAGE_CACHE names another cache folder (the benchmark's cold build starts from an empty one).
 * Each step prints `[phase] <name> <ms>` for the benchmark.
 */
import { rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { formatReport } from '../src/lib/report';
import { loadDerived, provideDerived } from '../src/site/data';
import { renderShareCards } from './render-images';

async function main(): Promise<void> {
  const outDir = resolve(process.env.NKI_OUT_DIR || 'dist');
  const { derived, report } = loadDerived();
  console.log(formatReport(report, { quiet: true }));
  if (!derived) {
    rmSync(outDir, { recursive: true, force: true });
    console.log(`Bygget stoppas: ${outDir} är borttagen så att inget publiceras.`);
    process.exitCode = 1;
    return;
  }
  provideDerived(derived);
  const cardsDir = `${outDir}.delningsbilder`;
  rmSync(cardsDir, { recursive: true, force: true });
  try {
    const cards = renderShareCards(derived, cardsDir, process.env.NKI_IMAGE_CACHE || undefined);
    const pages = performance.now();
    await build({ outDir, logLevel: 'info' });
    console.log(`[phase] astro ${Math.round(performance.now() - pages)}`);
    await cards;
    await rename(join(cardsDir, 'og'), join(outDir, 'og'));
  } finally {
    rmSync(cardsDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

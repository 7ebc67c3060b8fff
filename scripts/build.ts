/**
 * `npm run build`: the whole site in one process, from one load of the data.
 *   0. Read the embargo (NKI_EMBARGO, src/site/config.ts): a malformed value stops the build with
 *      one line naming the variable and the format, before any work; an embargo still ahead
 *      builds the newest year as a preview (docs/decisions/embargo.md).
 *      Check the output folder (NKI_OUT_DIR, default dist/): a folder holding files the build did
 *      not write is refused before any work (scripts/output-dir.ts).
 *   1. Load and validate the result files and print the report (as `npm run check-data` does);
 *      on an error exit 1, publishing nothing and leaving the previous site as it was.
 *   2. Derive the model once and hand it to the pages (src/site/data.ts).
 *   3. `astro build` into a fresh folder beside the output folder, while the share cards are
 *      drawn beside it on worker threads (scripts/render-images.ts, through .cache/images):
 *      Astro renders pages on one core, the cards use the others. Astro empties its folder
 *      first, so the cards go to a folder of their own and are moved in at the end.
 *      NKI_IMAGE_CACHE names another cache folder (the benchmark's cold build starts from an empty one).
 *      The release Word files are written beside their pages after the pages, while the cards
 *      finish (scripts/write-docx.ts, through .cache/docx).
 *   4. Only when everything has passed: write the manifest (.nki-build) and swap the new site in
 *      for the old one. A failure anywhere leaves the previous site untouched and removes the
 *      fresh folder, so no half-written site is ever left.
 * Each step prints `[phase] <name> <ms>` for the benchmark.
 */
import { rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { formatReport } from '../src/lib/report';
import { buildEmbargo, buildSettings } from '../src/site/config';
import { formatEmbargoTime } from '../src/lib/embargo';
import { loadDerived, provideDerived } from '../src/site/data';
import {
  clearStaging,
  freshStaging,
  refusal,
  swapIn,
  writeManifest,
  type Staging,
} from './output-dir';
import { renderShareCards } from './render-images';
import { writeReleaseDocx } from './write-docx';

async function main(): Promise<void> {
  let embargo: ReturnType<typeof buildEmbargo>;
  try {
    // Every setting is read and checked before any work: a bad value stops here, in one line.
    buildSettings();
    embargo = buildEmbargo();
  } catch (error) {
    console.log(`Bygget stoppas: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  if (embargo) {
    const at = formatEmbargoTime(embargo.release);
    console.log(
      embargo.active
        ? `Embargo till ${at}: det senaste året byggs som förhandsversion (noindex, utanför sitemap, flöden och sökning).`
        : `Embargot till ${at} har passerat: det senaste året byggs som publicerat.`,
    );
  }
  const outDir = resolve(process.env.NKI_OUT_DIR || 'dist');
  const refused = refusal(outDir);
  if (refused) {
    console.log(`Bygget stoppas: ${refused}`);
    process.exitCode = 1;
    return;
  }
  const { derived, report } = loadDerived();
  console.log(formatReport(report, { quiet: true }));
  if (!derived) {
    console.log(`Bygget stoppas: inget publiceras, och ${outDir} lämnas som den var.`);
    process.exitCode = 1;
    return;
  }
  provideDerived(derived);
  let staging: Staging;
  try {
    staging = freshStaging(outDir);
  } catch (error) {
    console.log(`Bygget stoppas: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  try {
    const cards = renderShareCards(
      derived,
      staging.cards,
      process.env.NKI_IMAGE_CACHE || undefined,
    );
    // Awaited after the pages; a failure meanwhile must not end the process before the cleanup.
    cards.catch(() => undefined);
    const pages = performance.now();
    await build({ outDir: staging.site, logLevel: 'info' });
    console.log(`[phase] astro ${Math.round(performance.now() - pages)}`);
    // The Word files beside the pages, while the last cards are drawn on the workers.
    await writeReleaseDocx(derived, staging.site, process.env.NKI_DOCX_CACHE || undefined);
    await cards;
    await rename(join(staging.cards, 'og'), join(staging.site, 'og'));
    writeManifest(staging.site);
    swapIn(staging, outDir);
  } catch (error) {
    console.log(`Bygget misslyckades: inget publiceras, och ${outDir} lämnas som den var.`);
    // Astro 7 rejects at the first page that fails while the other pages in flight
    // (build.concurrency) go on and write into the fresh folder after it is removed below. The
    // process ends only when they are done: the folder, made by this build, goes then too.
    const root = staging.root;
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    throw error;
  } finally {
    clearStaging(staging);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

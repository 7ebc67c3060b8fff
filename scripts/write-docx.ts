/**
 * Writes every release as a Word file beside its page (/kommun/<slug>/<year>/pressmeddelande.docx)
 * after `astro build`, through a content-keyed cache like the share cards': packing a .docx costs
 * about 20 ms, so an unchanged release is copied from .cache/docx instead of packed again, and the
 * file's dates are the release's publication date, so two builds of the same data give the same
 * bytes.
 * Prints `[phase] docx <ms>`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Derived } from '../src/lib/model';
import { wordFileYears } from '../src/claims/word-file';
import { releaseDocx } from '../src/export/docx';
import { pressReleaseDocxUrl } from '../src/site/urls';
import { publicationDate } from '../src/feeds/atom';
import { site } from '../src/site/config';
import { unitYearUrl } from '../src/site/urls';
import { composeRelease } from '../src/text/release';

// The package's version is part of the cache key: its package.json is not exported, so it is
// read beside the entry point (node_modules/docx/dist/index.cjs).
const docxVersion = (
  JSON.parse(
    readFileSync(
      join(dirname(createRequire(import.meta.url).resolve('docx')), '..', 'package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;

/** The Word files of every unit-year with a release page, into `outDir`. */
export async function writeReleaseDocx(
  derived: Derived,
  outDir: string,
  cacheDir = '.cache/docx',
): Promise<{ written: number; cached: number }> {
  const start = performance.now();
  await mkdir(cacheDir, { recursive: true });
  let written = 0;
  let cached = 0;
  const years = wordFileYears(derived);
  for (const record of derived.records) {
    for (const uy of record.years) {
      if (!years.has(uy.year)) continue;
      const release = composeRelease(derived, uy.unit.code, uy.year);
      const address = new URL(unitYearUrl(uy.unit, uy.year), site.url).href;
      const title = `${uy.unit.displayName} ${uy.year}: pressmeddelande`;
      const date = publicationDate(uy.year);
      const key = createHash('sha256')
        .update(`docx ${docxVersion}\0${title}\0${address}\0${date}\0`)
        .update(JSON.stringify([release.headline, release.lede, release.body, release.source]))
        .digest('hex');
      const cachePath = join(cacheDir, `${key}.docx`);
      const outFile = join(outDir, pressReleaseDocxUrl(uy.unit, uy.year));
      await mkdir(dirname(outFile), { recursive: true });
      if (!existsSync(cachePath)) {
        const bytes = await releaseDocx(release, { title, address, date });
        // Write-then-rename, so a concurrent build never reads a half-written file.
        const tmp = `${cachePath}.${process.pid}.tmp`;
        await writeFile(tmp, bytes);
        await rename(tmp, cachePath);
        written++;
      } else cached++;
      await copyFile(cachePath, outFile);
    }
  }
  console.log(`[phase] docx ${Math.round(performance.now() - start)}`);
  console.log(`Word-filer: ${written} skapade, ${cached} från cachen.`);
  return { written, cached };
}

/**
 * No string from a data file reaches a page unescaped. A hostile name is put into the data and the
 * site is built from it; every HTML and SVG file must then show the name as text (escaped) and
 * never as markup.
 *
 * Two ways to run it (`npm run test:escaping`):
 * - NKI_HOSTILE_DIST=<dir>: scan a site someone already built from hostile data.
 * - otherwise the test copies the data (NKI_REFERENCE_DIR / NKI_RESULTS_DIR, default
 *   data/reference and data/results; the results cut down to the small dataset of small-data.ts,
 *   which has that förbund), renames the first förbund in forbund.csv to the hostile name
 *   in every copied file, and builds with NKI_REFERENCE_DIR and NKI_RESULTS_DIR pointing at the
 *   copies. The build must honour those two variables.
 * The test fails if the hostile name is found nowhere, escaped: a test that never saw the name
 * would prove nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { slugify } from '../../src/lib/slug';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInto, SITE_ROOT } from './build';
import { escapedOccurrences, injectedMarkup } from './checks';
import { listFiles } from './dist';
import { writeSmallResults } from './small-data';

const HOSTILE_NAME = process.env.NKI_HOSTILE_NAME ?? '<img src=x onerror=alert(1)>';

const work = mkdtempSync(join(tmpdir(), 'nki-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Replaces every occurrence of `from` by `to` in the files of `dir` (UTF-8 and Latin-1 bytes). */
function replaceInFiles(dir: string, from: string, to: string): void {
  for (const file of listFiles(dir)) {
    const path = join(dir, file);
    let bytes = readFileSync(path);
    for (const encoding of ['utf8', 'latin1'] as const) {
      const needle = Buffer.from(from, encoding);
      const parts: Buffer[] = [];
      let at = 0;
      for (let hit = bytes.indexOf(needle); hit >= 0; hit = bytes.indexOf(needle, at)) {
        parts.push(bytes.subarray(at, hit), Buffer.from(to, encoding));
        at = hit + needle.length;
      }
      if (parts.length > 0) bytes = Buffer.concat([...parts, bytes.subarray(at)]);
    }
    writeFileSync(path, bytes);
  }
}

/** Copies the data with the first förbund renamed to the hostile name; returns the build env. */
function hostileData(): Record<string, string> {
  const reference = join(work, 'reference');
  const results = join(work, 'results');
  cpSync(resolve(SITE_ROOT, process.env.NKI_REFERENCE_DIR ?? 'data/reference'), reference, {
    recursive: true,
  });
  writeSmallResults(resolve(SITE_ROOT, process.env.NKI_RESULTS_DIR ?? 'data/results'), results);
  const forbund = Papa.parse<Record<string, string>>(
    readFileSync(join(reference, 'forbund.csv'), 'utf8'),
    {
      header: true,
      skipEmptyLines: true,
    },
  );
  const name = forbund.data[0]?.name;
  const slug = forbund.data[0]?.slug;
  if (!name || !slug) throw new Error('forbund.csv har inget första förbund med name och slug');
  // The slug follows the name (the reference parser checks the rule), so it changes with it.
  replaceInFiles(reference, `,${slug},`, `,${slugify(HOSTILE_NAME)},`);
  replaceInFiles(reference, name, HOSTILE_NAME);
  replaceInFiles(results, name, HOSTILE_NAME);
  return { NKI_REFERENCE_DIR: reference, NKI_RESULTS_DIR: results };
}

describe('a site built from data with a hostile förbund name', () => {
  it('shows the name as text and never as markup', async () => {
    let dist = process.env.NKI_HOSTILE_DIST ? resolve(process.env.NKI_HOSTILE_DIST) : '';
    if (!dist) {
      dist = join(work, 'dist');
      await buildInto(dist, hostileData());
    }
    const scanned = listFiles(dist).filter((file) => /\.(html|svg)$/.test(file));
    let seen = 0;
    const injected: string[] = [];
    for (const file of scanned) {
      const text = readFileSync(join(dist, file), 'utf8');
      seen += escapedOccurrences(text, HOSTILE_NAME);
      for (const found of injectedMarkup(text)) injected.push(`${file}: ${found}`);
    }
    expect(injected, injected.slice(0, 30).join('\n')).toEqual([]);
    expect(
      seen,
      `Namnet ${HOSTILE_NAME} syns inte någonstans i ${dist}: nådde det bygget?`,
    ).toBeGreaterThan(0);
  });
});

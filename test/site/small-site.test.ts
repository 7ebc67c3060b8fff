/**
 * The small synthesized site (small-data.ts: six units over 2022–2024, with the 2024 series break
 * and a förbund), built twice with the full build command, share cards included:
 *
 * - No string from a data file reaches a page unescaped. The first förbund is renamed to a hostile
 *   name in the copied data; every HTML and SVG file must show the name as text (escaped) and never
 *   as markup. The test fails if the name is found nowhere, escaped: a test that never saw the name
 *   would prove nothing.
 * - Two builds of the same data are byte-identical: no build timestamps, no random ids, no order
 *   that depends on the file system or the clock. The second build runs in another time zone and
 *   locale and with an empty image cache of its own, so a date or number formatted without an
 *   explicit zone or 'sv-SE', or a share card drawn differently, shows up here too.
 *
 * `npm run test:small-site`. The data copied is NKI_REFERENCE_DIR / NKI_RESULTS_DIR (default
 * data/reference and data/results); the build must honour those two variables and NKI_OUT_DIR.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug';
import { buildInto, fingerprint, SITE_ROOT } from './build';
import { escapedOccurrences, injectedMarkup } from './checks';
import { listFiles } from './dist';
import { writeSmallResults } from './small-data';

const HOSTILE_NAME = process.env.NKI_HOSTILE_NAME ?? '<img src=x onerror=alert(1)>';

const work = mkdtempSync(join(tmpdir(), 'nki-small-site-'));
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

/** Where two versions of a text file first differ, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `tecken ${i}: «${a.slice(Math.max(0, i - 40), i + 40)}» ≠ «${b.slice(Math.max(0, i - 40), i + 40)}»`;
}

const first = join(work, 'first');
const second = join(work, 'second');

beforeAll(async () => {
  const data = hostileData();
  await buildInto(first, {
    ...data,
    NKI_IMAGE_CACHE: join(work, 'cache-first'),
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
  });
  await buildInto(second, {
    ...data,
    NKI_IMAGE_CACHE: join(work, 'cache-second'),
    TZ: 'Pacific/Kiritimati',
    LANG: 'en_US.UTF-8',
    LC_ALL: 'en_US.UTF-8',
  });
});

describe('a site built from data with a hostile förbund name', () => {
  it('shows the name as text and never as markup', () => {
    const scanned = listFiles(first).filter((file) => /\.(html|svg)$/.test(file));
    let seen = 0;
    const injected: string[] = [];
    for (const file of scanned) {
      const text = readFileSync(join(first, file), 'utf8');
      seen += escapedOccurrences(text, HOSTILE_NAME);
      for (const found of injectedMarkup(text)) injected.push(`${file}: ${found}`);
    }
    expect(injected, injected.slice(0, 30).join('\n')).toEqual([]);
    expect(
      seen,
      `Namnet ${HOSTILE_NAME} syns inte någonstans i ${first}: nådde det bygget?`,
    ).toBeGreaterThan(0);
  });
});

describe('two builds of the same data', () => {
  it('are byte-identical, file for file, share cards included', () => {
    const a = fingerprint(first);
    const b = fingerprint(second);
    const differences: string[] = [];
    for (const file of new Set([...a.keys(), ...b.keys()])) {
      if (!a.has(file) || !b.has(file)) {
        differences.push(`${file}: finns bara i ${a.has(file) ? 'första' : 'andra'} bygget`);
      } else if (a.get(file) !== b.get(file)) {
        const textual = /\.(html|css|js|json|xml|csv|txt|svg|atom)$/.test(file);
        differences.push(
          textual
            ? `${file}: ${firstDifference(readFileSync(join(first, file), 'utf8'), readFileSync(join(second, file), 'utf8'))}`
            : `${file}: olika bytes`,
        );
      }
    }
    expect([...a.keys()].filter((file) => file.startsWith('og/')).length).toBeGreaterThan(0);
    expect(differences, differences.slice(0, 30).join('\n')).toEqual([]);
  });
});

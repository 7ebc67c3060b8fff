/**
 * The small synthesized site (small-data.ts: six units of the invented example data over
 * 2021–2024, with the 2024 series break and a förbund, and the example's editorial additions),
 * built twice with the full build command, share cards included:
 *
 * - No string from a data file reaches a page unescaped. The first förbund is renamed to a hostile
 *   name in the copied data; every HTML and SVG file must show the name as text (escaped) and never
 *   as markup. The test fails if the name is found nowhere, escaped: a test that never saw the name
 *   would prove nothing.
 * - Two builds of the same data are byte-identical: no build timestamps, no random ids, no order
 *   that depends on the file system or the clock. The second build runs in another time zone and
 *   locale and with an empty image cache of its own, so a date or number formatted without an
 *   explicit zone or 'sv-SE', or a share card drawn differently, shows up here too.
 * - An editorial addition (NKI_EDITORIAL_DIR=test/fixtures/example-data/editorial) reaches its
 *   page and the copied plain text, and only its page.
 * - A site of example data says so on every page and asks search engines not to index it.
 * - A site of real results (data/results, 2021–2022), built once with the example's editorial
 *   folder, shows none of its invented quotes and contacts and may be indexed.
 *
 * `npm run test:small-site`. The data copied is NKI_REFERENCE_DIR / NKI_RESULTS_DIR (default
 * data/reference and the example fixture test/fixtures/example-data/results); the build must
 * honour those two variables, NKI_EDITORIAL_DIR and NKI_OUT_DIR.
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
import { exampleEditorials } from './editorial-fixture';
import { decodeEntities, isDocument, visibleText } from './html';
import { EXAMPLE_EDITORIAL, EXAMPLE_RESULTS, SMALL_YEARS, writeSmallResults } from './small-data';

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
  writeSmallResults(resolve(SITE_ROOT, process.env.NKI_RESULTS_DIR ?? EXAMPLE_RESULTS), results);
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
  return {
    NKI_REFERENCE_DIR: reference,
    NKI_RESULTS_DIR: results,
    NKI_EDITORIAL_DIR: EXAMPLE_EDITORIAL,
  };
}

/** Where two versions of a text file first differ, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `tecken ${i}: «${a.slice(Math.max(0, i - 40), i + 40)}» ≠ «${b.slice(Math.max(0, i - 40), i + 40)}»`;
}

const first = join(work, 'first');
const second = join(work, 'second');
const real = join(work, 'real');

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
  // Real results beside the example's editorial additions (for Kalix 2021 and Huddinge 2024).
  await buildInto(real, {
    NKI_RESULTS_DIR: writeSmallResults(
      resolve(SITE_ROOT, 'data/results'),
      join(work, 'real-results'),
      [2021, 2022],
    ),
    NKI_EDITORIAL_DIR: EXAMPLE_EDITORIAL,
    NKI_IMAGE_CACHE: join(work, 'cache-real'),
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

/** A page of the first build as text, with the release and its copied plain text apart. */
function releasePage(path: string): { html: string; article: string; plain: string } {
  const html = readFileSync(join(first, path, 'index.html'), 'utf8');
  const article = /<article class="release">([\s\S]*?)<\/article>/.exec(html)?.[1];
  const plain = /<pre class="plain-text" id="release-plain">([\s\S]*?)<\/pre>/.exec(html)?.[1];
  if (article === undefined || plain === undefined)
    throw new Error(`${path}: ingen <article class="release"> eller <pre id="release-plain">`);
  const text = (part: string) => visibleText(part).replace(/\s+/g, ' ');
  return { html, article: text(article), plain: decodeEntities(plain).replace(/\s+/g, ' ') };
}

describe('an editorial addition taken from the example fixture', () => {
  const editorials = exampleEditorials();

  it('is there to show: one per example file, each on a page of the small site', () => {
    expect(editorials.map((e) => e.key).sort()).toEqual(['huddinge/2024', 'kalix/2021']);
    for (const e of editorials) {
      expect(SMALL_YEARS as readonly number[]).toContain(Number(e.key.split('/')[1]));
    }
  });

  it.each(exampleEditorials())(
    'puts the quotes, people and paragraph of $key in the release and in its copied text',
    ({ key, quotes, people, body }) => {
      const { article, plain } = releasePage(`kommun/${key}`);
      for (const quote of quotes) {
        // The release adds the dash and "säger"; the quoted words stand as written.
        const words = quote.replace(/[.,]$/, '');
        expect(article).toContain(words);
        expect(plain).toContain(words);
      }
      for (const part of people) {
        expect(article).toContain(part);
        expect(plain).toContain(part);
      }
      expect(article).toContain(body);
      expect(plain).toContain(body);
    },
  );

  it('appears only on its year page and, for the latest year, on the unit page', () => {
    const html = listFiles(first).filter((file) => file.endsWith('.html'));
    for (const { key, quotes } of editorials) {
      const [slug] = key.split('/');
      const words = quotes[0]!.replace(/[.,]$/, '');
      const found = html.filter((file) => readFileSync(join(first, file), 'utf8').includes(words));
      expect(found).toContain(`kommun/${key}/index.html`);
      expect(found.filter((file) => file !== `kommun/${slug}/index.html`)).toEqual([
        `kommun/${key}/index.html`,
      ]);
    }
  });
});

describe('a site built from example data', () => {
  it('says "Exempeldata" on every page and asks search engines not to index it', () => {
    const pages = listFiles(first).filter((file) => file.endsWith('.html'));
    const unmarked = pages.filter((file) => {
      const html = readFileSync(join(first, file), 'utf8');
      if (!isDocument(html)) return false;
      return !(
        html.includes('<meta name="robots" content="noindex, nofollow">') &&
        html.includes('class="example-banner"') &&
        visibleText(html).includes('Exempeldata')
      );
    });
    expect(pages.length).toBeGreaterThan(0);
    expect(unmarked).toEqual([]);
  });

  it('gives robots.txt no sitemap, so that crawlers are pointed nowhere', () => {
    const robots = readFileSync(join(first, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).not.toContain('Sitemap:');
  });

  it('has förbund pages and their years, which the real results do not', () => {
    const forbund = listFiles(first).filter((file) => file.startsWith('forbund/'));
    expect(forbund.some((file) => /^forbund\/[^/]+\/index\.html$/.test(file))).toBe(true);
    expect(forbund.some((file) => /^forbund\/[^/]+\/2024\/index\.html$/.test(file))).toBe(true);
  });
});

describe('a site built from real results', () => {
  const documents = () =>
    listFiles(real)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file, readFileSync(join(real, file), 'utf8')] as const)
      .filter(([, html]) => isDocument(html));

  it('shows none of the example’s invented quotes, people or contacts, even when pointed at them', () => {
    expect(listFiles(real)).toContain('kommun/kalix/2021/index.html');
    const invented = exampleEditorials().flatMap((e) => [
      ...e.quotes.map((q) => q.replace(/[.,]$/, '')),
      ...e.people,
      e.body,
    ]);
    const found = listFiles(real)
      .filter((file) => /\.(html|txt|csv|json|svg|xml|atom)$/.test(file))
      .flatMap((file) => {
        const text = decodeEntities(readFileSync(join(real, file), 'utf8'));
        return invented.filter((words) => text.includes(words)).map((w) => `${file}: ${w}`);
      });
    expect(found).toEqual([]);
  });

  it('never says "Exempeldata" and lets search engines index it, with a sitemap', () => {
    const pages = documents();
    expect(pages.length).toBeGreaterThan(0);
    const marked = pages
      .filter(
        ([, html]) =>
          html.includes('name="robots"') ||
          html.includes('example-banner') ||
          /exempeldata/i.test(visibleText(html)),
      )
      .map(([file]) => file);
    expect(marked).toEqual([]);
    const robots = readFileSync(join(real, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
    expect(readFileSync(join(real, 'sitemap.xml'), 'utf8')).toContain('/kommun/kalix/2021/');
  });
});

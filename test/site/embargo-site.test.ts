/**
 * An embargo build (NKI_EMBARGO in the future) of a small part of the real results, 2021–2022:
 * the newest year, 2022, is a preview. Its pages say "Under embargo till …" at the top and carry
 * noindex, its share cards and Word files are there, and it is in no sitemap, feed or search
 * index; 2021 is published as usual. A malformed NKI_EMBARGO stops the build with one line.
 *
 * Part of `npm run test:small-site` (the full build command, NKI_BUILD_CMD).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, SITE_ROOT } from './build';
import { listFiles } from './dist';
import { visibleText } from './html';
import { writeSmallResults } from './small-data';

const work = mkdtempSync(join(tmpdir(), 'nki-embargo-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const site = join(work, 'site');
const results = () =>
  writeSmallResults(resolve(SITE_ROOT, 'data/results'), join(work, 'results'), [2021, 2022]);
const read = (file: string) => readFileSync(join(site, file), 'utf8');
const BANNER = 'Under embargo till 27 april 2099 kl. 08.00';

beforeAll(async () => {
  await buildInto(site, {
    NKI_RESULTS_DIR: results(),
    NKI_EMBARGO: '2099-04-27T08:00',
    NKI_IMAGE_CACHE: join(work, 'cache'),
  });
});

describe('an embargo build of the real results', () => {
  it.each(['kommun/kalix/2022/', 'ar/2022/', 'ar/2022/tips/', 'lan/norrbottens-lan/', ''])(
    'marks /%s as under embargo at the top, with noindex',
    (path) => {
      const html = read(`${path}index.html`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      const main = html.slice(html.indexOf('<main'));
      expect(visibleText(main).trimStart().startsWith(BANNER)).toBe(true);
    },
  );

  it('publishes 2021 as usual: indexable, without the banner', () => {
    for (const path of ['kommun/kalix/2021/', 'ar/2021/', 'lan/norrbottens-lan/2021/']) {
      const html = read(`${path}index.html`);
      expect(html, path).not.toContain('name="robots"');
      expect(visibleText(html), path).not.toContain('Under embargo');
    }
  });

  it('keeps Kalix’s own page indexable, its 2022 headline out of the description, 2022 marked', () => {
    const html = read('kommun/kalix/index.html');
    expect(html).not.toContain('name="robots"');
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(description).toBe('Resultat i Insikt för Kalix kommun alla år.');
    expect(visibleText(html)).toMatch(/Senaste resultatet: 2022\s+Under embargo till/);
  });

  it('keeps the share cards and the Word file of 2022', () => {
    for (const file of [
      'og/kommun/kalix/2022.png',
      'og/kommun/kalix/2022-kvadrat.png',
      'kommun/kalix/2022/pressmeddelande.docx',
    ])
      expect(existsSync(join(site, file)), file).toBe(true);
  });

  it('leaves 2022 and the start page out of the sitemap', () => {
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain('https://nki-rapporten.example/kommun/kalix/2021/');
    expect(locs.filter((u) => u.includes('2022'))).toEqual([]);
    expect(locs).not.toContain('https://nki-rapporten.example/');
    expect(locs).not.toContain('https://nki-rapporten.example/lan/norrbottens-lan/');
  });

  it('leaves 2022 out of every feed, the municipality’s own included', () => {
    const feeds = listFiles(site).filter((file) => file.endsWith('.xml') && file !== 'sitemap.xml');
    expect(feeds).toContain('kommun/kalix/flode.xml');
    expect(feeds).toContain('flode/ar-2022.xml');
    for (const feed of feeds) {
      const entries = read(feed).match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
      expect(
        entries.filter((e) => /\/2022\/|<published>/.test(e)),
        feed,
      ).toEqual([]);
    }
    expect(read('flode/ar-2022.xml')).not.toContain('<entry>');
    expect(read('kommun/kalix/flode.xml')).toContain('/kommun/kalix/2021/');
  });

  it('leads the search index to no page under embargo', () => {
    const urls = (JSON.parse(read('sok.json')) as { url: string }[]).map((e) => e.url);
    expect(urls).toContain('/kommun/kalix/');
    expect(urls).toContain('/lan/norrbottens-lan/2021/');
    expect(urls.filter((u) => u.includes('2022') || /^\/(lan|omrade)\/[^/]+\/$/.test(u))).toEqual(
      [],
    );
  });

  it('gives the "senaste" file the newest published year, 2021', () => {
    const latest = JSON.parse(read('kommun/kalix/senaste.json')) as Record<string, unknown>;
    expect(latest.ar).toBe(2021);
    expect(latest.sida).toBe('https://nki-rapporten.example/kommun/kalix/2021/');
  });
});

describe('a malformed NKI_EMBARGO', () => {
  // Only the full build command (scripts/build.ts) checks the variable before any work.
  it.skipIf(!process.env.NKI_BUILD_CMD)(
    'stops the build with one Swedish line naming the variable and the format',
    async () => {
      const failed = buildInto(join(work, 'malformed'), {
        NKI_RESULTS_DIR: results(),
        NKI_EMBARGO: '27/4 kl 8',
      });
      await expect(failed).rejects.toThrow(
        'Bygget stoppas: NKI_EMBARGO: "27/4 kl 8" är ingen giltig tidpunkt. Ange datum och tid enligt ISO 8601',
      );
      // Before any work: the data was not even read.
      await expect(failed).rejects.not.toThrow(/\[phase\] load/);
    },
  );
});

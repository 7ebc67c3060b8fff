/**
 * Results day in a real browser (issue 22). An embargo build of a part of the real results
 * (2021–2022, NKI_EMBARGO in 2099, built here and served beside the site) opens its 2022 pages
 * with the notice "Under embargo till …" as the first thing in the main content, and axe finds
 * nothing there on a phone. On the built site, a page of an older year opens with the pointer to
 * the newer results, which leads there, and a municipality's page links its own Atom feed and
 * "senaste" file, which are served as such.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type RunningServer } from '../../scripts/serve-dist';
import { buildInto, SITE_ROOT } from '../site/build';
import { writeSmallResults } from '../site/small-data';
import { axeViolations, connect, newContext, ORIGIN, overflow, PHONE, visit } from './harness';
import { AXE_URL_PATH } from './setup';

const work = mkdtempSync(join(tmpdir(), 'nki-embargo-browser-'));
let browser: Browser;
let preview: RunningServer;

beforeAll(async () => {
  browser = await connect();
  const site = join(work, 'site');
  await buildInto(site, {
    NKI_RESULTS_DIR: writeSmallResults(
      resolve(SITE_ROOT, 'data/results'),
      join(work, 'results'),
      [2021, 2022],
    ),
    NKI_EMBARGO: '2099-04-27T08:00',
    NKI_IMAGE_CACHE: join(work, 'cache'),
  });
  preview = await serveDist(site, 0, {
    [AXE_URL_PATH]: createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  });
}, 300_000);
afterAll(async () => {
  await preview?.close();
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a page under embargo, on a phone', () => {
  it.each(['/kommun/kalix/2022/', '/ar/2022/'])(
    '%s opens with the embargo notice, and axe finds nothing',
    async (path) => {
      const { context } = await newContext(browser, PHONE);
      const page = await context.newPage();
      await page.goto(preview.origin + path, { waitUntil: 'load' });
      const first = page.locator('main > :first-child');
      expect(await first.getAttribute('role')).toBe('note');
      expect(await first.isVisible()).toBe(true);
      expect(await first.locator('strong').textContent()).toBe(
        'Under embargo till 27 april 2099 kl. 08.00',
      );
      expect(await first.textContent()).toContain('Resultaten för 2022 är en förhandsversion');
      const box = await first.boundingBox();
      expect(box!.y).toBeLessThan(740);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n\n')).toEqual([]);
      expect((await overflow(page, 360)).scrollWidth).toBeLessThanOrEqual(360);
      await context.close();
    },
  );
});

describe('a page of an older year', () => {
  it('opens with a link to the newer results, which leads there', async () => {
    const { context, outside } = await newContext(browser);
    const { page, trouble } = await visit(context, outside, '/kommun/kalix/2019/');
    const note = page.locator('main > :first-child');
    expect((await note.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Det finns nyare resultat: Kalix kommun 2022',
    );
    await note.getByRole('link', { name: 'Kalix kommun 2022' }).click();
    await page.waitForURL(`${ORIGIN}/kommun/kalix/2022/`);
    expect(await page.locator('main > p.newer-note').count()).toBe(0);
    expect(trouble.failedRequests).toEqual([]);
    await context.close();
  });

  it('on the year page, points to the newest year', async () => {
    const { context, outside } = await newContext(browser);
    const { page } = await visit(context, outside, '/ar/2019/');
    const link = page.locator('main > p.newer-note a');
    expect(await link.getAttribute('href')).toBe('/ar/2022/');
    await context.close();
  });
});

describe('following one municipality', () => {
  it('finds the feed and the "senaste" file on the municipality’s page, served as such', async () => {
    const { context, outside } = await newContext(browser);
    const { page } = await visit(context, outside, '/kommun/kalix/');
    const head = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    expect(await head.getAttribute('href')).toBe('/kommun/kalix/flode.xml');
    const section = page.getByRole('region', { name: 'Följ Kalix kommun' });
    const feedLink = section.getByRole('link', { name: /^Flöde \(Atom\)/ });
    const jsonLink = section.getByRole('link', { name: 'Senaste resultatet som JSON' });
    const feed = await context.request.get(ORIGIN + (await feedLink.getAttribute('href'))!);
    expect(await feed.text()).toMatch(/^<\?xml[\s\S]*<title>NKI-rapporten: Kalix kommun<\/title>/);
    const json = await context.request.get(ORIGIN + (await jsonLink.getAttribute('href'))!);
    expect(json.headers()['content-type']).toMatch(/json/);
    expect(await json.json()).toMatchObject({ ar: 2022, enhet: { visningsnamn: 'Kalix kommun' } });
    await context.close();
  });
});

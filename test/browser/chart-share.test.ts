/**
 * Downloading and embedding a chart, in a real browser: the SVG link works without JavaScript,
 * the PNG is drawn from it at twice the size under a name that says what it is, the HTML code
 * is put together from the chart, and a unit-year page opened at #inbadda-<key> (as an iframe
 * does) shows that chart alone.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../site/dist';
import { axeViolations, connect, newContext, ORIGIN, visit } from './harness';

const path = `/kommun/${SAMPLE.kommun}/${SAMPLE.year}/`;
const areas = `${SAMPLE.kommun}-${SAMPLE.year}-areas`;

let browser: Browser;
const saved = mkdtempSync(join(tmpdir(), 'nki-downloads-'));
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
  rmSync(saved, { recursive: true, force: true });
});

/** The downloaded file's bytes (the browser runs in another process: saved, then read). */
async function bytesOf(download: Download): Promise<Buffer> {
  const file = join(saved, download.suggestedFilename());
  await download.saveAs(file);
  return readFileSync(file);
}

/** The sample year's figures come from Kolada: every copy of a chart credits it and SKR. */
const CREDIT = `Källa: SKR, Insikt ${SAMPLE.year}, via Kolada (CC BY 4.0).`;

describe(`downloads beside the charts of ${path}`, () => {
  it('offers the SVG file without JavaScript, under a name that says what it is', async () => {
    const { context, outside } = await newContext(browser, { javaScriptEnabled: false });
    const { page } = await visit(context, outside, path);
    const link = page.locator(`#diagram-${areas} a.svg-download`);
    expect(await link.getAttribute('download')).toBe(`${SAMPLE.kommun}-${SAMPLE.year}-omraden.svg`);
    await page.locator(`#diagram-${areas} .chart-share summary`).click();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${SAMPLE.kommun}-${SAMPLE.year}-omraden.svg`);
    const svg = (await bytesOf(download)).toString('utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain(CREDIT);
    await context.close();
  });

  it('draws the PNG from the SVG at twice its size', async () => {
    const { context, outside } = await newContext(browser, { acceptDownloads: true });
    const { page, trouble } = await visit(context, outside, path);
    await page.locator(`#diagram-${areas} .chart-share summary`).click();
    const svgWidth = await page.evaluate((id) => {
      const href = document.querySelector<HTMLAnchorElement>(`#diagram-${id} a.svg-download`)!.href;
      return Number(/viewBox='0 0 (\d+) /.exec(decodeURIComponent(href))?.[1]);
    }, areas);
    const button = page.locator(`#diagram-${areas} button`, { hasText: 'Ladda ner PNG' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`${SAMPLE.kommun}-${SAMPLE.year}-omraden.png`);
    const png = await bytesOf(download);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(svgWidth * 2);
    expect(trouble.consoleErrors).toEqual([]);
    await context.close();
  });

  it('puts together the HTML code from the chart: caption, SVG, source, no script', async () => {
    const { context, outside } = await newContext(browser);
    const { page } = await visit(context, outside, path);
    const code = await page.locator(`#${areas}-html`).inputValue();
    expect(code.startsWith('<figure')).toBe(true);
    expect(code).toContain('<svg');
    expect(code).toContain(CREDIT);
    expect(code).not.toMatch(/<script|\son[a-z]+=/i);
    await context.close();
  });
});

describe('a unit-year page as the embed of its charts', () => {
  // One frame-sized context for the three; a tab each, so each address is a fresh page load.
  let context: BrowserContext;
  let outside: string[];
  beforeAll(async () => {
    ({ context, outside } = await newContext(browser, { viewport: { width: 480, height: 600 } }));
  });
  afterAll(async () => {
    await context.close();
  });

  for (const key of ['areas', 'nki-trend', 'places']) {
    it(`shows the ${key} chart alone at #inbadda-${key}, with its source and a link back`, async () => {
      const { page, trouble } = await visit(context, outside, `${path}#inbadda-${key}`);
      const id =
        key === 'places' ? `${SAMPLE.kommun}-places` : `${SAMPLE.kommun}-${SAMPLE.year}-${key}`;
      const figure = page.locator(`#diagram-${id}`);
      expect(await figure.isVisible()).toBe(true);
      expect((await figure.boundingBox())?.y).toBe(0);
      expect(await page.locator('h1').isVisible()).toBe(false);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      const credit = figure.locator('.embed-credit');
      expect(await credit.isVisible()).toBe(true);
      expect(await credit.innerText()).toMatch(
        /^Källa: SKR, Insikt [\d–]+, via Kolada \(CC BY 4\.0\)\./,
      );
      expect(await figure.locator('.chart-share').isVisible()).toBe(false);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(trouble.consoleErrors).toEqual([]);
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n\n')).toHaveLength(0);
      await page.close();
    });
  }
});

describe('an old embed address (/embed/…, until December 2026)', () => {
  it.each([
    [`/embed/kommun/${SAMPLE.kommun}/${SAMPLE.year}/areas/`, `${path}#inbadda-areas`],
    [`/embed/kommun/${SAMPLE.kommun}/nki-trend/`, `/kommun/${SAMPLE.kommun}/#inbadda-nki-trend`],
    [`/embed/kommun/${SAMPLE.kommun}/${SAMPLE.year}/kod/`, path],
  ])('%s leads from the 404 page to %s', async (old, now) => {
    const { context } = await newContext(browser, { viewport: { width: 480, height: 600 } });
    const page = await context.newPage();
    const response = await page.goto(ORIGIN + old);
    expect(response?.status()).toBe(404);
    await page.waitForURL((url) => url.pathname + url.hash === now);
    if (now.includes('#inbadda-')) {
      const figure = page.locator('.embed-anchor:target + figure.chart');
      expect(await figure.isVisible()).toBe(true);
      expect(await page.locator('h1').isVisible()).toBe(false);
    }
    await context.close();
  });
});

/**
 * Charts as readers see them: text between 12 and 18 px on a 390 px phone and a 1280 px desktop,
 * and no label drawn over another, on every kind of chart. Feed readers find the pages' feeds.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../site/dist';
import { connect, newContext, ORIGIN, visit } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/** Pages that together show every kind of chart. */
const PAGES = [
  `/kommun/${SAMPLE.kommun}/`, // trend, places, areas, factors, NUI trend, area history
  `/kommun/${SAMPLE.kommun}/${SAMPLE.year}/`, // areas, factors, distribution, year-marked trend
  '/kommun/huddinge/2022/', // NUI trend, and an NKI trend across the 2015 series break
  '/kommun/haparanda/', // first place one year (2017): its label must stay clear of the legend
  '/', // national average, map
  `/lan/${SAMPLE.lan}/${SAMPLE.year}/`, // county map, county comparison
  `/omrade/${SAMPLE.omrade}/`, // area average
];

interface ChartText {
  chart: string;
  text: string;
  px: number;
  box: { left: number; top: number; right: number; bottom: number };
}

/** Every visible text in the page's charts with its rendered size in CSS pixels and its box. */
function chartTexts(page: Page): Promise<ChartText[]> {
  return page.evaluate(() => {
    const out: ChartText[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg')) {
      if (!svg.getClientRects().length) continue;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const chart = svg.closest('figure')!.id;
      for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
        const r = t.getBoundingClientRect();
        if (!t.textContent?.trim() || r.width === 0) continue;
        out.push({
          chart,
          text: t.textContent.trim(),
          px: parseFloat(getComputedStyle(t).fontSize) * scale,
          box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        });
      }
    }
    return out;
  });
}

/** Pairs of texts in the same chart whose boxes overlap by more than `slack` px each way. */
function overlaps(texts: ChartText[], slack = 1.5): string[] {
  const found: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (a.chart !== b.chart) continue;
      const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (w > slack && h > slack * 2) found.push(`${a.chart}: "${a.text}" över "${b.text}"`);
    }
  }
  return found;
}

describe.each([390, 1280])('charts at %i px', (width) => {
  // One context and one tab per width: a new context or tab costs up to a second to make.
  let context: BrowserContext;
  let outside: string[];
  let tab: Page;
  beforeAll(async () => {
    ({ context, outside } = await newContext(browser, {
      viewport: { width, height: 900 },
      deviceScaleFactor: 1,
    }));
    tab = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(PAGES)('%s: text 12–18 px, no label over another', async (path) => {
    const { page } = await visit(context, outside, path, tab);
    const texts = await chartTexts(page);
    expect(texts.length, `inga diagramtexter på ${path}`).toBeGreaterThan(0);
    const sizes = texts.map((t) => t.px);
    const small = texts.filter((t) => t.px < 11.95).map((t) => `${t.chart} "${t.text}" ${t.px}`);
    const large = texts.filter((t) => t.px > 18.05).map((t) => `${t.chart} "${t.text}" ${t.px}`);
    expect(small, `för liten text på ${path}`).toEqual([]);
    expect(large, `för stor text på ${path}`).toEqual([]);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11.95);
    expect(overlaps(texts), `etiketter som krockar på ${path}`).toEqual([]);
  });
});

describe('feed autodiscovery', () => {
  let context: BrowserContext;
  let outside: string[];
  let tab: Page;
  beforeAll(async () => {
    ({ context, outside } = await newContext(browser));
    tab = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it.each([
    '/',
    `/ar/${SAMPLE.year}/`,
    `/lan/${SAMPLE.lan}/`,
    `/lan/${SAMPLE.lan}/${SAMPLE.year}/`,
  ])('%s names its Atom feed in the head, and the feed is there', async (path) => {
    const { page } = await visit(context, outside, path, tab);
    const links = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((ls) => ls.map((l) => [l.getAttribute('href'), l.getAttribute('title')]));
    expect(links).toHaveLength(1);
    const [href, title] = links[0]!;
    expect(title).toBeTruthy();
    const response = await page.request.get(new URL(href!, ORIGIN).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  });
});

/**
 * The fact tiles of a unit-year page on narrow screens: a figure with a qualifier, "plats 2
 * (beräknad)", wraps only between whole words, never inside "(beräknad)".
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../site/dist';
import { connect, newContext, visit } from './harness';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await connect();
  const { context, outside } = await newContext(browser, { viewport: { width: 320, height: 740 } });
  ({ page } = await visit(context, outside, `/kommun/${SAMPLE.kommun}/${SAMPLE.year}/`));
});
afterAll(async () => {
  await browser.close();
});

/** Each tile figure's words that the browser has set over more than one line. */
function brokenWords(p: Page): Promise<string[]> {
  return p.$$eval('.facts .big', (figures) =>
    figures.flatMap((figure) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const tops = new Set<number>();
          for (let i = m.index; i < m.index + m[0].length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (rect) tops.add(Math.round(rect.top));
          }
          if (tops.size > 1) broken.push(`${figure.textContent?.trim()}: "${m[0]}"`);
        }
      }
      return broken;
    }),
  );
}

describe('the fact tiles of a unit-year page', () => {
  it('has a place with a qualifier to check', async () => {
    expect(await page.locator('.facts .qualifier').count()).toBeGreaterThan(0);
  });

  it.each([320, 360, 400, 600])('break no word inside at %i px', async (width) => {
    await page.setViewportSize({ width, height: 740 });
    expect(await brokenWords(page)).toEqual([]);
  });
});

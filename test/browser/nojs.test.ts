/**
 * Everything a release says is in its HTML: with JavaScript off, the municipality-year page has
 * the same headline, the same chart SVGs and the same tables as with it on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../site/dist';
import { connect, newContext, visit } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/** Headline text and how many chart SVGs (inside a figure or role="img") and tables there are. */
async function content(page: Page) {
  return page.evaluate(() => ({
    h1: [...document.querySelectorAll('h1')].map((h) =>
      (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
    charts: document.querySelectorAll('figure svg, svg[role="img"]').length,
    tables: document.querySelectorAll('table').length,
  }));
}

describe(`the municipality-year page /kommun/${SAMPLE.kommun}/${SAMPLE.year}/`, () => {
  const path = `/kommun/${SAMPLE.kommun}/${SAMPLE.year}/`;

  it('has its headline, chart SVGs and tables with JavaScript turned off', async () => {
    const off = await newContext(browser, { javaScriptEnabled: false });
    const on = await newContext(browser);
    const withoutJs = await content((await visit(off.context, off.outside, path)).page);
    const withJs = await content((await visit(on.context, on.outside, path)).page);
    await off.context.close();
    await on.context.close();

    expect(withoutJs.h1).toHaveLength(1);
    expect(withoutJs.h1[0]).not.toBe('');
    expect(withoutJs.charts).toBeGreaterThanOrEqual(1);
    expect(withoutJs.tables).toBeGreaterThanOrEqual(1);
    expect(withoutJs).toEqual(withJs);
  });
});

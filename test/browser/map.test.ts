/**
 * The choropleth: every municipality is a link named with its name and result, reached with Tab,
 * visibly focused and followed with Enter; a county's map holds only that county's municipalities.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const MAP_LINKS = 'figure.chart svg[role="group"] a';

// The desktop tests share a context and a tab, each opening its page afresh in it: a new context
// or tab costs up to a second to make.
let desktop: BrowserContext;
let outside: string[];
let tab: Page;
beforeAll(async () => {
  ({ context: desktop, outside } = await newContext(browser, {
    viewport: { width: 1280, height: 900 },
  }));
  tab = await desktop.newPage();
});

describe('the national map', () => {
  it(`links each of the 290 municipalities, Kalix to its ${SAMPLE.year} page with its result`, async () => {
    const { page } = await visit(desktop, outside, `/ar/${SAMPLE.year}/`, tab);
    expect(await page.locator(MAP_LINKS).count()).toBe(290);
    const kalix = page.getByRole('link', {
      name: /^Kalix: NKI \d+, (mycket högt|högt|godkänt|lågt)$/,
    });
    expect(await kalix.count()).toBe(1);
    expect(await kalix.getAttribute('href')).toBe(`/kommun/kalix/${SAMPLE.year}/`);
    const none = page.getByRole('link', { name: new RegExp(`: inget resultat ${SAMPLE.year}$`) });
    expect(await none.count(), 'kommuner utan resultat har en egen text').toBeGreaterThan(0);
  });

  it('is reached with Tab, shows which municipality has focus and opens it with Enter', async () => {
    const { page } = await visit(desktop, outside, '/', tab);
    let inMap = false;
    for (let presses = 0; presses < 300 && !inMap; presses++) {
      await page.keyboard.press('Tab');
      inMap = await page.evaluate(
        (selector) => document.activeElement?.matches(selector) ?? false,
        MAP_LINKS,
      );
    }
    expect(inMap, 'Kartans länkar nås inte med Tab').toBe(true);
    const stroke = await page.evaluate(() => {
      const path = document.activeElement!.querySelector('path')!;
      return getComputedStyle(path).stroke;
    });
    expect(stroke, 'den fokuserade kommunen får en egen kantlinje').toBe('rgb(196, 59, 0)');
    const href = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    expect(new URL(page.url()).pathname).toMatch(/^\/kommun\/[a-z0-9-]+\/(\d{4}\/)?$/);
  });
});

describe('keyboard users', () => {
  it('can skip past the map’s 290 links to what follows it', async () => {
    const { page } = await visit(desktop, outside, '/', tab);
    const skip = page.getByRole('link', { name: 'Hoppa förbi kartans länkar' });
    await skip.focus();
    expect(await skip.isVisible(), 'länken syns när den har fokus').toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const inMap = await page.evaluate(
      (selector) => document.activeElement?.matches(selector) ?? false,
      MAP_LINKS,
    );
    expect(inMap, 'Tab efter hoppet hamnar fortfarande i kartan').toBe(false);
  });
});

describe('a county’s map', () => {
  it('holds only the county’s municipalities', async () => {
    const { context, outside } = await newContext(browser);
    const { page } = await visit(context, outside, `/lan/${SAMPLE.lan}/`);
    const names = await page
      .locator(MAP_LINKS)
      .evaluateAll((links) =>
        links.map((a) => a.querySelector('title')!.textContent!.split(':')[0]),
      );
    expect(names.length).toBe(14);
    expect(names).toContain('Kalix');
    expect(names).not.toContain('Umeå');
    await context.close();
  });
});

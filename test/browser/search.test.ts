/**
 * Finding a municipality: the search box (an <input type="search"> in <form role="search">, named
 * "Sök kommun") is reached with Tab and shows that it has focus; typing "malmo" finds Malmö; on a
 * phone, "kal" → Kalix → its 2021 release takes two taps.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../site/dist';
import { connect, newContext, PHONE, visibleLinksTo, visit } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

// The desktop tests share a context and a tab, each opening the home page afresh in it: a new
// context or tab costs up to a second to make.
let desktop: BrowserContext;
let outside: string[];
let tab: Page;
beforeAll(async () => {
  ({ context: desktop, outside } = await newContext(browser));
  tab = await desktop.newPage();
});

const SEARCH_BOX = 'form[role="search"] input[type="search"]';

/** The focus indicator properties of the element that has focus. */
function focusStyle(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset, s.boxShadow].join(
      ' | ',
    );
  });
}

/** Waits until more visible links lead to `path` than `before` (the suggestions have come). */
async function waitForMoreLinks(page: Page, path: string, before: number): Promise<string[]> {
  await page
    .waitForFunction(
      ([target, count]) =>
        [...document.querySelectorAll('a[href]')].filter(
          (a) =>
            a.getClientRects().length > 0 &&
            new URL(a.getAttribute('href')!, document.baseURI).pathname === target,
        ).length > count,
      [path, before] as const,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  return visibleLinksTo(page, path);
}

describe('the search box', () => {
  it('is reached from the top of the page with Tab and shows a visible focus indicator', async () => {
    const { page } = await visit(desktop, outside, '/', tab);
    let reached = false;
    for (let presses = 0; presses < 60 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        (selector) => document.activeElement?.matches(selector) ?? false,
        SEARCH_BOX,
      );
    }
    expect(reached, 'Sökrutan nås inte med Tab inom 60 tryck').toBe(true);
    const named = page.getByRole('searchbox', { name: 'Sök kommun' });
    expect(await named.evaluate((el) => el === document.activeElement)).toBe(true);

    const focused = await focusStyle(page);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.evaluate(
      (selector) =>
        (document.querySelector(selector) as HTMLElement).setAttribute('data-probe', ''),
      SEARCH_BOX,
    );
    const unfocused = await page.evaluate((selector) => {
      const s = getComputedStyle(document.querySelector(selector)!);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset, s.boxShadow].join(
        ' | ',
      );
    }, SEARCH_BOX);
    expect(focused, 'Fokusmarkeringen (outline/box-shadow) syns inte').not.toBe(unfocused);
  });

  it('finds Malmö when you type "malmo"', async () => {
    const { page, trouble } = await visit(desktop, outside, '/', tab);
    const before = (await visibleLinksTo(page, '/kommun/malmo/')).length;
    await page.getByRole('searchbox', { name: 'Sök kommun' }).fill('');
    await page.getByRole('searchbox', { name: 'Sök kommun' }).pressSequentially('malmo');
    const after = await waitForMoreLinks(page, '/kommun/malmo/', before);
    expect(after.length, 'Inget sökresultat länkar till /kommun/malmo/').toBeGreaterThan(before);
    expect(after.some((text) => text.includes('Malmö'))).toBe(true);
    expect(trouble.consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});

describe('counties and areas', () => {
  it.each([
    ['norrbotten', '/lan/norrbottens-lan/', 'Norrbottens län'],
    ['bygg', '/omrade/bygglov/', 'Bygglov'],
  ])('finds them too: "%s" leads to %s', async (query, path, text) => {
    const { page } = await visit(desktop, outside, '/', tab);
    const before = (await visibleLinksTo(page, path)).length;
    await page.getByRole('searchbox', { name: 'Sök kommun' }).pressSequentially(query);
    const after = await waitForMoreLinks(page, path, before);
    expect(after.length, `Inget sökresultat länkar till ${path}`).toBeGreaterThan(before);
    expect(after.some((t) => t.includes(text))).toBe(true);
  });
});

describe('on a 360 px phone', () => {
  it(`takes two taps from "kal" to the ${SAMPLE.year} release of Kalix`, async () => {
    const { context, outside } = await newContext(browser, PHONE);
    const { page } = await visit(context, outside, '/');
    const unitPath = `/kommun/${SAMPLE.kommun}/`;
    const releasePath = `/kommun/${SAMPLE.kommun}/${SAMPLE.year}/`;
    const box = page.getByRole('searchbox', { name: 'Sök kommun' });
    await box.tap();
    const before = (await visibleLinksTo(page, unitPath)).length;
    await box.pressSequentially('kal');
    const suggestions = await waitForMoreLinks(page, unitPath, before);
    expect(suggestions.length, 'Kalix syns inte bland förslagen').toBeGreaterThan(before);
    expect(suggestions.some((text) => text.includes('Kalix'))).toBe(true);

    let taps = 0;
    const suggestion = page.locator('a[href]', { hasText: 'Kalix' }).filter({ visible: true });
    const hrefs = await suggestion.evaluateAll((links) =>
      links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).pathname),
    );
    await suggestion.nth(hrefs.lastIndexOf(unitPath) >= 0 ? hrefs.lastIndexOf(unitPath) : 0).tap();
    taps++;
    await page.waitForURL((url) => url.pathname !== '/');
    if (new URL(page.url()).pathname !== releasePath) {
      const link = page
        .locator(`a[href]`)
        .filter({ visible: true })
        .and(page.locator(`a[href$="${releasePath}"], a[href="${SAMPLE.year}/"]`));
      await link.first().tap();
      taps++;
      await page.waitForURL((url) => url.pathname === releasePath);
    }
    expect(new URL(page.url()).pathname).toBe(releasePath);
    expect(taps).toBeLessThanOrEqual(2);
    await context.close();
  });
});

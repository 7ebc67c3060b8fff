/**
 * The press kit of a release page (issue 22): with JavaScript off the short headline, the notis,
 * the share card's alt text and both downloads are on the page and the files are served; with it
 * on, a copy button beside each text copies exactly that text, and axe finds nothing.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../site/dist';
import { axeViolations, connect, newContext, ORIGIN, visit } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

const path = `/kommun/${SAMPLE.kommun}/${SAMPLE.year}/`;

describe(`the press kit on ${path}`, () => {
  it('offers the short headline, the notis, the alt text and both files with JavaScript off', async () => {
    const { context, outside } = await newContext(browser, { javaScriptEnabled: false });
    const { page, trouble } = await visit(context, outside, path);
    const kit = page.locator('section[aria-labelledby="presspaket"]');
    expect(await kit.locator('h2').textContent()).toBe('Presspaket');
    const headline = (await kit.locator('#press-headline').textContent()) ?? '';
    expect(headline.length).toBeGreaterThan(0);
    expect(headline.length).toBeLessThanOrEqual(40);
    expect(await kit.locator('#press-notis').textContent()).toMatch(/ av 100 .*Källa: SKR/);
    expect(await kit.locator('#press-alt').textContent()).toMatch(/^Delningsbild: .*Källa: /);
    expect(await kit.locator('button').count()).toBe(0);

    const card = kit.locator('a[download$="delningsbild.png"]');
    const cardHref = (await card.getAttribute('href'))!;
    expect(cardHref).toBe(
      new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname,
    );
    const png = await context.request.get(new URL(cardHref, ORIGIN).href);
    expect(png.status()).toBe(200);
    expect([...(await png.body()).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);

    const docxHref = (await kit.locator('a[download$=".docx"]').getAttribute('href'))!;
    const docx = await context.request.get(new URL(docxHref, ORIGIN).href);
    expect(docx.status()).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.body()))['word/document.xml']!);
    expect(xml).toContain((await page.locator('h1').textContent())!.trim());
    expect(xml).toContain('Om Insikt');
    expect(trouble.consoleErrors).toEqual([]);
    expect(trouble.failedRequests).toEqual([]);
    await context.close();
  });

  it('offers the 1080×1080 card on the newest year’s page only', async () => {
    const { context, outside } = await newContext(browser, { javaScriptEnabled: false });
    const square = 'a[download$="kvadrat.png"]';
    const { page } = await visit(context, outside, path);
    expect(await page.locator(square).count()).toBe(0);
    const newest = await page
      .locator(`a[href^="/kommun/${SAMPLE.kommun}/"]`)
      .evaluateAll((links) =>
        Math.max(
          ...links.map((a) => Number(/\/(\d{4})\/$/.exec(a.getAttribute('href') ?? '')?.[1] ?? 0)),
        ),
      );
    await visit(context, outside, `/kommun/${SAMPLE.kommun}/${newest}/`, page);
    const href = (await page.locator(square).getAttribute('href'))!;
    const png = await (await context.request.get(new URL(href, ORIGIN).href)).body();
    // The PNG's IHDR: width and height, four bytes each, from byte 16.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1080, 1080]);
    await context.close();
  });

  it('copies each text with its own button, and axe finds no violation', async () => {
    const { context, outside } = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    const { page } = await visit(context, outside, path);
    const kit = page.locator('section[aria-labelledby="presspaket"]');
    for (const [label, id] of [
      ['Kopiera den korta rubriken', 'press-headline'],
      ['Kopiera notisen', 'press-notis'],
      ['Kopiera alternativtexten', 'press-alt'],
    ] as const) {
      await kit.getByRole('button', { name: label }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(await kit.locator(`#${id}`).textContent());
    }
    expect(await kit.getByRole('status').first().textContent()).toContain('Texten är kopierad');
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n\n')).toEqual([]);
    await context.close();
  });
});

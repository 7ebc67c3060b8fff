/**
 * The comparison as a journalist uses it: a link to /jamfor/?k=kalix,lulea,boden,pitea opens that
 * comparison (table and one small chart per measure), changing the choice changes the address,
 * axe finds nothing, and without JavaScript the page and Kalix's own comparison page still work.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, connect, newContext, overflow, PHONE, visit } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

const FOUR = '/jamfor/?k=kalix,lulea,boden,pitea';

/** The picker draws after it has fetched its JSON: wait for the table, not for the load event. */
const drawn = (page: Page) =>
  page.locator('#jamfor-resultat table thead th', { hasText: 'Riket' }).first().waitFor();

describe('the comparison picker /jamfor/', () => {
  it('opens a linked comparison of four municipalities with their table and charts', async () => {
    const { context, outside } = await newContext(browser, {
      viewport: { width: 1280, height: 900 },
    });
    const { page, trouble } = await visit(context, outside, FOUR);
    await drawn(page);
    const table = page.locator('#jamfor-resultat table').first();
    const heads = await table.locator('thead th').allTextContents();
    for (const name of ['Kalix', 'Luleå', 'Boden', 'Piteå', 'Riket']) expect(heads).toContain(name);
    const nki = table.locator('tbody tr', { hasText: 'NKI totalt' }).first();
    // Kalix 2022: NKI 84, two down on 2021's 86 (the same figures as its static page).
    const cells = await nki.locator('td').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['84', '−2']);
    expect(await page.locator('#jamfor-resultat .compare-panels svg[role="img"]').count()).toBe(
      await table.locator('tbody tr').count(),
    );
    expect(await page.locator('#jamfor-resultat svg title').first().textContent()).toContain(
      'Kalix kommun',
    );
    expect(await page.getByLabel('Kommun 1', { exact: true }).inputValue()).toBe('kalix');
    expect(await page.getByLabel('Kommun 4', { exact: true }).inputValue()).toBe('pitea');
    expect(await page.locator('#jamfor-status').textContent()).toContain(
      'Kalix, Luleå, Boden och Piteå 2022',
    );
    expect(trouble.consoleErrors).toEqual([]);
    expect(trouble.failedRequests).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Kommun 4', { exact: true }).selectOption('');
    await page.getByLabel('Kommun 2', { exact: true }).selectOption('haparanda');
    expect(new URL(page.url()).search).toBe('?k=kalix,haparanda,boden');
    const after = await page.locator('#jamfor-resultat table thead th').allTextContents();
    expect(after).toContain('Haparanda');
    expect(after).not.toContain('Piteå');
    expect(after).not.toContain('Luleå');
    await context.close();
  });

  it('fits five municipalities on a 360 px phone without scrolling sideways', async () => {
    const { context, outside } = await newContext(browser, PHONE);
    const { page, trouble } = await visit(context, outside, `${FOUR},haparanda`);
    await drawn(page);
    expect(await page.locator('#jamfor-resultat .compare-panels svg').count()).toBeGreaterThan(0);
    const { scrollWidth, culprits } = await overflow(page, 360);
    expect(scrollWidth, culprits.join('\n')).toBeLessThanOrEqual(360);
    expect(trouble.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the links to every static comparison page without JavaScript', async () => {
    const { context, outside } = await newContext(browser, { javaScriptEnabled: false });
    const { page } = await visit(context, outside, FOUR);
    expect(await page.locator('#jamfor-val').isVisible()).toBe(false);
    expect(await page.locator('#jamfor-utan-js').isVisible()).toBe(true);
    await page.getByText('Norrbottens län', { exact: true }).click();
    await page.getByRole('link', { name: 'Kalix', exact: true }).click();
    await page.waitForURL('**/kommun/kalix/jamfor/');
    const table = page.locator('table').first();
    expect(await table.locator('caption').textContent()).toBe(
      'Kalix kommun 2022 jämfört med kommungruppen, länet och riket',
    );
    const nki = (await table.locator('tbody tr').first().locator('th, td').allTextContents()).map(
      (t) => t.trim(),
    );
    expect(nki).toEqual(['NKI totalt', '84', '−2', '78', '0', '77', '+1', '75', '+1']);
    expect(await page.locator('figure svg[role="img"]').count()).toBe(1);
    await context.close();
  });
});

describe('the static comparison page /kommun/kalix/jamfor/', () => {
  it('is linked from Kalix’s page and has no axe violations', async () => {
    const { context, outside } = await newContext(browser);
    const { page, trouble } = await visit(context, outside, '/kommun/kalix/');
    await page
      .getByRole('link', { name: 'Jämför Kalix med kommungruppen, länet och riket' })
      .click();
    await page.waitForURL('**/kommun/kalix/jamfor/');
    expect(await page.locator('h1').textContent()).toBe(
      'Kalix kommun jämfört med kommungrupp, län och riket',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(trouble.consoleErrors).toEqual([]);
    await context.close();
  });
});

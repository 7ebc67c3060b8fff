/**
 * The year's ranking as a journalist uses it: filtered to one county (the rows shown can be
 * downloaded), and on a 390 px phone with place, name and index in view without scrolling.
 */
import type { Browser } from 'playwright-core';
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

const RANKING = '#rankning ~ .table-scroll table, section:has(#rankning) table[data-filterable]';

describe(`the ${SAMPLE.year} ranking`, () => {
  it('keeps only Stockholms län’s municipalities when that county is chosen, and downloads them', async () => {
    const { context, outside } = await newContext(browser, {
      viewport: { width: 1280, height: 900 },
    });
    const { page, trouble } = await visit(context, outside, `/ar/${SAMPLE.year}/`);
    const table = page.locator(RANKING).first();
    const all = await table.locator('tbody tr').count();
    await page.getByLabel('Län', { exact: true }).selectOption('Stockholms län');
    const visible = table.locator('tbody tr:visible');
    const counties = await visible.evaluateAll((rows) =>
      rows.map((r) => (r as HTMLTableRowElement).cells[5]!.textContent!.trim()),
    );
    expect(counties.length).toBeGreaterThan(0);
    expect(counties.length).toBeLessThan(all);
    expect(new Set(counties)).toEqual(new Set(['Stockholms län']));
    const expected = await table.locator('tbody tr[data-lan="Stockholms län"]').count();
    expect(counties).toHaveLength(expected);
    expect(await page.getByText(`Visar ${expected} av ${all} rader.`).count()).toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner raderna som CSV' }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)], 'BOM, så att Excel läser UTF-8').toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split(/\r\n/);
    expect(lines[0]).toBe('Plats;Kommun;NKI;Betyg;Förändring;Län');
    expect(lines).toHaveLength(expected + 1);
    expect(lines.slice(1).every((l) => l.endsWith(';Stockholms län'))).toBe(true);
    expect(trouble.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows place, name and index on a 390 px phone without scrolling sideways', async () => {
    const { context, outside } = await newContext(browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const { page } = await visit(context, outside, `/ar/${SAMPLE.year}/`);
    const table = page.locator(RANKING).first();
    await table.scrollIntoViewIfNeeded();
    const edges = await table.evaluate((t) =>
      [...(t as HTMLTableElement).tHead!.rows[0]!.cells]
        .slice(0, 3)
        .map(
          (c) =>
            [
              c.textContent!.trim(),
              c.getBoundingClientRect().left,
              c.getBoundingClientRect().right,
            ] as const,
        ),
    );
    expect(edges.map((e) => e[0])).toEqual(['Plats', 'Kommun', 'NKI']);
    for (const [name, left, right] of edges) {
      expect(left, `${name} börjar utanför skärmen`).toBeGreaterThanOrEqual(0);
      expect(right, `${name} slutar utanför skärmen`).toBeLessThanOrEqual(390);
    }
    await context.close();
  });

  it('keeps its column headings in view while the ranking scrolls', async () => {
    const { context, outside } = await newContext(browser, {
      viewport: { width: 390, height: 844 },
    });
    const { page } = await visit(context, outside, `/ar/${SAMPLE.year}/`);
    const table = page.locator(RANKING).first();
    const [headTop, regionTop] = await table.evaluate((t) => {
      const region = t.closest('.table-scroll')!;
      region.scrollIntoView();
      region.scrollTop = 2000;
      return [
        t.querySelector('thead th')!.getBoundingClientRect().top,
        region.getBoundingClientRect().top,
      ];
    });
    expect(Math.abs(headTop - regionTop)).toBeLessThan(2);
    await context.close();
  });
});

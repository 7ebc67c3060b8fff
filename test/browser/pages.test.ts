/**
 * Every page template, opened on a 360 px phone: it loads with no console error, no failed request
 * and no request leaving the site; axe-core finds no WCAG 2.1 A/AA violation; nothing overflows
 * sideways.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templates } from '../site/dist';
import {
  axeViolations,
  connect,
  newContext,
  ORIGIN,
  overflow,
  PHONE,
  visit,
  type Trouble,
} from './harness';

let browser: Browser;
// One phone context and one tab for every template, as a reader following links would (a context
// of its own each cost half a second); each template gets only the console errors, failed requests
// and requests that left the site during its own visit.
let phone: BrowserContext;
let outside: string[];
let tab: Page;
beforeAll(async () => {
  browser = await connect();
  ({ context: phone, outside } = await newContext(browser, PHONE));
  tab = await phone.newPage();
});
afterAll(async () => {
  await browser.close();
});

describe.each(templates())('the $name template ($path)', ({ path }) => {
  let page: Page;
  let trouble: Trouble;

  beforeAll(async () => {
    expect(path, 'ingen sida av den här mallen hittades i bygget').not.toBe('');
    const before = outside.length;
    const visited = await visit(phone, outside, path, tab);
    page = visited.page;
    trouble = { ...visited.trouble, outsideRequests: outside.slice(before) };
  });

  it('loads with no console error, no failed request and no request leaving the site', () => {
    expect(trouble.consoleErrors, 'Fel i konsolen').toEqual([]);
    expect(trouble.failedRequests, 'Misslyckade anrop').toEqual([]);
    expect(trouble.outsideRequests, 'Anrop som lämnar 127.0.0.1').toEqual([]);
  });

  it('has no WCAG 2.1 A or AA violation that axe-core can find', async () => {
    const violations = await axeViolations(page);
    expect(violations, `axe-core på ${path}:\n\n${violations.join('\n\n')}`).toHaveLength(0);
  });

  it('does not overflow sideways on a 360 px wide screen', async () => {
    const { scrollWidth, culprits } = await overflow(page, 360);
    expect(
      scrollWidth,
      `${path} är ${scrollWidth} px bred:\n${culprits.join('\n')}`,
    ).toBeLessThanOrEqual(360);
  });
});

describe('an address that does not exist', () => {
  it('answers 404 with the site’s own 404 page', async () => {
    const { context, outside } = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto(`${ORIGIN}/finns-inte/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').count()).toBe(1);
    expect(outside).toEqual([]);
    await context.close();
  });
});

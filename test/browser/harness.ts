/**
 * What the browser tests share: a connection to the one Chromium of the run, contexts that keep
 * every request on 127.0.0.1, and a page visit that records console errors and failed requests.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { inject } from 'vitest';
import { AXE_URL_PATH } from './setup';

export const ORIGIN = inject('origin');

/** Connects to the Chromium started by the global setup. */
export function connect(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

/** What went wrong while a page loaded. */
export interface Trouble {
  readonly consoleErrors: string[];
  readonly failedRequests: string[];
  readonly outsideRequests: string[];
}

/** A context in which any request that leaves 127.0.0.1 is recorded and aborted. */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; outside: string[] }> {
  const context = await browser.newContext({
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    ...options,
  });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, outside };
}

const PAGE_EVENTS = [
  'console',
  'pageerror',
  'request',
  'requestfinished',
  'requestfailed',
  'response',
];

/**
 * Opens `path` in a new page of `context`, or in `reuse` (a page of it, whose earlier listeners are
 * dropped: following a link in one tab keeps its renderer process, a new tab starts another), and
 * waits for the load event and then for every request already started (a script's fetch, say) to
 * end. Not Playwright's "networkidle", which waits a further half second of silence per visit.
 */
export async function visit(
  context: BrowserContext,
  outside: string[],
  path: string,
  reuse?: Page,
): Promise<{ page: Page; trouble: Trouble }> {
  const page = reuse ?? (await context.newPage());
  for (const event of PAGE_EVENTS) page.removeAllListeners(event);
  const trouble: Trouble = { consoleErrors: [], failedRequests: [], outsideRequests: outside };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location().url;
      trouble.consoleErrors.push(`${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => trouble.consoleErrors.push(`Oväntat fel: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).hostname === '127.0.0.1') {
      trouble.failedRequests.push(
        `${request.url()}: ${request.failure()?.errorText ?? 'misslyckades'}`,
      );
    }
  });
  let pending = 0;
  page.on('request', () => pending++);
  page.on('requestfinished', () => pending--);
  page.on('requestfailed', () => pending--);
  page.on('response', (response) => {
    if (response.status() >= 400)
      trouble.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.goto(ORIGIN + path, { waitUntil: 'load' });
  for (let waited = 0; pending > 0 && waited < 10_000; waited += 20) await page.waitForTimeout(20);
  return { page, trouble };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * axe-core's WCAG 2.1 A/AA violations on the page, formatted one block per rule. axe is put into
 * the page only here, as a script the test server serves beside the site (setup.ts): the pages'
 * CSP allows same-origin scripts, Chromium caches its compiled code, and the many visits that run
 * no audit do not load it. (Sending its 550 KB through the DevTools protocol took half a second.)
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_URL_PATH });
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String),
        failureSummary: n.failureSummary,
      })),
    }));
  }, AXE_TAGS);
  return violations.map((v: AxeViolation) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map(
        (n) =>
          `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
      )
      .join('\n');
    const more = v.nodes.length > 5 ? `\n    … och ${v.nodes.length - 5} till` : '';
    return `[${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
  });
}

/** The page's scroll width and, when it overflows `width`, the elements that stick out. */
export async function overflow(
  page: Page,
  width: number,
): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate((limit) => {
    const describe = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      (el.classList.length ? `.${[...el.classList].join('.')}` : '');
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      const spill = box.left + el.scrollWidth;
      if (
        (box.right > limit + 0.5 && box.width > 0) ||
        (spill > limit + 0.5 && el.scrollWidth > el.clientWidth + 1)
      ) {
        const right = Math.round(Math.max(box.right, spill));
        culprits.push(
          `${describe(el)} (höger kant ${right} px, i ${el.parentElement ? describe(el.parentElement) : '?'})`,
        );
      }
      if (culprits.length >= 8) break;
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  }, width);
}

/** Visible links whose URL path is `path` (text included, for messages). */
export async function visibleLinksTo(page: Page, path: string): Promise<string[]> {
  return page.evaluate(
    (target) =>
      [...document.querySelectorAll('a[href]')]
        .filter((a) => {
          const style = getComputedStyle(a);
          return (
            a.getClientRects().length > 0 &&
            style.visibility !== 'hidden' &&
            new URL(a.getAttribute('href')!, document.baseURI).pathname === target
          );
        })
        .map((a) => (a.textContent ?? '').trim()),
    path,
  );
}

/**
 * Global setup for the browser tests: serves the built site ($DIST_DIR, default dist/) on
 * 127.0.0.1 and starts one Chromium (Debian's, /usr/bin/chromium or $CHROME_PATH) for the whole
 * run. Test files connect to it over its WebSocket endpoint.
 */
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist';
import { CHROMIUM_ARGS } from '../../scripts/chromium';
import { assertBuilt, DIST_DIR } from '../site/dist';

/** Where the test server serves axe-core, beside the site (no built file has this path). */
export const AXE_URL_PATH = '/__tester__/axe.min.js';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertBuilt(DIST_DIR);
  const server = await serveDist(DIST_DIR, 0, {
    [AXE_URL_PATH]: createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  });
  const browser = await chromium.launchServer({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    host: '127.0.0.1',
  });
  project.provide('origin', server.origin);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}

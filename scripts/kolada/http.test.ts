import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, getJson, KoladaError } from './http';

/** A real server on 127.0.0.1 with one path per behaviour; counts requests per path. */
const hits = new Map<string, number>();
const server = createServer((req, res) => {
  const path = new URL(req.url!, 'http://127.0.0.1').pathname;
  const n = (hits.get(path) ?? 0) + 1;
  hits.set(path, n);
  if (path === '/v2/kpi') {
    res.statusCode = 410;
    return res.end('Gone');
  }
  if (path === '/busy' && n === 1) {
    res.statusCode = 429;
    res.setHeader('retry-after', '1');
    return res.end();
  }
  if (path === '/silent') return; // never answers
  if (path === '/loop') {
    res.setHeader('content-type', 'application/json');
    return res.end(JSON.stringify({ values: [1], next_url: '/loop' }));
  }
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ values: [n], count: 1, next_url: null }));
});
let base = '';
const fast = { timeoutMs: 300, retries: 2, retryDelayMs: 10 };

beforeAll(async () => {
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('Kolada over HTTP', () => {
  it('waits as Retry-After asks after a 429, then succeeds', async () => {
    const started = Date.now();
    expect(await getJson(`${base}/busy`, fast)).toEqual({ values: [2], count: 1, next_url: null });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('gives up on a server that does not answer within the timeout, after the retries', async () => {
    await expect(getJson(`${base}/silent`, fast)).rejects.toThrow(
      `Kolada går inte att nå (${base}/silent: inget svar inom 0.3 s, 3 försök).`,
    );
    expect(hits.get('/silent')).toBe(3);
  });

  it('says that API v2 is retired when the server answers 410', async () => {
    await expect(getJson(`${base}/v2/kpi`, fast)).rejects.toThrow(
      /410 Gone .*\(API v2 stängdes 2026-03-31\)/,
    );
  });

  it('stops a next_url that points back at itself', async () => {
    await expect(allPages(`${base}/loop`, fast)).rejects.toBeInstanceOf(KoladaError);
  });
});

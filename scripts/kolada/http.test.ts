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
  if (path === '/slow-body') {
    // Headers at once, then the body never finishes.
    res.setHeader('content-type', 'application/json');
    res.write('{"values":[');
    return;
  }
  const json = (body: unknown) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  };
  if (path === '/loop') return json({ values: [1], next_url: '/loop' });
  const page = Number(new URL(req.url!, 'http://127.0.0.1').searchParams.get('page') ?? 1);
  // A chain that never repeats a page and never ends.
  if (path === '/endless') return json({ values: [page], next_url: `/endless?page=${page + 1}` });
  if (path === '/next-away') return json({ values: [1], next_url: `${away}/next-away` });
  // An http:// link to the same host with its default port, as some servers write them.
  if (path === '/next-plain' && page === 1) {
    return json({ values: [1], next_url: 'http://127.0.0.1/next-plain?page=2' });
  }
  if (path === '/moved' || path === '/moved-away') {
    res.statusCode = 302;
    res.setHeader('location', path === '/moved' ? '/here' : `${away}/here`);
    return res.end();
  }
  if (path === '/huge') {
    res.setHeader('content-type', 'application/json');
    res.write('{"values":["');
    const chunk = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 40; i++) res.write(chunk);
    return res.end('"]}');
  }
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ values: [n], count: 1, next_url: null }));
});
let base = '';
/** Another host name for the same machine: a host the importer was not given. */
let away = '';
let fast = { timeoutMs: 300, retries: 2, retryDelayMs: 10, base: '' };

beforeAll(async () => {
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  away = `http://localhost:${port}`;
  fast = { ...fast, base };
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

  it('stops an endless next_url chain at the page limit', async () => {
    await expect(allPages(`${base}/endless`, { ...fast, maxPages: 20 })).rejects.toThrow(
      `Kolada hänvisar till fler än 20 sidor (next_url) från ${base}/endless`,
    );
    expect(hits.get('/endless')).toBe(20);
  });

  it('refuses a next_url on another host, before requesting it', async () => {
    await expect(allPages(`${base}/next-away`, fast)).rejects.toThrow(
      `Kolada hänvisar till en annan värd (${new URL(away).host}) från ${base}/next-away. Importen hämtar bara från ${new URL(base).host}, eftersom allt den skriver märks "Källa: Kolada".`,
    );
  });

  it('follows a next_url on the same host over the base scheme and port', async () => {
    expect(await allPages(`${base}/next-plain`, fast)).toEqual([1, 2]);
  });

  it('follows a redirect on the same host and refuses one to another host', async () => {
    expect(await getJson(`${base}/moved`, fast)).toMatchObject({ next_url: null });
    expect(hits.get('/here')).toBe(1);
    await expect(getJson(`${base}/moved-away`, fast)).rejects.toThrow(
      `Kolada skickar vidare till en annan värd (${new URL(away).host}) från ${base}/moved-away.`,
    );
    expect(hits.get('/here')).toBe(1);
  });

  it('refuses a URL outside the base host without requesting it', async () => {
    await expect(getJson(`${away}/elsewhere`, fast)).rejects.toThrow(/annan värd/);
    expect(hits.get('/elsewhere')).toBeUndefined();
  });

  it('retries an answer cut off by the timeout, then says Kolada cannot be reached', async () => {
    await expect(getJson(`${base}/slow-body`, fast)).rejects.toThrow(
      `Kolada går inte att nå (${base}/slow-body: inget svar inom 0.3 s, 3 försök).`,
    );
    expect(hits.get('/slow-body')).toBe(3);
  });

  it('refuses an answer larger than any Kolada sends, without reading it all', async () => {
    // A generous timeout: 40 MB through a busy machine's loopback can take more than 300 ms.
    await expect(getJson(`${base}/huge`, { ...fast, timeoutMs: 20_000 })).rejects.toThrow(
      `Kolada svarade med mer än 32 MB på ${base}/huge`,
    );
  });
});

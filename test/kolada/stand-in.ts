import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Kolada's API v3 on 127.0.0.1: KPI search over two pages (with a decoy and an
 * unknown title), data for 2023 over two pages where the first request fails with 503, a null
 * value, the country (0000) and a region row. Every request is logged.
 */
const row = (kpi: string, municipality: string, value: number | null) => ({
  kpi,
  municipality,
  period: 2023,
  values: [
    { gender: 'K', value: 1, status: '', count: 1, isdeleted: false },
    { gender: 'T', value, status: '', count: 1, isdeleted: false },
  ],
});
export function standIn(): { server: Server; requests: string[] } {
  const requests: string[] = [];
  let failedOnce = false;
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
    requests.push(`${url.pathname}${url.search}`);
    const send = (values: unknown[], next: string | null = null) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ values, count: values.length, next_url: next, previous_url: null }));
    };
    if (url.pathname === '/v3/kpi' && url.searchParams.get('title') === 'Insikt') {
      if (url.searchParams.get('page') === '2') {
        return send([
          { id: 'U07452', title: 'Företagsklimat Insikt - Bygglov - Index' },
          { id: 'U07470', title: 'Företagsklimat Insikt - Lotteritillstånd - Index' },
          { id: 'U07481', title: 'Företagsklimat Insikt - Bygglov - Bemötande, Index' },
        ]);
      }
      return send(
        [
          { id: 'U07451', title: 'Företagsklimat Insikt - Totalt, Index' },
          { id: 'U07455', title: 'Företagsklimat Insikt - Livsmedelskontroll - Index' },
          { id: 'U07499', title: 'Företagsklimat Insikt - Totalt, Andel nöjda (%)' },
        ],
        `${base}/kpi?title=Insikt&page=2`,
      );
    }
    const data = /^\/v3\/data\/kpi\/(\w+)\/year\/(\d+)$/.exec(url.pathname);
    if (data && data[2] === '2023') {
      const kpi = data[1]!;
      if (kpi === 'U07451' && !failedOnce) {
        failedOnce = true;
        res.statusCode = 503;
        return res.end('Service Unavailable');
      }
      if (kpi === 'U07451' && url.searchParams.get('page') !== '2') {
        // Fewer rows than per_page, and still a next page.
        return send(
          [row(kpi, '2514', 86.3), row(kpi, '2582', 71.4)],
          `${base}/data/kpi/${kpi}/year/2023?per_page=500&page=2`,
        );
      }
      if (kpi === 'U07451') {
        return send([row(kpi, '2580', null), row(kpi, '0000', 74.6), row(kpi, '0025', 75.2)]);
      }
      if (kpi === 'U07452') return send([row(kpi, '2514', 84.1), row(kpi, '2580', 77.3)]);
      return send([row(kpi, '2514', 88)]);
    }
    if (data) return send([]);
    res.statusCode = 404;
    res.end();
  });
  return { server, requests };
}

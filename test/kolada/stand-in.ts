import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Kolada's API v3 on 127.0.0.1, with Kolada's 2026 catalogue titles and real
 * figures.
 *
 * - KPI search (`/v3/kpi?title=Insikt`) over two pages: every Insikt KPI as Kolada names it in
 *   2026 (the two totals U07451 / U07453, answers and response rates per definition), with
 *   decoys that must never be fetched: Svenskt Näringsliv's U40401/U40402, a share, a per-area
 *   service factor and an unknown area.
 * - Data years 2021 and 2022: **real figures** for Huddinge, Luleå, Kalix and Boden (and Riket
 *   2021), copied from data/results/2021.csv and 2022.csv (Kolada snapshot 2024-08-30).
 * - Data year 2024 on the new definition (U07453, four areas): **stand-in values**, invented but
 *   plausible (Huddinge near what SKR published: NKI 78, bygglov 72, NUI 67). Not Kolada's.
 * - Quirks of the real API: the first request for U07451 2021 answers 503; U07451 2021 comes
 *   over two pages of fewer rows than per_page; a null value; a region row (0025); a gender
 *   "K" value beside the total "T".
 *
 * A scenario is chosen by the first path segment: `${origin}/v3` is Kolada as it should be,
 * `${origin}/<scenario>/v3` the same with one thing wrong (SCENARIOS). Every request is logged
 * with its scenario prefix.
 */

/** Kolada's 2026 titles for the Insikt KPIs (domain notes §8). */
export const CATALOGUE: { id: string; title: string }[] = [
  { id: 'U07446', title: 'Företagsklimat Insikt - Brandskydd - Index' },
  { id: 'U07447', title: 'Företagsklimat Insikt - Bygglov - Index' },
  { id: 'U07448', title: 'Företagsklimat Insikt - Markupplåtelse - Index' },
  { id: 'U07449', title: 'Företagsklimat Insikt - Miljö- och hälsoskydd - Index' },
  { id: 'U07450', title: 'Företagsklimat Insikt - Serveringstillstånd - Index' },
  { id: 'U07451', title: 'Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)' },
  { id: 'U07453', title: 'Företagsklimat Insikt - Totalt, Index, ny definition' },
  { id: 'U07455', title: 'Företagsklimat Insikt - Livsmedelskontroll - Index' },
  { id: 'U07459', title: 'Företagsklimat Insikt - Upphandling - Index' },
  { id: 'U07508', title: 'Företagsklimat Insikt - Tillgänglighet - Index' },
  { id: 'U07509', title: 'Företagsklimat Insikt - Information - Index' },
  { id: 'U07510', title: 'Företagsklimat Insikt - Bemötande - Index' },
  { id: 'U07511', title: 'Företagsklimat Insikt - Kompetens - Index' },
  { id: 'U07512', title: 'Företagsklimat Insikt - Rättssäkerhet - Index' },
  { id: 'U07513', title: 'Företagsklimat Insikt - Effektivitet - Index' },
  { id: 'U07551', title: 'Företagsklimat Insikt, antal svar, gammal definition (-2024)' },
  { id: 'U07552', title: 'Företagsklimat Insikt, svarsfrekvens, gammal definition (-2024)' },
  { id: 'U07553', title: 'Företagsklimat Insikt, svarsfrekvens, ny definition' },
  { id: 'U07554', title: 'Företagsklimat Insikt, antal svar, ny definition' },
];

/** KPIs the importer must never fetch. */
export const DECOYS: { id: string; title: string }[] = [
  { id: 'U40401', title: 'Företagsklimat enl. Svenskt Näringsliv - sammanfattande omdöme' },
  { id: 'U40402', title: 'Företagsklimat enl. Svenskt Näringsliv - ranking' },
  { id: 'U07499', title: 'Företagsklimat Insikt - Totalt, Andel nöjda (%)' },
  { id: 'U07481', title: 'Företagsklimat Insikt - Bygglov - Bemötande, Index' },
  { id: 'U07470', title: 'Företagsklimat Insikt - Lotteritillstånd - Index' },
];

type Figures = Record<string, Record<string, number | null>>;

/** Real figures, copied from data/results/<year>.csv (Kolada snapshot 2024-08-30). */
export const REAL: Record<2021 | 2022, Figures> = {
  2021: {
    U07446: { '0000': 81.69703775 },
    U07447: {
      '0126': 53.88784014,
      '2514': 87.71604938,
      '2580': 55.04298942,
      '2582': 93.58974359,
      '0000': 66.11494845,
    },
    U07448: { '2580': 80.91458806, '0000': 75.70654788 },
    U07449: {
      '0126': 72.17699612,
      '2514': 77.42165242,
      '2580': 70.670194,
      '2582': 81.12154763,
      '0000': 71.1568254,
    },
    U07450: { '0126': 83.28523329, '2580': 89.79107312, '2582': 93.08641975, '0000': 76.60131471 },
    U07451: {
      '0126': 73.53164495,
      '2514': 86.36136644,
      '2580': 73.29522136,
      '2582': 87.95897462,
      '0000': 73.91966809,
    },
    U07455: {
      '0126': 81.60128163,
      '2514': 85.13202197,
      '2580': 77.87828534,
      '2582': 81.31545338,
      '0000': 78.42581784,
    },
    U07459: { '0126': 67.23246589, '2580': 72.2304927, '0000': 63.15944231 },
    U07508: {
      '0126': 74.61262839,
      '2514': 81.53640816,
      '2580': 74.3572349,
      '2582': 87.68449119,
      '0000': 74.69630522,
    },
    U07509: {
      '0126': 73.12281285,
      '2514': 77.98681443,
      '2580': 73.57175962,
      '2582': 83.89076022,
      '0000': 73.08817893,
    },
    U07510: {
      '0126': 80.57287076,
      '2514': 87.35054211,
      '2580': 81.894522,
      '2582': 92.77435386,
      '0000': 79.78375818,
    },
    U07511: {
      '0126': 77.13967289,
      '2514': 85.04458701,
      '2580': 78.63095474,
      '2582': 90.24186042,
      '0000': 76.00907174,
    },
    U07512: {
      '0126': 76.89899498,
      '2514': 86.18559673,
      '2580': 77.65765718,
      '2582': 87.21382801,
      '0000': 75.81097361,
    },
    U07513: {
      '0126': 74.81156061,
      '2514': 87.12157945,
      '2580': 74.37384687,
      '2582': 87.2096972,
      '0000': 73.79109863,
    },
  },
  2022: {
    U07446: { '0126': 84.14768124, '2580': 69.61884095, '2582': 83.48311547 },
    U07447: { '0126': 51.93806601, '2514': 87.98670465, '2580': 62.45472303, '2582': 93.12169312 },
    U07448: { '0126': 66.28679962, '2580': 71.03931806, '2582': 94.27609428 },
    U07449: { '0126': 77.99254483, '2514': 78.59419791, '2580': 72.51849063, '2582': 61.15396961 },
    U07450: { '0126': 87.9028379, '2580': 84.28395062, '2582': 96.2962963 },
    U07451: { '0126': 72.38179949, '2514': 83.88213005, '2580': 72.95896503, '2582': 84.87395211 },
    U07455: { '0126': 80.40810487, '2514': 84.52041785, '2580': 83.01404853, '2582': 85.3435452 },
    U07459: { '0126': 60.53307663, '2514': 52.52525253, '2580': 68.91001376 },
    U07508: { '0126': 74.09406792, '2514': 79.32248846, '2580': 71.92324511, '2582': 85.22949973 },
    U07509: { '0126': 72.03491483, '2514': 79.97393737, '2580': 69.04799994, '2582': 81.97730699 },
    U07510: { '0126': 79.04043063, '2514': 86.76894577, '2580': 78.78669219, '2582': 88.79202359 },
    U07511: { '0126': 74.11934375, '2514': 84.01947588, '2580': 75.17633848, '2582': 85.3928333 },
    U07512: { '0126': 75.00949612, '2514': 88.06465192, '2580': 77.2238616, '2582': 84.55388358 },
    U07513: { '0126': 71.55918966, '2514': 83.07968654, '2580': 72.40792742, '2582': 86.57370168 },
    U07552: { '0126': 52.08333333, '2514': 40.45801527, '2580': 49.81684982, '2582': 49.47735192 },
  },
};

/**
 * STAND-IN VALUES, NOT KOLADA'S: data year 2024 on the new definition (NKI totalt of the four
 * mandatory areas, U07453), with answers (U07554) and response rates (U07553). Plausible only:
 * each total lies among its four areas; Huddinge is near SKR's published 78 / 72 / 67.
 */
export const STAND_IN_2024: Figures = {
  U07453: { '0126': 77.9, '2514': 82.6, '2580': 74.4, '2582': 84.2, '0000': 75.6 },
  U07447: { '0126': 72.3, '2514': 85.2, '2580': 66, '2582': 90.4 },
  U07449: { '0126': 80.1, '2514': 79.8, '2580': 73.2, '2582': 76.5 },
  U07455: { '0126': 82.4, '2514': 83.1, '2580': 80.5, '2582': 84.9 },
  U07450: { '0126': 84, '2580': 85.7, '2582': 92 },
  U07459: { '0126': 66.9, '2580': 69.5 },
  U07554: { '0126': 596, '2514': 121, '2580': 612, '2582': 214 },
  U07553: { '0126': 44.1, '2514': 41.3, '2580': 45.2, '2582': 47 },
};

/** Each scenario: Kolada with one thing wrong. */
export const SCENARIOS = [
  /** 2024 has areas but U07453 answers with no rows. */
  'no-nki-2024',
  /** The catalogue has no U07453 at all (2024 still has areas). */
  'no-new-total',
  /** Kalix's NKI 2021 comes as the text "86,2". */
  'text-value',
  /** Boden's NKI 2021 is 1e999 in the JSON (Infinity when parsed). */
  'infinite-value',
  /** Kalix twice in bygglov 2021, with two values. */
  'twice',
  /** The KPI search redirects to another host (localhost instead of 127.0.0.1). */
  'redirect-away',
  /** The KPI search redirects on the same host, relatively: followed. */
  'redirect-here',
  /** The KPI search's next_url points at another host. */
  'next-away',
  /** The KPI search's next_url never ends (page 2, 3, 4 …). */
  'endless',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

const row = (kpi: string, municipality: string, period: number, value: unknown) => ({
  kpi,
  municipality,
  period,
  values: [
    { gender: 'K', value: 1, status: '', count: 1, isdeleted: false },
    { gender: 'T', value, status: '', count: 1, isdeleted: false },
  ],
});

function figures(kpi: string, year: number, scenario: string): unknown[] {
  const source =
    year === 2021 ? REAL[2021] : year === 2022 ? REAL[2022] : year === 2024 ? STAND_IN_2024 : {};
  if (scenario === 'no-nki-2024' && kpi === 'U07453') return [];
  const rows: unknown[] = Object.entries(source[kpi] ?? {}).map(([m, v]) =>
    row(
      kpi,
      m,
      year,
      scenario === 'text-value' && kpi === 'U07451' && m === '2514' && year === 2021 ? '86,2' : v,
    ),
  );
  if (year === 2021 && kpi === 'U07447') {
    // Quirks: a null (Piteå, a value Kolada does not show) and a region (0025, left out).
    rows.push(row(kpi, '2581', year, null), row(kpi, '0025', year, 70.1));
    if (scenario === 'twice') rows.push(row(kpi, '2514', year, 61.5));
  }
  return rows;
}

export function standIn(): { server: Server; requests: string[] } {
  const requests: string[] = [];
  const failedOnce = new Set<string>();
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    const port = (server.address() as AddressInfo).port;
    const match = /^(?:\/([a-z0-9-]+))?\/v3(\/.*)$/.exec(url.pathname);
    requests.push(`${url.pathname}${url.search}`);
    if (!match) {
      res.statusCode = 404;
      return res.end();
    }
    const scenario = match[1] ?? '';
    const path = match[2]!;
    const prefix = scenario ? `/${scenario}/v3` : '/v3';
    const base = `http://127.0.0.1:${port}${prefix}`;
    const send = (values: unknown[], next: string | null = null) => {
      res.setHeader('content-type', 'application/json');
      const body = JSON.stringify({
        values,
        count: values.length,
        next_url: next,
        previous_url: null,
      });
      // JSON cannot say Infinity; 1e999 is read as Infinity by JSON.parse.
      res.end(scenario === 'infinite-value' ? body.replace('"__INFINITE__"', '1e999') : body);
    };
    const page = Number(url.searchParams.get('page') ?? 1);

    if (path === '/kpi' && url.searchParams.get('title') === 'Insikt') {
      if (
        scenario === 'redirect-away' ||
        (scenario === 'redirect-here' && !url.searchParams.has('moved'))
      ) {
        res.statusCode = 302;
        res.setHeader(
          'location',
          scenario === 'redirect-away'
            ? `http://localhost:${port}${prefix}/kpi?title=Insikt`
            : `${prefix}/kpi?${url.searchParams.toString()}&moved=1`,
        );
        return res.end();
      }
      if (scenario === 'endless' && page >= 2) {
        return send([], `${base}/kpi?title=Insikt&page=${page + 1}`);
      }
      const catalogue = CATALOGUE.filter((k) => scenario !== 'no-new-total' || k.id !== 'U07453');
      if (page === 2) return send([...catalogue.slice(10), ...DECOYS.slice(2)]);
      const next =
        scenario === 'next-away'
          ? `http://localhost:${port}${prefix}/kpi?title=Insikt&page=2`
          : `${base}/kpi?title=Insikt&page=2`;
      return send([...DECOYS.slice(0, 2), ...catalogue.slice(0, 10)], next);
    }

    const data = /^\/data\/kpi\/(\w+)\/year\/(\d+)$/.exec(path);
    if (data) {
      const kpi = data[1]!;
      const year = Number(data[2]);
      let rows = figures(kpi, year, scenario);
      if (scenario === 'infinite-value' && kpi === 'U07451' && year === 2021) {
        rows = rows.map((r) =>
          (r as { municipality: string }).municipality === '2582'
            ? row(kpi, '2582', year, '__INFINITE__')
            : r,
        );
      }
      if (kpi === 'U07451' && year === 2021) {
        const key = `${scenario}:${kpi}:${year}`;
        if (!failedOnce.has(key)) {
          failedOnce.add(key);
          res.statusCode = 503;
          return res.end('Service Unavailable');
        }
        // Fewer rows than per_page, and still a next page.
        if (page === 1) {
          return send(rows.slice(0, 2), `${base}/data/kpi/${kpi}/year/${year}?per_page=500&page=2`);
        }
        return send(rows.slice(2));
      }
      return send(rows);
    }
    res.statusCode = 404;
    res.end();
  });
  return { server, requests };
}

/** The stand-in's base URL for a scenario ('' for Kolada as it should be). */
export function standInBase(server: Server, scenario: Scenario | '' = ''): string {
  const port = (server.address() as AddressInfo).port;
  return `http://127.0.0.1:${port}${scenario ? `/${scenario}` : ''}/v3`;
}

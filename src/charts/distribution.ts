/**
 * Chart 5: every ranked municipality as a dot along the index, this one highlighted and named,
 * its county's municipalities as diamonds (shape, not only colour), the others grey circles.
 */
import { scaleLinear } from 'd3-scale';
import { el, num } from './draw';
import { escapeXml } from '../lib/xml';
import { formatIndex, formatInteger } from './format';
import { mark } from './marks';
import { chartId, FONT, svgDocument, type ChartSpec, type ChartTable } from './spec';
import { beeswarm, type SwarmDot } from './swarm';

export interface DistributionPoint {
  code: string;
  /** Short name for the table: "Kalix". */
  name: string;
  countyCode: string;
  value: number;
}

export interface DistributionInput {
  idPrefix: string;
  year: number;
  measure?: string;
  points: DistributionPoint[];
  highlight: {
    code: string;
    /** "Kalix kommun". */
    displayName: string;
    /** "Norrbottens län"; names the county's diamonds in the legend. */
    countyName: string;
    /** `outOf` only when the data states how many were ranked; no denominator otherwise. */
    place?: { place: number; basis: 'official' | 'computed'; outOf?: number };
  };
  national?: number;
  title?: string;
}

const WIDTH = 400;
const R = 3.6;
const OTHER = '#8c8c8c';
const COUNTY = '#E69F00';
const HIGHLIGHT = '#0072B2';

/** The distribution chart with its title, alternative text and table. */
export function distributionChart(input: DistributionInput): ChartSpec {
  const id = chartId(input.idPrefix);
  const measure = input.measure ?? 'NKI';
  const { points, highlight } = input;
  const values = points.map((p) => p.value);
  const lo = Math.floor(Math.min(100, ...values) / 5) * 5;
  const hi = Math.ceil(Math.max(0, ...values) / 5) * 5;
  const x = scaleLinear()
    .domain([lo, Math.max(hi, lo + 5)])
    .range([16, WIDTH - 16]);
  const { dots, extent, centre, circles, diamonds } = layoutOf(points, x);
  const height = Math.round(centre + extent + 40);
  const me = points.find((p) => p.code === highlight.code);
  const county = (p: DistributionPoint) => me !== undefined && p.countyCode === me.countyCode;

  const n = points.length;
  const place = highlight.place;
  const title =
    input.title ??
    (me === undefined
      ? `${highlight.displayName} finns inte bland de ${formatInteger(n)} rankade år ${input.year}`
      : `${highlight.displayName}: ${measure} ${formatIndex(me.value)} år ${input.year}` +
        (place
          ? `, plats ${formatInteger(place.place)}${place.outOf !== undefined ? ` av ${formatInteger(place.outOf)}` : ''}${place.basis === 'computed' ? ' (beräknad)' : ''}`
          : `, ${formatInteger(values.filter((v) => v < me.value).length)} av ${formatInteger(n)} rankade har lägre`));
  const countyCount = points.filter((p) => county(p) && p !== me).length;
  const alt =
    `Punktdiagram där varje prick är en av de ${formatInteger(n)} rankade kommunerna år ${input.year}, ` +
    `ordnade efter ${measure} från ${formatIndex(lo)} till ${formatIndex(hi)}. ` +
    (me ? `${highlight.displayName} har ${formatIndex(me.value)}. ` : '') +
    (countyCount
      ? `De övriga ${formatInteger(countyCount)} kommunerna i ${highlight.countyName} är ritade som romber. `
      : '') +
    (input.national === undefined ? '' : `Rikets genomsnitt är ${formatIndex(input.national)}.`);

  // The grey dots are one path of zero-length segments with round caps, each drawn as a circle of
  // diameter 2R: a fifth of the bytes of ~180 <circle> elements, on a chart every municipality
  // page of the year carries twice (inline and in its SVG download).
  let grey = '';
  dots.forEach((d, i) => {
    if (!county(d.item)) grey += circles[i];
  });
  let body = el('path', {
    d: grey,
    fill: 'none',
    stroke: OTHER,
    'stroke-width': 2 * R,
    'stroke-linecap': 'round',
  });
  body += `<g fill="${COUNTY}" stroke="#1a1a1a" stroke-width="0.6">`;
  dots.forEach((d, i) => {
    if (county(d.item) && d.item.code !== highlight.code) body += diamonds[i];
  });
  body += '</g>';
  if (input.national !== undefined) {
    const nx = x(input.national);
    body += el('path', {
      d: `M${num(nx)} ${num(centre - extent - 4)}V${num(centre + extent + 4)}`,
      stroke: '#1a1a1a',
      'stroke-dasharray': '4 3',
    });
    body += el(
      'text',
      // A line below the tick labels, whose numbers it would otherwise touch.
      { x: nx, y: centre + extent + 35, 'text-anchor': 'middle', 'font-size': FONT.small },
      `riket ${formatIndex(input.national)}`,
    );
  }
  const mine = dots.find((d) => d.item.code === highlight.code);
  if (mine) {
    const my = centre + mine.dy;
    const anchor = mine.x < 110 ? 'start' : mine.x > WIDTH - 110 ? 'end' : 'middle';
    body += el('path', { d: `M${num(mine.x)} 50V${num(my - 7)}`, stroke: '#1a1a1a' });
    body += el('circle', {
      cx: mine.x,
      cy: my,
      r: 6.5,
      fill: HIGHLIGHT,
      stroke: '#1a1a1a',
      'stroke-width': 2,
    });
    body += el(
      'text',
      { x: mine.x, y: 44, 'text-anchor': anchor, 'font-weight': 'bold' },
      escapeXml(`${highlight.displayName} ${formatIndex(mine.item.value)}`),
    );
  }
  body += mark('diamond', 14, 14, R + 1, { fill: COUNTY, stroke: '#1a1a1a', 'stroke-width': 0.6 });
  body += el('text', { x: 24, y: 19, 'font-size': FONT.small }, escapeXml(highlight.countyName));
  body += el('circle', { cx: 236, cy: 14, r: R + 1, fill: OTHER });
  body += el('text', { x: 246, y: 19, 'font-size': FONT.small }, 'Övriga kommuner');
  body += `<g font-size="${FONT.small}" fill="#444" text-anchor="middle">`;
  for (const t of x.ticks(5))
    body += el('text', { x: x(t), y: centre + extent + 16 }, formatInteger(t));
  body += '</g>';

  return {
    id,
    title,
    subtitle: `${measure} ${input.year}, alla rankade kommuner`,
    alt,
    table: tableOf(points, measure, input.year, me?.countyCode),
    svg: svgDocument({ id, width: WIDTH, height, title, desc: alt, body }),
    width: WIDTH,
    height,
  };
}

interface Layout {
  dots: SwarmDot<DistributionPoint>[];
  extent: number;
  centre: number;
  /** Each dot as a grey dot's path segment ("M65.4 103.5h0") and as a county diamond's markup. */
  circles: string[];
  diamonds: string[];
}

// Every municipality page of a year draws the same swarm; only the highlight and the county
// differ. Callers that pass the same points array get the layout and each dot's markup once (the
// scale is a function of the points).
const layouts = new WeakMap<readonly DistributionPoint[], Layout>();

function layoutOf(points: readonly DistributionPoint[], x: (v: number) => number): Layout {
  let layout = layouts.get(points);
  if (!layout) {
    const dots = beeswarm(
      points,
      (p) => x(p.value),
      (p) => p.code,
      R,
    );
    const extent = Math.max(R, ...dots.map((d) => Math.abs(d.dy) + R));
    const centre = 70 + extent;
    layout = {
      dots,
      extent,
      centre,
      circles: dots.map((d) => `M${num(d.x)} ${num(centre + d.dy)}h0`),
      diamonds: dots.map((d) => mark('diamond', d.x, centre + d.dy, R)),
    };
    layouts.set(points, layout);
  }
  return layout;
}

// The table is the year's whole ranking; it differs between municipalities only in the "Samma
// län" column, so the municipalities of one county share one table (and its HTML, which
// site/table-html.ts keeps per table object) instead of each holding a copy of 290 rows.
const tables = new WeakMap<readonly DistributionPoint[], Map<string, ChartTable>>();

function tableOf(
  points: readonly DistributionPoint[],
  measure: string,
  year: number,
  countyCode: string | undefined,
): ChartTable {
  let byCounty = tables.get(points);
  if (!byCounty) tables.set(points, (byCounty = new Map()));
  const key = `${measure}:${year}:${countyCode ?? ''}`;
  let table = byCounty.get(key);
  if (!table) {
    const sorted = [...points].sort(
      (a, b) => b.value - a.value || a.name.localeCompare(b.name, 'sv-SE'),
    );
    table = {
      caption: `${measure} ${year} för de rankade kommunerna, högst först`,
      columns: ['Kommun', measure, 'Samma län'],
      rows: sorted.map((p) => [
        p.name,
        formatIndex(p.value),
        countyCode !== undefined && p.countyCode === countyCode ? 'Ja' : 'Nej',
      ]),
    };
    byCounty.set(key, table);
  }
  return table;
}

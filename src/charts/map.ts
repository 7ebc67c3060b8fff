/**
 * Chart 6: a map of Sweden with every municipality as a dot at its seat, coloured by grade and
 * shaped by grade (so it reads in greyscale and for every colour vision); municipalities that
 * did not take part are small grey rings. Tall and narrow so it fills a phone's width.
 */
import type { Grade } from '../lib/model';
import { el, escapeXml } from './draw';
import { formatIndex, formatInteger } from './format';
import { GRADE_STYLES, gradeStyle } from './grades';
import { mark } from './marks';
import { MAP_HEIGHT, MAP_WIDTH, swedenOutline } from './outline';
import { chartId, FONT, svgDocument, type ChartSpec } from './spec';

export interface MapPoint {
  code: string;
  /** "Kalix", for the table. */
  name: string;
  lat: number;
  lon: number;
  /** Absent grade and value: the municipality did not take part (or had no result). */
  grade?: Grade;
  value?: number;
}

export interface MapInput {
  idPrefix: string;
  year: number;
  measure?: string;
  points: MapPoint[];
  /** A code to ring and name, on a municipality's own page. */
  highlight?: { code: string; displayName: string };
  title?: string;
}

const R = 3.6;

/** The map with its title, alternative text and table. */
export function mapChart(input: MapInput): ChartSpec {
  const id = chartId(input.idPrefix);
  const measure = input.measure ?? 'NKI';
  const { projection, path } = swedenOutline();
  const placed = input.points.map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
    return { p, x, y, style: gradeStyle(p.grade, p.value) };
  });
  const taking = placed.filter((d) => d.style);
  const count = (g: Grade) => taking.filter((d) => d.style!.grade === g).length;
  const high = count('mycket-hogt') + count('hogt');
  const title =
    input.title ??
    `${measure} ${input.year}: ${formatInteger(high)} av ${formatInteger(taking.length)} kommuner med resultat har högt eller mycket högt`;
  const alt =
    `Karta över Sverige med en symbol per kommun för ${measure} ${input.year}. ` +
    GRADE_STYLES.map((s) => `${s.name}: ${formatInteger(count(s.grade))}`).join(', ') +
    `. ${formatInteger(placed.length - taking.length)} kommuner saknar resultat i underlaget.`;

  let body = el('path', { d: path, fill: '#f4f4f4', stroke: '#777', 'stroke-width': 0.8 });
  body += '<g fill="none" stroke="#8c8c8c" stroke-width="0.8">';
  for (const d of placed) if (!d.style) body += el('circle', { cx: d.x, cy: d.y, r: 2 });
  body += '</g>';
  for (const s of GRADE_STYLES) {
    body += `<g fill="${s.colour}" stroke="#1a1a1a" stroke-width="0.6">`;
    for (const d of taking) if (d.style === s) body += mark(s.shape, d.x, d.y, R);
    body += '</g>';
  }
  const mine = input.highlight && placed.find((d) => d.p.code === input.highlight!.code);
  if (mine && input.highlight) {
    body += el('circle', {
      cx: mine.x,
      cy: mine.y,
      r: 8,
      fill: 'none',
      stroke: '#1a1a1a',
      'stroke-width': 2,
    });
    const left = mine.x > MAP_WIDTH / 2;
    body += el(
      'text',
      {
        x: mine.x + (left ? -12 : 12),
        y: mine.y + 5,
        'text-anchor': left ? 'end' : 'start',
        'font-weight': 'bold',
        'paint-order': 'stroke',
        stroke: '#fff',
        'stroke-width': 3,
      },
      escapeXml(input.highlight.displayName),
    );
  }
  body += legend();

  const rows = [...placed]
    .sort((a, b) => a.p.name.localeCompare(b.p.name, 'sv-SE'))
    .map((d) => [
      d.p.name,
      d.style ? formatIndex(d.p.value) : '–',
      d.style?.name ?? 'Inget resultat',
    ]);
  return {
    id,
    title,
    subtitle: `${measure} ${input.year} per kommun, betyg enligt SKR:s skala`,
    alt,
    table: {
      caption: `${measure} ${input.year} per kommun`,
      columns: ['Kommun', measure, 'Betyg'],
      rows,
    },
    svg: svgDocument({ id, width: MAP_WIDTH, height: MAP_HEIGHT, title, desc: alt, body }),
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
  };
}

/** Top left, where Norway leaves the map empty. */
function legend(): string {
  let out = `<g font-size="${FONT.small}">`;
  GRADE_STYLES.forEach((s, i) => {
    const y = 20 + i * 22;
    out += mark(s.shape, 16, y - 5, R + 1, {
      fill: s.colour,
      stroke: '#1a1a1a',
      'stroke-width': 0.6,
    });
    out += el(
      'text',
      { x: 28, y },
      escapeXml(`${s.name} (${s.min > 0 ? `${s.min}–` : 'under 62'})`),
    );
  });
  out += el('circle', {
    cx: 16,
    cy: 103,
    r: 2,
    fill: 'none',
    stroke: '#8c8c8c',
    'stroke-width': 0.8,
  });
  out += el('text', { x: 28, y: 108 }, 'Inget resultat');
  return out + '</g>';
}

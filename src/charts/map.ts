/**
 * Chart 6: a choropleth of the municipalities' areas, the whole country or one county, coloured
 * by grade. Every municipality is a link to its page whose accessible text is its name and
 * result, so the map is also a keyboard- and screen-reader-reachable list. Municipalities without
 * a result are hatched, not merely grey, and the table beside the map carries every number.
 * Colours are the Okabe–Ito grade colours (grades.ts), which stay apart for colour-blind readers.
 */
import type { Grade } from '../lib/model';
import { el } from './draw';
import { escapeXml } from '../lib/xml';
import { formatIndex, formatInteger } from './format';
import { GRADE_STYLES, gradeStyle, type GradeStyle } from './grades';
import { projectShapes, SHAPE_SCALE, type MunicipalityShapes } from './map-shapes';
import { chartId, FONT, svgDocument, type ChartSpec } from './spec';

export interface MapArea {
  code: string;
  /** "Kalix", for the link text and the table. */
  name: string;
  /** The municipality's page. */
  href: string;
  /** Absent grade and value: the municipality did not take part (or had no result). */
  grade?: Grade;
  value?: number;
}

export interface MapInput {
  idPrefix: string;
  year: number;
  measure?: string;
  shapes: MunicipalityShapes;
  areas: MapArea[];
  /** A county's name: the map shows only `areas`, drawn larger. Absent: the whole country. */
  region?: string;
  title?: string;
}

const LEGEND_ROW = 22;
const LEGEND_HEIGHT = 3 * LEGEND_ROW + 6;
const NO_RESULT = 'Inget resultat';

/** The map with its title, alternative text and table. */
export function mapChart(input: MapInput): ChartSpec {
  const id = chartId(input.idPrefix);
  const measure = input.measure ?? 'NKI';
  const width = input.region ? 400 : 320;
  const shapes = projectShapes(input.shapes, {
    width,
    maxHeight: input.region ? 440 : 700,
    codes: input.region ? input.areas.map((a) => a.code) : undefined,
  });
  const height = shapes.height + LEGEND_HEIGHT;
  const styled = [...input.areas]
    .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'))
    .map((a) => ({ a, style: gradeStyle(a.grade, a.value) }));
  const taking = styled.filter((d) => d.style);
  const count = (g: Grade) => taking.filter((d) => d.style!.grade === g).length;
  const high = count('mycket-hogt') + count('hogt');
  const where = input.region ? ` i ${input.region}` : '';
  const title =
    input.title ??
    `${measure} ${input.year}${where}: ${formatInteger(high)} av ${formatInteger(taking.length)} kommuner med resultat har högt eller mycket högt`;
  const alt =
    `Karta över ${input.region ?? 'Sverige'} med kommunerna färgade efter betyget på ${measure} ${input.year}. ` +
    GRADE_STYLES.map((s) => `${s.name}: ${formatInteger(count(s.grade))}`).join(', ') +
    `. ${formatInteger(styled.length - taking.length)} kommuner saknar resultat i underlaget.`;

  const hatch = `${id}-inget`;
  let body =
    `<defs><pattern id="${hatch}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="5" height="5" fill="#f2f2f2"/><line x1="0" y1="0" x2="0" y2="5" stroke="#767676" stroke-width="1.4"/></pattern></defs>`;
  body += legend(hatch);
  // Border width 0.5 map units once scaled; the focus outline in global.css is in the same units.
  body += `<g transform="translate(0 ${LEGEND_HEIGHT}) scale(${SHAPE_SCALE})" stroke="#fff" stroke-width="${0.5 / SHAPE_SCALE}" stroke-linejoin="round">`;
  for (const { a, style } of styled) {
    const d = shapes.paths.get(a.code);
    if (!d) continue;
    const label = style
      ? `${a.name}: ${measure} ${formatIndex(a.value)}, ${style.inSentence}`
      : `${a.name}: inget resultat ${input.year}`;
    body +=
      `<a href="${escapeXml(a.href)}"><title>${escapeXml(label)}</title>` +
      el('path', { d, fill: style ? style.colour : `url(#${hatch})` }) +
      '</a>';
  }
  body += '</g>';

  const rows = styled.map(({ a, style }) => [
    a.name,
    style ? formatIndex(a.value) : '–',
    style?.name ?? NO_RESULT,
  ]);
  return {
    id,
    title,
    subtitle: `${measure} ${input.year} per kommun${where}, betyg enligt SKR:s skala`,
    alt,
    table: {
      caption: `${measure} ${input.year} per kommun${where}`,
      columns: ['Kommun', measure, 'Betyg'],
      rows,
    },
    svg: svgDocument({ id, width, height, title, desc: alt, body, role: 'group' }),
    width,
    height,
  };
}

/** Two columns above the map: the four grades and "no result". */
function legend(hatch: string): string {
  const entries: [string, string][] = GRADE_STYLES.map((s: GradeStyle) => [
    s.colour,
    `${s.name} (${s.min > 0 ? `${s.min}–` : 'under 62'})`,
  ]);
  entries.push([`url(#${hatch})`, NO_RESULT]);
  let out = `<g font-size="${FONT.small}">`;
  entries.forEach(([fill, text], i) => {
    const x = 4 + (i % 2) * 158;
    const y = 4 + Math.floor(i / 2) * LEGEND_ROW;
    out += el('rect', {
      x,
      y,
      width: 16,
      height: 16,
      fill,
      stroke: '#1a1a1a',
      'stroke-width': 0.6,
    });
    out += el('text', { x: x + 22, y: y + 13 }, escapeXml(text));
  });
  return out + '</g>';
}

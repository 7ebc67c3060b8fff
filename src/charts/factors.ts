/**
 * Chart 4: the service-factor profile (information, tillgänglighet, bemötande, kompetens,
 * rättssäkerhet, effektivitet) as a dot plot: the unit a filled circle, the nation a hollow
 * diamond, joined by a line so the gap reads at a glance; both values written out.
 */
import { scaleLinear } from 'd3-scale';
import { indexDomain } from './axis';
import { el, num } from './draw';
import { escapeXml } from '../lib/xml';
import { formatIndex, formatInteger } from './format';
import { mark } from './marks';
import { chartId, FONT, svgDocument, type ChartSpec } from './spec';

export interface FactorDot {
  /** "Bemötande". */
  label: string;
  value?: number;
  national?: number;
}

export interface FactorsInput {
  idPrefix: string;
  unitName: string;
  year: number;
  factors: FactorDot[];
  title?: string;
}

const WIDTH = 400;
const ROW = 44;
const TOP = 30;
const UNIT = '#0072B2';

/** Scale and rows; the axis runs from a round ten below the lowest value to 100. */
export function layoutFactors(factors: FactorDot[]) {
  const values = factors.flatMap((f) => [f.value, f.national]).filter((v) => v !== undefined);
  const [lo, hi] = indexDomain(values, 60);
  const x = scaleLinear()
    .domain([lo, hi])
    .range([14, WIDTH - 14]);
  const height = TOP + factors.length * ROW + 24;
  return {
    width: WIDTH,
    height,
    x,
    ticks: x.ticks(4),
    rows: factors.map((f, i) => ({ f, top: TOP + i * ROW })),
  };
}

/** The service-factor chart with its title, alternative text and table. */
export function factorsChart(input: FactorsInput): ChartSpec {
  const id = chartId(input.idPrefix);
  const layout = layoutFactors(input.factors);
  const { x } = layout;
  const measured = input.factors.filter((f) => f.value !== undefined);
  const best = [...measured].sort((a, b) => b.value! - a.value!)[0];
  const title =
    input.title ??
    (best
      ? `${input.unitName}: högst betyg för ${best.label.toLowerCase()} år ${input.year}, ${formatIndex(best.value)}`
      : `${input.unitName}: inga resultat per serviceområde år ${input.year}`);
  const describe = (f: FactorDot) =>
    `${f.label} ${formatIndex(f.value)}` +
    (f.national === undefined ? '' : ` (riket ${formatIndex(f.national)})`);
  const alt =
    `Punktdiagram över serviceområden för ${input.unitName} år ${input.year}, jämfört med ` +
    `rikets genomsnitt. ${input.factors.map(describe).join('; ')}.`;

  let body =
    el('circle', { cx: 20, cy: 12, r: 6, fill: UNIT }) +
    el('text', { x: 32, y: 17 }, escapeXml(input.unitName)) +
    mark('diamond', 232, 12, 5.5, { fill: '#fff', stroke: '#1a1a1a', 'stroke-width': 2 }) +
    el('text', { x: 244, y: 17 }, 'Rikets genomsnitt');
  for (const { f, top } of layout.rows) {
    const text =
      f.value === undefined
        ? 'saknas'
        : formatIndex(f.value) +
          (f.national === undefined ? '' : ` · riket ${formatIndex(f.national)}`);
    body += el('text', { x: 8, y: top + 15, 'font-weight': 'bold' }, escapeXml(f.label));
    body += el(
      'text',
      { x: WIDTH - 8, y: top + 15, 'text-anchor': 'end', 'font-size': FONT.small },
      escapeXml(text),
    );
    const cy = top + 30;
    body += el('path', {
      d: `M${num(x.range()[0]!)} ${num(cy)}H${num(x.range()[1]!)}`,
      stroke: '#ddd',
    });
    if (f.value !== undefined && f.national !== undefined) {
      body += el('path', {
        d: `M${num(x(f.national))} ${num(cy)}H${num(x(f.value))}`,
        stroke: '#666',
        'stroke-width': 2,
      });
    }
    if (f.national !== undefined) {
      body += mark('diamond', x(f.national), cy, 5.5, {
        fill: '#fff',
        stroke: '#1a1a1a',
        'stroke-width': 2,
      });
    }
    if (f.value !== undefined) body += el('circle', { cx: x(f.value), cy, r: 6, fill: UNIT });
  }
  const axisY = layout.height - 6;
  body += `<g font-size="${FONT.small}" fill="#444" text-anchor="middle">`;
  for (const t of layout.ticks) body += el('text', { x: x(t), y: axisY }, formatInteger(t));
  body += '</g>';

  return {
    id,
    title,
    subtitle: `Serviceområden ${input.year}, index 0–100`,
    alt,
    table: {
      caption: `Serviceområden för ${input.unitName} och riket ${input.year}`,
      columns: ['Serviceområde', input.unitName, 'Riket'],
      rows: input.factors.map((f) => [f.label, formatIndex(f.value), formatIndex(f.national)]),
    },
    svg: svgDocument({ id, width: layout.width, height: layout.height, title, desc: alt, body }),
    width: layout.width,
    height: layout.height,
  };
}

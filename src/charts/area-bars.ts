/**
 * Chart 3: a unit's result per area against the national average for the year. Bars run from
 * 0 to 100 (an index bar must start at zero to be honest); the grade is written out beside the
 * value and the national average is a black tick with its value in words.
 */
import { scaleLinear } from 'd3-scale';
import type { Grade } from '../lib/model';
import { el, num } from './draw';
import { escapeXml } from '../lib/xml';
import { formatIndex } from './format';
import { gradeStyle } from './grades';
import { chartId, FONT, svgDocument, type ChartSpec } from './spec';

export interface AreaBar {
  /** "Bygglov", as a table label. */
  label: string;
  value?: number;
  grade?: Grade;
  national?: number;
  /** The median of the unit's kommungrupp in this area, unrounded. */
  peers?: number;
  /** Why the value is missing, short Swedish: "för få svar". */
  note?: string;
}

export interface AreaBarsInput {
  idPrefix: string;
  unitName: string;
  year: number;
  measure?: string;
  rows: AreaBar[];
  title?: string;
}

const WIDTH = 400;
const ROW = 46;
/** With the group's median, the comparisons get their own line under the bar. */
const ROW_WITH_PEERS = 62;
const rowHeight = (rows: AreaBar[]) =>
  rows.some((r) => r.peers !== undefined) ? ROW_WITH_PEERS : ROW;
/** Below the legend: one row, or two with the group's median. */
const top = (rows: AreaBar[]) => (rows.some((r) => r.peers !== undefined) ? 50 : 30);
const PEERS = '#D55E00';

/** Scale and rows of the area chart; `x` maps an index 0–100 across the drawing width. */
export function layoutAreaBars(rows: AreaBar[]) {
  const x = scaleLinear()
    .domain([0, 100])
    .range([8, WIDTH - 8]);
  return {
    width: WIDTH,
    height: top(rows) + rows.length * rowHeight(rows) + 6,
    x,
    rows: rows.map((row, i) => ({
      row,
      top: top(rows) + i * rowHeight(rows),
      style: gradeStyle(row.grade, row.value),
    })),
  };
}

/** The area chart with its title, alternative text and table. */
export function areaBarsChart(input: AreaBarsInput): ChartSpec {
  const id = chartId(input.idPrefix);
  const measure = input.measure ?? 'NKI';
  const layout = layoutAreaBars(input.rows);
  const measured = input.rows.filter((r) => r.value !== undefined);
  const best = [...measured].sort((a, b) => b.value! - a.value!)[0];
  const title =
    input.title ??
    (best
      ? `${input.unitName}: högst ${measure} inom ${best.label.toLowerCase()} år ${input.year}, ${formatIndex(best.value)}`
      : `${input.unitName}: inga områdesresultat år ${input.year}`);
  const describe = (r: AreaBar) =>
    r.value === undefined
      ? `${r.label} saknas${r.note ? ` (${r.note})` : ''}`
      : `${r.label} ${formatIndex(r.value)}, ${gradeStyle(r.grade, r.value)?.inSentence ?? ''}` +
        (r.national === undefined && r.peers === undefined
          ? ''
          : ` (${[
              r.national !== undefined ? `riket ${formatIndex(r.national)}` : '',
              r.peers !== undefined ? `kommungruppens median ${formatIndex(r.peers)}` : '',
            ]
              .filter(Boolean)
              .join(', ')})`);
  const withPeers = input.rows.some((r) => r.peers !== undefined);
  const against = withPeers ? 'rikets genomsnitt och kommungruppens median' : 'rikets genomsnitt';
  const alt =
    `Stapeldiagram över ${measure} per myndighetsområde för ${input.unitName} år ${input.year}, ` +
    `jämfört med ${against}. ${input.rows.map(describe).join('; ')}.`;

  let body =
    el('rect', { x: 8, y: 6, width: 22, height: 12, fill: '#0072B2' }) +
    el('text', { x: 36, y: 17 }, escapeXml(input.unitName)) +
    el('path', { d: 'M220 4v16', stroke: '#1a1a1a', 'stroke-width': 3 }) +
    el('text', { x: 228, y: 17 }, 'Rikets genomsnitt') +
    (withPeers
      ? el('path', {
          d: 'M19 25v16',
          stroke: PEERS,
          'stroke-width': 3,
          'stroke-dasharray': '3 2',
        }) + el('text', { x: 36, y: 38 }, 'Kommungruppens median')
      : '');
  for (const { row, top, style } of layout.rows) {
    body += el('text', { x: 8, y: top + 15, 'font-weight': 'bold' }, escapeXml(row.label));
    const against = [
      row.national === undefined ? '' : `riket ${formatIndex(row.national)}`,
      row.peers === undefined ? '' : `kommungruppens median ${formatIndex(row.peers)}`,
    ].filter(Boolean);
    const right =
      row.value === undefined
        ? `saknas${row.note ? ` (${row.note})` : ''}`
        : `${formatIndex(row.value)} ${style?.inSentence ?? ''}` +
          (withPeers || against.length === 0 ? '' : ` · ${against.join(' · ')}`);
    if (withPeers && against.length > 0) {
      body += el(
        'text',
        { x: 8, y: top + 52, 'font-size': FONT.small, fill: '#444' },
        escapeXml(against.join(' · ')),
      );
    }
    body += el(
      'text',
      { x: WIDTH - 8, y: top + 15, 'text-anchor': 'end', 'font-size': FONT.small },
      escapeXml(right),
    );
    body += el('rect', { x: 8, y: top + 22, width: WIDTH - 16, height: 14, fill: '#f0f0f0' });
    if (row.value !== undefined) {
      const w = layout.x(row.value) - layout.x(0);
      body += el('rect', {
        x: 8,
        y: top + 22,
        width: w,
        height: 14,
        fill: style?.colour ?? '#0072B2',
        stroke: '#1a1a1a',
        'stroke-width': 0.5,
      });
    }
    if (row.national !== undefined) {
      const nx = layout.x(row.national);
      body += el('path', {
        d: `M${num(nx)} ${num(top + 18)}v22`,
        stroke: '#1a1a1a',
        'stroke-width': 3,
      });
    }
    if (row.peers !== undefined) {
      // Dashed and vermilion beside the black national tick: told apart by shape too.
      body += el('path', {
        d: `M${num(layout.x(row.peers))} ${num(top + 18)}v22`,
        stroke: PEERS,
        'stroke-width': 3,
        'stroke-dasharray': '3 2',
      });
    }
  }

  return {
    id,
    title,
    subtitle: `${measure} per myndighetsområde ${input.year}, index 0–100`,
    alt,
    table: {
      caption: withPeers
        ? `${measure} per myndighetsområde för ${input.unitName}, riket och kommungruppen ${input.year}`
        : `${measure} per myndighetsområde för ${input.unitName} och riket ${input.year}`,
      columns: [
        'Område',
        input.unitName,
        'Betyg',
        'Riket',
        ...(withPeers ? ['Kommungruppens median'] : []),
      ],
      rows: input.rows.map((r) => [
        r.label,
        r.value === undefined && r.note ? `saknas (${r.note})` : formatIndex(r.value),
        gradeStyle(r.grade, r.value)?.name ?? '–',
        formatIndex(r.national),
        ...(withPeers ? [r.peers === undefined ? '–' : formatIndex(r.peers)] : []),
      ]),
    },
    svg: svgDocument({ id, width: layout.width, height: layout.height, title, desc: alt, body }),
    width: layout.width,
    height: layout.height,
  };
}

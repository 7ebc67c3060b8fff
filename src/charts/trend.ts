/**
 * Chart 1: a unit's NKI (or NUI) over the years, with the national average and SKR's grade
 * bands. A series break is drawn as a break: the lines stop, and a marker says "Ny serie".
 */
import { el } from './draw';
import { escapeXml } from '../lib/xml';
import { formatIndex } from './format';
import { gradeStyle } from './grades';
import { breakMarker } from './marks';
import { chartId, FONT, svgDocument, type ChartSpec } from './spec';
import { layoutTrend, type PlacedTrend, type TrendInput } from './trend-layout';

import { legend, NATIONAL, PEERS, UNIT } from './trend-legend';
const HALO = { 'paint-order': 'stroke', stroke: '#fff', 'stroke-width': 3 };

/** The trend chart with its title, alternative text and table. */
export function trendChart(input: TrendInput): ChartSpec {
  const id = chartId(input.idPrefix);
  const measure = input.measure ?? 'NKI';
  const placed = layoutTrend(input);
  const points = [...input.points].sort((a, b) => a.year - b.year);
  const measured = points.filter((p) => p.value !== undefined);
  const newest = measured[measured.length - 1];
  const marked =
    input.markYear === undefined ? undefined : measured.find((p) => p.year === input.markYear);
  // The year the page is about; the latest year when the page is about all years.
  const latest = marked ?? newest;
  const span = points.length ? `${points[0]!.year}–${points[points.length - 1]!.year}` : '';

  const latestGrade = latest && gradeStyle(latest.grade, latest.value);
  const title =
    input.title ??
    (latest
      ? `${input.unitName}: ${measure} ${formatIndex(latest.value)} år ${latest.year}` +
        (latestGrade ? `, ${latestGrade.inSentence}` : '')
      : `${input.unitName}: inget ${measure}-resultat ${span}`);
  const withPeers = points.some((p) => p.peers !== undefined);
  const subtitle = `${measure}, index 0–100, ${span}, med rikets genomsnitt${withPeers ? ' och kommungruppens median' : ''}`;

  const sentences = [`Linjediagram över ${measure} för ${input.unitName} ${span}.`];
  const firstMeasured = measured[0];
  if (firstMeasured && newest && firstMeasured !== newest) {
    sentences.push(
      `${measure} var ${formatIndex(firstMeasured.value)} år ${firstMeasured.year} och ` +
        `${formatIndex(newest.value)} år ${newest.year}.`,
    );
  } else if (newest) {
    sentences.push(`${measure} var ${formatIndex(newest.value)} år ${newest.year}.`);
  }
  if (marked && marked !== newest) {
    sentences.push(`År ${marked.year} är markerat: ${measure} ${formatIndex(marked.value)}.`);
  }
  if (latest?.national !== undefined) {
    sentences.push(`Rikets genomsnitt var ${formatIndex(latest.national)} år ${latest.year}.`);
  }
  if (latest?.peers !== undefined) {
    sentences.push(`Kommungruppens median var ${formatIndex(latest.peers)} år ${latest.year}.`);
  }
  for (const b of placed.breaks) {
    sentences.push(`Ny serie från ${b.year}: värdena före och efter går inte att jämföra rakt av.`);
  }
  const gaps = points.filter((p) => p.value === undefined).map((p) => String(p.year));
  if (gaps.length) sentences.push(`Resultat saknas för ${listSv(gaps)}.`);
  const alt = sentences.join(' ');

  const breakYears = new Set(placed.breaks.map((b) => b.year));
  const columns = [
    'År',
    input.unitName,
    'Riket',
    ...(withPeers ? ['Kommungruppens median'] : []),
    'Betyg',
  ];
  if (breakYears.size) columns.push('Anmärkning');
  const rows = points.map((p) => {
    const row = [
      String(p.year),
      formatIndex(p.value),
      formatIndex(p.national),
      // Before 2017 there is no group: a dash, not "saknas".
      ...(withPeers ? [p.peers === undefined ? '–' : formatIndex(p.peers)] : []),
      gradeStyle(p.grade, p.value)?.name ?? '–',
    ];
    if (breakYears.size) row.push(breakYears.has(p.year) ? 'Ny serie från detta år' : '');
    return row;
  });

  return {
    id,
    title,
    subtitle,
    alt,
    table: {
      caption: withPeers
        ? `${measure} för ${input.unitName}, riket och kommungruppen per år`
        : `${measure} för ${input.unitName} och riket per år`,
      columns,
      rows,
    },
    svg: svgDocument({
      id,
      width: placed.width,
      height: placed.height,
      title,
      desc: alt,
      body: renderTrend(placed, input.unitName, marked?.year),
    }),
    width: placed.width,
    height: placed.height,
  };
}

function renderTrend(p: PlacedTrend, unitName: string, markYear?: number): string {
  const { plot } = p;
  const w = plot.right - plot.left;
  let out = '';
  for (const b of p.bands) {
    out += el('rect', { x: plot.left, y: b.y0, width: w, height: b.y1 - b.y0, fill: b.style.tint });
  }
  for (const b of p.bands) {
    if (b.y1 - b.y0 < FONT.small + 2) continue;
    // The band's name goes to the side where no dot would sit under it.
    const clash = (x0: number, x1: number) =>
      p.dots.some((d) => d.x >= x0 && d.x <= x1 && d.y >= b.y0 - 5 && d.y <= b.y0 + FONT.small + 8);
    const atLeft = !clash(plot.left, plot.left + 100) || clash(plot.right - 100, plot.right);
    out += el(
      'text',
      {
        x: atLeft ? plot.left + 4 : plot.right - 4,
        y: b.y0 + FONT.small,
        'font-size': FONT.small,
        'text-anchor': atLeft ? undefined : 'end',
        fill: '#444',
        ...HALO,
      },
      escapeXml(b.style.name),
    );
  }
  out += `<g font-size="${FONT.small}" fill="#444" text-anchor="end">`;
  for (const t of p.yTicks) out += el('text', { x: plot.left - 5, y: p.y(t) + 5 }, formatIndex(t));
  out += `</g><g font-size="${FONT.small}" fill="#444" text-anchor="middle">`;
  for (const t of p.xTicks) out += el('text', { x: p.x(t), y: plot.bottom + 20 }, String(t));
  out += '</g>';
  out += el('line', {
    x1: plot.left,
    x2: plot.right,
    y1: plot.bottom,
    y2: plot.bottom,
    stroke: '#666',
  });
  for (const b of p.breaks) out += breakMarker(b.x, plot.top, plot.bottom, plot);
  const mark = markYear === undefined ? undefined : p.dots.find((d) => d.year === markYear);
  if (mark) {
    // A shaded column, unlike the dotted lines of a series break.
    out += el('rect', {
      x: mark.x - 7,
      y: plot.top,
      width: 14,
      height: plot.bottom - plot.top,
      fill: '#1a1a1a',
      'fill-opacity': 0.1,
    });
  }
  const lines = (paths: string[], attrs: Record<string, string | number>) =>
    paths.map((d) => el('path', { d, fill: 'none', ...attrs })).join('');
  out += lines(p.nationalPaths, { stroke: NATIONAL, 'stroke-width': 2, 'stroke-dasharray': '6 4' });
  out += lines(p.peerPaths, {
    stroke: PEERS,
    'stroke-width': 2.5,
    'stroke-dasharray': '1 4',
    'stroke-linecap': 'round',
  });
  out += lines(p.unitPaths, { stroke: UNIT, 'stroke-width': 3, 'stroke-linecap': 'round' });
  out += `<g fill="${UNIT}" stroke="#fff" stroke-width="1.5">`;
  for (const d of p.dots) out += el('circle', { cx: d.x, cy: d.y, r: 4.5 });
  out += '</g>';
  const last = p.dots[p.dots.length - 1];
  if (mark && mark !== last) {
    // Ringed, its value above it: beside it the line would run through the number.
    out += el('circle', {
      cx: mark.x,
      cy: mark.y,
      r: 8,
      fill: 'none',
      stroke: '#1a1a1a',
      'stroke-width': 2,
    });
    out += el(
      'text',
      {
        x: mark.x,
        y: mark.y - 13,
        'text-anchor': 'middle',
        'font-weight': 'bold',
        fill: UNIT,
        ...HALO,
      },
      formatIndex(mark.value),
    );
  } else if (last) {
    if (mark) {
      out += el('circle', {
        cx: last.x,
        cy: last.y,
        r: 8,
        fill: 'none',
        stroke: '#1a1a1a',
        'stroke-width': 2,
      });
    }
    out += el(
      'text',
      { x: last.x + 8, y: last.y + 5, 'font-weight': 'bold', fill: UNIT, ...HALO },
      formatIndex(last.value),
    );
  }
  return out + legend(plot.left, unitName, p.nationalPaths.length > 0, p.peerPaths.length > 0);
}

function listSv(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/**
 * One panel of a small-multiples chart, without its lines: the title, the plot's ground, the
 * marked year, the index range at the side and the first and last year below, on the scales
 * every panel of the chart shares. Used by small-multiples.ts and line-multiples.ts.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { escapeXml } from '../lib/xml';
import { el } from './draw';
import { formatIndex } from './format';

export interface PanelPoint {
  year: number;
  value?: number;
}

export interface PanelFrameInput {
  label: string;
  left: number;
  top: number;
  /** The panel's width and its header's and plot's heights, in user units. */
  width: number;
  header: number;
  plotHeight: number;
  /** The shared scales: first and last year, lowest and highest index. */
  first: number;
  last: number;
  lo: number;
  hi: number;
  years: readonly number[];
  markYear?: number;
}

export function panelFrame(f: PanelFrameInput) {
  const plot = { left: f.left + 28, right: f.left + f.width - 16, top: f.top + f.header + 4 };
  const bottom = plot.top + f.plotHeight;
  const x = scaleLinear()
    .domain(f.first === f.last ? [f.first - 1, f.last + 1] : [f.first, f.last])
    .range([plot.left + 4, plot.right]);
  const y = scaleLinear().domain([f.lo, f.hi]).range([bottom, plot.top]);
  const path = line<PanelPoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.value!))
    .digits(1);
  let markup = el(
    'text',
    { x: f.left + 2, y: f.top + 14, 'font-weight': 'bold' },
    escapeXml(f.label),
  );
  markup += el('rect', {
    x: plot.left,
    y: plot.top,
    width: plot.right - plot.left,
    height: f.plotHeight,
    fill: '#f4f6f8',
  });
  if (f.markYear !== undefined && f.years.includes(f.markYear)) {
    markup += el('rect', {
      x: x(f.markYear) - 4,
      y: plot.top,
      width: 8,
      height: f.plotHeight,
      fill: '#1a1a1a',
      'fill-opacity': '0.12',
    });
  }
  for (const t of [f.lo, f.hi]) {
    const attrs = { x: plot.left - 4, y: y(t) + 5, 'text-anchor': 'end', fill: '#444' };
    markup += el('text', attrs, formatIndex(t));
  }
  markup += el('text', { x: plot.left, y: bottom + 17, fill: '#444' }, String(f.first));
  if (f.last !== f.first) {
    const attrs = { x: plot.right, y: bottom + 17, 'text-anchor': 'end', fill: '#444' };
    markup += el('text', attrs, String(f.last));
  }
  return { markup, x, y, path };
}

/**
 * Small multiples with several lines per panel: one small line chart per measure on a shared
 * scale, each with the same named lines (a municipality, its kommungrupp's median, its county's
 * and the country's value). Lines differ in colour, dash and marker, and the legend names each,
 * so no line is told apart by colour alone. A line stops at a series break, and at its own
 * breaks (a new kommungrupp edition).
 */
import { el, num } from './draw';
import { panelFrame } from './panel-frame';
import { escapeXml } from '../lib/xml';
import { formatIndex, formatInteger } from './format';
import { indexDomain } from './axis';
import { splitRuns } from './series';
import { chartId, FONT, svgDocument, type ChartSpec } from './spec';

export interface LinePoint {
  year: number;
  value?: number;
}

export interface MultiPanel {
  /** "NKI totalt", "Bygglov". */
  label: string;
  /** One per series of the input, same order; each has a point per year. */
  lines: LinePoint[][];
  /** First years of new series for this panel (every line stops there). */
  breaks?: number[];
}

export interface LineMultiplesInput {
  idPrefix: string;
  title: string;
  subtitle: string;
  /** The opening sentence of the text alternative. */
  summary: string;
  /** The lines' names in the legend and the table, and breaks of a line of its own. */
  series: { label: string; breaks?: number[] }[];
  years: number[];
  panels: MultiPanel[];
  /** The year the page is about, shaded in every panel. */
  markYear?: number;
  /** Table column for the row label: "Mått". */
  panelColumn: string;
}

/** Colour-blind-safe (Okabe–Ito) colours, each with its own dash and marker. */
export const LINE_STYLES = [
  { stroke: '#0072B2', width: 2.5, dash: undefined, marker: 'circle' },
  { stroke: '#1a1a1a', width: 1.5, dash: '4 3', marker: 'square' },
  { stroke: '#B35900', width: 1.5, dash: '1 3', marker: 'diamond' },
  { stroke: '#007A5A', width: 1.5, dash: '8 3 2 3', marker: 'triangle' },
] as const;

const WIDTH = 400;
const COLUMNS = 2;
const PANEL_W = WIDTH / COLUMNS;
const HEADER = 24;
const PLOT_H = 72;
const AXIS = 22;
const GAP = 14;
const PANEL_H = HEADER + PLOT_H + AXIS + GAP;
const LEGEND_ROW = 22;

function marker(kind: string, x: number, y: number, fill: string): string {
  if (kind === 'circle') return el('circle', { cx: x, cy: y, r: 2.5, fill });
  if (kind === 'square')
    return el('rect', { x: x - 2.2, y: y - 2.2, width: 4.4, height: 4.4, fill });
  const at = (dx: number, dy: number) => `${num(x + dx)} ${num(y + dy)}`;
  const d =
    kind === 'diamond'
      ? `M${at(0, -3)}L${at(3, 0)}L${at(0, 3)}L${at(-3, 0)}Z`
      : `M${at(0, -3)}L${at(3, 2.5)}L${at(-3, 2.5)}Z`;
  return el('path', { d, fill });
}

export function lineMultiplesChart(input: LineMultiplesInput): ChartSpec {
  const id = chartId(input.idPrefix);
  const legendH = input.series.length * LEGEND_ROW + 8;
  const rows = Math.ceil(input.panels.length / COLUMNS);
  const height = legendH + rows * PANEL_H;
  const years = input.years;
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 0;
  const values = input.panels.flatMap((p) =>
    p.lines.flatMap((l) => l.flatMap((q) => (q.value === undefined ? [] : [q.value]))),
  );
  const [lo, hi] = indexDomain(values, 60);

  let body = `<g font-size="${FONT.small}">`;
  input.series.forEach((s, i) => {
    const style = LINE_STYLES[i % LINE_STYLES.length]!;
    const y = 12 + i * LEGEND_ROW;
    body +=
      el('path', {
        d: `M2 ${y}h26`,
        stroke: style.stroke,
        'stroke-width': style.width,
        'stroke-dasharray': style.dash,
      }) +
      marker(style.marker, 15, y, style.stroke) +
      el('text', { x: 34, y: y + 5 }, escapeXml(s.label));
  });
  input.panels.forEach((panel, i) => {
    const left = (i % COLUMNS) * PANEL_W;
    const top = legendH + Math.floor(i / COLUMNS) * PANEL_H;
    body += drawPanel(panel, left, top);
  });
  body += '</g>';

  function drawPanel(panel: MultiPanel, left: number, top: number): string {
    const { markup, x, y, path } = panelFrame({
      label: panel.label,
      left,
      top,
      width: PANEL_W,
      header: HEADER,
      plotHeight: PLOT_H,
      first,
      last,
      lo,
      hi,
      years,
      markYear: input.markYear,
    });
    let out = markup;
    // The first series (the municipality) is drawn last, on top.
    for (let i = panel.lines.length - 1; i >= 0; i--) {
      const style = LINE_STYLES[i % LINE_STYLES.length]!;
      const breaks = [...(panel.breaks ?? []), ...(input.series[i]?.breaks ?? [])];
      for (const run of splitRuns(panel.lines[i]!, (p) => p.value !== undefined, breaks)) {
        if (run.length > 1) {
          out += el('path', {
            d: path(run) ?? '',
            fill: 'none',
            stroke: style.stroke,
            'stroke-width': style.width,
            'stroke-dasharray': style.dash,
          });
        }
        for (const p of run) out += marker(style.marker, x(p.year), y(p.value!), style.stroke);
      }
    }
    return out;
  }

  const alt =
    `${input.summary} ${formatInteger(input.panels.length)} små diagram med samma skala, ` +
    `${formatIndex(lo)}–${formatIndex(hi)}, ${first}–${last}, med en linje var för ` +
    `${input.series.map((s) => s.label).join(', ')}. Siffrorna finns i tabellen.`;
  return {
    id,
    title: input.title,
    subtitle: input.subtitle,
    alt,
    table: {
      caption: input.subtitle,
      columns: [input.panelColumn, ...years.map(String)],
      rows: input.panels.flatMap((p) =>
        p.lines.map((l, i) => [
          `${p.label}: ${input.series[i]?.label ?? ''}`,
          ...years.map((yr) => {
            const v = l.find((q) => q.year === yr)?.value;
            return v === undefined ? '–' : formatIndex(v);
          }),
        ]),
      ),
    },
    svg: svgDocument({ id, width: WIDTH, height, title: input.title, desc: alt, body }),
    width: WIDTH,
    height,
  };
}

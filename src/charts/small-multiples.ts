/**
 * Chart 7: small multiples, one small line chart per panel on a shared scale, two panels a row
 * so the text stays readable on a phone. Used for each area's history on a municipality's page
 * (the municipality and the computed national mean) and for a county's municipalities over time
 * (each municipality and the county's mean). Lines stop at a series break as in the trend chart.
 */
import { el } from './draw';
import { panelFrame } from './panel-frame';
import { escapeXml } from '../lib/xml';
import { formatIndex, formatInteger } from './format';
import { indexDomain } from './axis';
import { splitRuns } from './series';
import { chartId, FONT, svgDocument, type ChartSpec } from './spec';

export interface PanelPoint {
  year: number;
  value?: number;
}

export interface Panel {
  /** "Bygglov", "Kalix". */
  label: string;
  points: PanelPoint[];
  /** The comparison line (national or county mean), same years; one array shared by all
   * panels is one row in the table. */
  reference?: PanelPoint[];
  /** First years of new series for this panel only, added to the chart's. */
  breaks?: number[];
}

export interface SmallMultiplesInput {
  idPrefix: string;
  title: string;
  subtitle: string;
  /** The opening sentence of the text alternative. */
  summary: string;
  /** Legend names: "Kalix kommun", "Rikets genomsnitt (beräknat)". */
  lineLabel: string;
  referenceLabel: string;
  /** Every year on the x axis, ascending. */
  years: number[];
  panels: Panel[];
  seriesBreaks?: number[];
  /** The year the page is about, shaded in every panel. */
  markYear?: number;
  /** Table column for the panel label: "Område", "Kommun". */
  panelColumn: string;
}

const WIDTH = 400;
const COLUMNS = 2;
const PANEL_W = WIDTH / COLUMNS;
const HEADER = 24;
const PLOT_H = 64;
const AXIS = 22;
const GAP = 14;
const PANEL_H = HEADER + PLOT_H + AXIS + GAP;
const LEGEND = 48;
const LINE = '#0072B2';
const REFERENCE = '#1a1a1a';

export function smallMultiplesChart(input: SmallMultiplesInput): ChartSpec {
  const id = chartId(input.idPrefix);
  const rows = Math.ceil(input.panels.length / COLUMNS);
  const height = LEGEND + rows * PANEL_H;
  const years = input.years;
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 0;
  const values = input.panels.flatMap((p) =>
    [...p.points, ...(p.reference ?? [])].flatMap((q) => (q.value === undefined ? [] : [q.value])),
  );
  const [lo, hi] = indexDomain(values, 60);
  const breaks = input.seriesBreaks ?? [];

  let body = `<g font-size="${FONT.small}">` + legend(input.lineLabel, input.referenceLabel);
  input.panels.forEach((panel, i) => {
    const left = (i % COLUMNS) * PANEL_W;
    const top = LEGEND + Math.floor(i / COLUMNS) * PANEL_H;
    body += drawPanel(panel, left, top);
  });
  body += '</g>';

  function drawPanel(panel: Panel, left: number, top: number): string {
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
    const runs = (points: PanelPoint[]) => splitRuns(points, (p) => p.value !== undefined, breaks);
    for (const run of runs(panel.reference ?? [])) {
      if (run.length > 1) {
        out += el('path', {
          d: path(run) ?? '',
          fill: 'none',
          stroke: REFERENCE,
          'stroke-width': 1.5,
          'stroke-dasharray': '4 3',
        });
      }
    }
    for (const run of runs(panel.points)) {
      if (run.length > 1) {
        out += el('path', { d: path(run) ?? '', fill: 'none', stroke: LINE, 'stroke-width': 2.5 });
      }
      for (const p of run)
        out += el('circle', { cx: x(p.year), cy: y(p.value!), r: 2.5, fill: LINE });
    }
    return out;
  }

  const measuredPanels = input.panels.filter((p) => p.points.some((q) => q.value !== undefined));
  const alt =
    `${input.summary} ${formatInteger(input.panels.length)} små diagram med samma skala, ` +
    `${formatIndex(lo)}–${formatIndex(hi)}, ${first}–${last}. ` +
    `${formatInteger(measuredPanels.length)} av dem har minst ett värde. Siffrorna finns i tabellen.`;
  return {
    id,
    title: input.title,
    subtitle: input.subtitle,
    alt,
    table: {
      caption: input.subtitle,
      columns: [input.panelColumn, ...years.map(String)],
      rows: tableRows(input),
    },
    svg: svgDocument({ id, width: WIDTH, height, title: input.title, desc: alt, body }),
    width: WIDTH,
    height,
  };
}

/** One line each, so long names never run into each other. */
function legend(lineLabel: string, referenceLabel: string): string {
  return (
    el('path', { d: 'M2 11h22', stroke: LINE, 'stroke-width': 2.5 }) +
    el('text', { x: 30, y: 16 }, escapeXml(lineLabel)) +
    el('path', {
      d: 'M2 33h22',
      stroke: REFERENCE,
      'stroke-width': 1.5,
      'stroke-dasharray': '4 3',
    }) +
    el('text', { x: 30, y: 38 }, escapeXml(referenceLabel))
  );
}

/** A row per panel, then its reference; a reference shared by all panels comes once, last. */
function tableRows(input: SmallMultiplesInput): string[][] {
  const byYear = (points: PanelPoint[] | undefined) =>
    input.years.map((yr) => {
      const v = points?.find((q) => q.year === yr)?.value;
      return v === undefined ? '–' : formatIndex(v);
    });
  const shared = input.panels.every((p) => p.reference === input.panels[0]?.reference);
  const rows = input.panels.flatMap((p) => {
    const own = [p.label, ...byYear(p.points)];
    return p.reference && !shared
      ? [own, [`${p.label}: ${input.referenceLabel.toLowerCase()}`, ...byYear(p.reference)]]
      : [own];
  });
  const common = input.panels[0]?.reference;
  if (shared && common) rows.push([input.referenceLabel, ...byYear(common)]);
  return rows;
}

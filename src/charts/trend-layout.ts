/**
 * Layout of the NKI trend chart: scales, grade bands, line runs and the break markers, in
 * user units of a 400-wide viewBox. No text is written here; `trend.ts` renders.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Grade } from '../lib/model';
import { indexDomain, yearTicks } from './axis';
import { GRADE_STYLES, type GradeStyle } from './grades';
import { breaksWithin, splitRuns } from './series';

export interface TrendPoint {
  year: number;
  /** The unit's unrounded index; absent for a year without a result (drawn as a gap). */
  value?: number;
  /** The unit's grade, when the caller has it; otherwise derived from the published value. */
  grade?: Grade;
  /** The national average that year, unrounded; absent where none is known. */
  national?: number;
  /** The median of the unit's kommungrupp that year, unrounded; absent without a group. */
  peers?: number;
}

export interface TrendInput {
  /** Makes the SVG's ids unique on the page: "kalix-2021-trend". */
  idPrefix: string;
  /** As in running text: "Kalix kommun". */
  unitName: string;
  /** "NKI" (default) or "NUI". */
  measure?: string;
  /** Every survey year to show, ascending; a year the unit lacks is a point without value. */
  points: TrendPoint[];
  /** First year of each new series, e.g. [2015, 2024]; lines do not join across them. */
  seriesBreaks?: number[];
  /**
   * Years from which the unit's kommungrupp is another group (a new grouping, or a move): the
   * group's median line does not join across them.
   */
  peerBreaks?: number[];
  /** Overrides the generated title. */
  title?: string;
  /**
   * The year the page is about: the title states that year's value and the chart marks it.
   * Without it, the latest year with a value.
   */
  markYear?: number;
}

export interface PlacedBand {
  style: GradeStyle;
  /** Top and bottom edge, y. */
  y0: number;
  y1: number;
}

export interface PlacedTrend {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  x: (year: number) => number;
  y: (value: number) => number;
  bands: PlacedBand[];
  yTicks: number[];
  xTicks: number[];
  /** SVG path data, one entry per run; a run of a single point is a short level dash. */
  unitPaths: string[];
  nationalPaths: string[];
  peerPaths: string[];
  dots: { year: number; x: number; y: number; value: number }[];
  /** x of each break marker, with the first year of the new series. */
  breaks: { x: number; year: number }[];
}

export const TREND_WIDTH = 400;
export const TREND_HEIGHT = 280;
const MARGIN = { top: 44, right: 40, bottom: 30, left: 34 };

/** Places every mark of the trend chart. Deterministic: same input, same geometry. */
export function layoutTrend(input: TrendInput): PlacedTrend {
  const points = [...input.points].sort((a, b) => a.year - b.year);
  const breaks = input.seriesBreaks ?? [];
  const years = points.map((p) => p.year);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  const plot = {
    left: MARGIN.left,
    right: TREND_WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: TREND_HEIGHT - MARGIN.bottom,
  };
  // A single year still gets a readable axis: centre it.
  const xDomain = first === last ? [first - 1, last + 1] : [first, last];
  const x = scaleLinear()
    .domain(xDomain)
    .range([plot.left + 10, plot.right - 6]);
  const values = points.flatMap((p) => [p.value, p.national, p.peers]).filter(isNumber);
  const [lo, hi] = indexDomain(values, 50);
  const y = scaleLinear().domain([lo, hi]).range([plot.bottom, plot.top]);

  const bands = GRADE_STYLES.map((style, i) => {
    const upper = i === 0 ? hi : GRADE_STYLES[i - 1]!.min;
    return { style, y0: y(upper), y1: y(Math.max(style.min, lo)) };
  }).filter((b) => b.y1 > b.y0);

  const path = line<[number, number]>().digits(1);
  // A run of one point becomes a short level dash, so a lone year still shows.
  const pathsOf = (key: 'value' | 'national' | 'peers', cuts = breaks) =>
    splitRuns(points, (p) => p[key] !== undefined, cuts).map((run) =>
      run.length === 1
        ? (path([
            [x(run[0]!.year) - 7, y(run[0]![key]!)],
            [x(run[0]!.year) + 7, y(run[0]![key]!)],
          ]) ?? '')
        : (path(run.map((p) => [x(p.year), y(p[key]!)])) ?? ''),
    );

  return {
    width: TREND_WIDTH,
    height: TREND_HEIGHT,
    plot,
    x,
    y,
    bands,
    yTicks: [lo, ...GRADE_STYLES.map((s) => s.min).filter((m) => m > lo), hi].sort((a, b) => a - b),
    xTicks: yearTicks(years, x, 46),
    unitPaths: pathsOf('value'),
    nationalPaths: pathsOf('national'),
    peerPaths: pathsOf('peers', [...breaks, ...(input.peerBreaks ?? [])]),
    dots: points.flatMap((p) =>
      p.value === undefined ? [] : [{ year: p.year, x: x(p.year), y: y(p.value), value: p.value }],
    ),
    breaks: breaksWithin(years, breaks).map((b) => ({ x: x(b), year: b + 0.5 })),
  };
}

function isNumber(v: number | undefined): v is number {
  return v !== undefined;
}

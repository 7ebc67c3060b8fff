/**
 * Layout of the places-over-time chart. The axis is inverted (place 1 at the top, as readers
 * of a ranking expect); years without a place get their own lane under the plot, labelled, so
 * that "not ranked" is never mistaken for missing data or a fall to the bottom.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { yearTicks } from './axis';
import { breaksWithin, splitRuns } from './series';

export type PlacePoint =
  | {
      year: number;
      kind: 'ranked';
      place: number;
      /** SKR's own placement, or computed here (drawn hollow, domain §4). */
      basis: 'official' | 'computed';
      outOf?: number;
    }
  /** Took part but had no place; `reason` is short Swedish: "för få svar". */
  | { year: number; kind: 'not-ranked'; reason?: string };

export interface PlacesInput {
  idPrefix: string;
  unitName: string;
  /** What the ranking is: "den nationella NKI-rankningen" (default). */
  ranking?: string;
  points: PlacePoint[];
  seriesBreaks?: number[];
  title?: string;
}

export interface PlacedPlaces {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The y of the "ej rankad" lane. */
  laneY: number;
  x: (year: number) => number;
  y: (place: number) => number;
  yTicks: number[];
  xTicks: number[];
  paths: string[];
  ranked: { year: number; x: number; y: number; place: number; hollow: boolean; label: boolean }[];
  notRanked: { year: number; x: number }[];
  breaks: { x: number; year: number }[];
}

export const PLACES_WIDTH = 400;
export const PLACES_HEIGHT = 290;

/** Places every mark; place 1 gets the smallest y. */
export function layoutPlaces(input: PlacesInput): PlacedPlaces {
  const points = [...input.points].sort((a, b) => a.year - b.year);
  const years = points.map((p) => p.year);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  const plot = { left: 58, right: PLACES_WIDTH - 24, top: 44, bottom: PLACES_HEIGHT - 64 };
  const laneY = plot.bottom + 24;
  const ranked = points.filter((p) => p.kind === 'ranked');
  const deepest = Math.max(1, ...ranked.flatMap((p) => [p.place, p.outOf ?? 0]));
  // Round the bottom of the axis up to a multiple of 50 so the ticks are round.
  const bottomPlace = Math.max(50, Math.ceil(deepest / 50) * 50);
  const x = scaleLinear()
    .domain(first === last ? [first - 1, last + 1] : [first, last])
    .range([plot.left + 12, plot.right - 12]);
  const y = scaleLinear().domain([1, bottomPlace]).range([plot.top, plot.bottom]);
  const step = bottomPlace <= 100 ? 25 : bottomPlace <= 200 ? 50 : 100;
  const yTicks = [1];
  for (let t = step; t <= bottomPlace; t += step) yTicks.push(t);

  // Label every place when there are few; otherwise the first, the best and the latest.
  const best = ranked.reduce<(typeof ranked)[number] | undefined>(
    (b, p) => (b === undefined || p.place < b.place ? p : b),
    undefined,
  );
  const labelled = (p: (typeof ranked)[number]) =>
    ranked.length <= 7 || p === ranked[0] || p === best || p === ranked[ranked.length - 1];

  const path = line<[number, number]>().digits(1);
  const breaks = input.seriesBreaks ?? [];
  return {
    width: PLACES_WIDTH,
    height: PLACES_HEIGHT,
    plot,
    laneY,
    x,
    y,
    yTicks,
    xTicks: yearTicks(years, x, 46),
    paths: splitRuns(points, (p) => p.kind === 'ranked', breaks)
      .filter((run) => run.length > 1)
      .map((run) => path(run.map((p) => [x(p.year), y(placeOf(p))])) ?? ''),
    ranked: ranked.map((p) => ({
      year: p.year,
      x: x(p.year),
      y: y(p.place),
      place: p.place,
      hollow: p.basis === 'computed',
      label: labelled(p),
    })),
    notRanked: points
      .filter((p) => p.kind === 'not-ranked')
      .map((p) => ({ year: p.year, x: x(p.year) })),
    breaks: breaksWithin(years, breaks).map((b) => ({ x: x(b), year: b + 0.5 })),
  };
}

function placeOf(p: PlacePoint): number {
  return p.kind === 'ranked' ? p.place : 0;
}

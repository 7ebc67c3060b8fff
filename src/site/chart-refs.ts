/**
 * Which chart a ChartSpec id names on a unit's pages, and the year it is pinned to. Every chart
 * is embedded and downloaded as it looks in one year: a year's chart (areas) as that year's, a
 * chart over the years (NKI trend) as it stood in that year, so an embed address or a file name,
 * once published, keeps meaning the same picture when later years are added.
 */
import type { Unit } from '../lib/model';

/** Charts drawn for one unit in one year. */
export const YEAR_CHART_KEYS = ['areas', 'factors', 'distribution'] as const;
/** Charts drawn for one unit over its years, up to and including a year. */
export const UNIT_CHART_KEYS = ['nki-trend', 'places', 'nui-trend'] as const;

export type ChartKey = (typeof YEAR_CHART_KEYS)[number] | (typeof UNIT_CHART_KEYS)[number];

/** One chart of a unit as it stands in `year`. */
export interface ChartRef {
  unit: Unit;
  year: number;
  key: ChartKey;
}

/** The key's part of a download's file name, in Swedish: "kalix-2021-omraden.png". */
const FILE_WORDS: Record<ChartKey, string> = {
  areas: 'omraden',
  factors: 'faktorer',
  distribution: 'fordelning',
  'nki-trend': 'nki-over-tid',
  places: 'placering-over-tid',
  'nui-trend': 'nui-over-tid',
};

/**
 * The chart a ChartSpec id names: "kalix-2021-areas" → 2021, "areas"; "kalix-2021-nki-trend" →
 * the trend as it stood in 2021; "kalix-nki-trend" → the trend as it stands in `year` (the latest
 * year of the unit page it is shown on). Undefined for an id that
 * is not one of the unit's charts (a map, another unit's chart).
 */
export function chartRefOf(unit: Unit, id: string, year: number): ChartRef | undefined {
  const prefix = `${unit.slug}-`;
  if (!id.startsWith(prefix)) return undefined;
  const rest = id.slice(prefix.length);
  const unitKey = UNIT_CHART_KEYS.find((k) => rest === k);
  if (unitKey) return { unit, year, key: unitKey };
  const match = /^(\d{4})-(.+)$/.exec(rest);
  // A year's own chart, or a trend with its year marked ("kalix-2021-nki-trend").
  const key = match && [...YEAR_CHART_KEYS, ...UNIT_CHART_KEYS].find((k) => match[2] === k);
  return match && key ? { unit, year: Number(match[1]), key } : undefined;
}

/** "kalix-2021-omraden": the name of the chart's SVG and PNG files, without the extension. */
export const chartFileName = (ref: ChartRef) =>
  `${ref.unit.slug}-${ref.year}-${FILE_WORDS[ref.key]}`;

/**
 * Which chart a ChartSpec id names on a unit's pages, and the year it is pinned to. Every chart
 * is embedded and downloaded as it looks in one year: a year's chart (areas) as that year's, a
 * chart over the years (NKI trend) as it stood in that year, so an embed address or a file name,
 * once published, keeps meaning the same picture when later years are added.
 */
import type { ChartSpec } from '../charts';
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
 * The chart `chart` is of `unit`, pinned to a year: its own year (a year's chart, or a trend with
 * that year marked), else `year` (the latest year of the unit page it is shown on). Undefined for
 * a chart that is not one of the unit's (a map, another unit's chart, the area history).
 */
export function chartRefOf(unit: Unit, chart: ChartSpec, year: number): ChartRef | undefined {
  const identity = chart.identity;
  if (!identity || identity.unit !== unit.code) return undefined;
  const key = CHART_KEYS.find((k) => k === identity.key);
  return key ? { unit, year: identity.year ?? year, key } : undefined;
}

const CHART_KEYS: readonly ChartKey[] = [...YEAR_CHART_KEYS, ...UNIT_CHART_KEYS];

/** "kalix-2021-omraden": the name of the chart's SVG and PNG files, without the extension. */
export const chartFileName = (ref: ChartRef) =>
  `${ref.unit.slug}-${ref.year}-${FILE_WORDS[ref.key]}`;

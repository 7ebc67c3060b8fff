/**
 * Claims about a measure's results over the years, built alike wherever a page states them: a
 * value, a change, and a series break of NKI totalt with its areas counted on both sides.
 */
import type { Change } from '../lib/model';
import { SERIES_AREAS, seriesOf, type Measure } from '../lib/series';
import type { Claim } from './types';

/** A published value as a claim. */
export function valueClaim(unit: string, measure: Measure, year: number, value: number) {
  return { kind: 'value', unit, measure, year, value } as const;
}

/** A change as a claim, for every text that states one. */
export function changeClaim(unit: string, measure: Measure, c: Change) {
  return {
    kind: 'change',
    unit,
    measure,
    fromYear: c.fromYear,
    toYear: c.toYear,
    from: c.from,
    to: c.to,
    delta: c.delta,
    acrossBreak: c.acrossBreak,
  } as const;
}

/** A series break with NKI totalt's areas counted on both sides ("sex områden mot fem"). */
export type SeriesBreakClaim = Claim & {
  kind: 'series-break';
  areas: { from: number; to: number };
};

/** The series break between two years of NKI totalt, with each side's number of areas. */
export function seriesBreakClaim(unit: string, fromYear: number, toYear: number): SeriesBreakClaim {
  const areas = {
    from: SERIES_AREAS[seriesOf(fromYear)].length,
    to: SERIES_AREAS[seriesOf(toYear)].length,
  };
  return { kind: 'series-break', unit, fromYear, toYear, areas };
}

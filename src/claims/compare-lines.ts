/**
 * The comparison lines of the comparison pages, per measure and data year: the kommungrupp's
 * median (the grouping the year uses, among the group's municipalities with a shown value), the
 * county's mean (lib/means.ts, as the county pages compute it) and the country's value (SKR's
 * average for NKI and NUI where the file states it, else computed; the municipalities' computed
 * mean for an area, lib/means.ts, as on the unit pages). Each is computed once per build and
 * measure, not once per page. The stories are in compare.ts and compare-picker.ts.
 */
import type { AreaId } from '../lib/areas';
import { areaMean, countyMean } from '../lib/means';
import type { Average, Derived, Score, UnitYear } from '../lib/model';
import { median, peerGroupOf, peerGroupingFor, peerMembers } from '../lib/peers';
import { NUI_FROM } from '../lib/rules';
import { crossesBreak, type Measure } from '../lib/series';

/** The shown score of a measure in a unit-year; undefined when the row has no such area. */
export function scoreOf(uy: UnitYear | undefined, measure: Measure): Score | undefined {
  if (!uy) return undefined;
  if (measure === 'nki') return uy.nki;
  if (measure === 'nui') return uy.year >= NUI_FROM ? uy.nui : undefined;
  return uy.areas.find((a) => a.area === measure)?.score;
}

/** The measured value of a measure in a unit-year, unrounded. */
export function valueOf(uy: UnitYear | undefined, measure: Measure): number | undefined {
  const s = scoreOf(uy, measure);
  return s?.kind === 'measured' ? s.value : undefined;
}

/** First years of a new series for `measure` among the data years (where its lines stop). */
export function measureBreaks(derived: Derived, measure: Measure): number[] {
  const years = derived.years.map((y) => y.year);
  return years.filter((y, i) => i > 0 && crossesBreak(measure, years[i - 1]!, y));
}

const caches = new WeakMap<Derived, Map<string, unknown>>();

function once<T>(derived: Derived, key: string, compute: () => T): T {
  let cache = caches.get(derived);
  if (!cache) caches.set(derived, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}

/** The kommungrupp of a municipality in a data year, with its median of `measure`. */
export interface GroupPoint {
  edition: number;
  code: string;
  name: string;
  /** Municipalities of the group with a shown value that year. */
  withValue: number;
  median?: number;
}

/** The group's median of `measure` in `year`; undefined in years without a grouping. */
export function groupMedian(
  derived: Derived,
  unitCode: string,
  year: number,
  measure: Measure,
): GroupPoint | undefined {
  const grouping = peerGroupingFor(derived.dataset.reference, year);
  const group = grouping && peerGroupOf(grouping, unitCode);
  if (!grouping || !group) return undefined;
  return once(derived, `group:${grouping.edition}:${group.code}:${year}:${measure}`, () => {
    const members = once(derived, `members:${grouping.edition}:${group.code}`, () =>
      peerMembers(grouping, group.code),
    );
    const values = members.flatMap(
      (code) => valueOf(derived.byUnitYear.get(`${code}:${year}`), measure) ?? [],
    );
    const point: GroupPoint = {
      edition: grouping.edition,
      code: group.code,
      name: group.name,
      withValue: values.length,
    };
    const m = median(values);
    if (m !== undefined) point.median = m;
    return point;
  });
}

/** The mean of the county's municipalities' shown values (computed, as on the county pages). */
export function countyLine(
  derived: Derived,
  countyCode: string,
  year: number,
  measure: Measure,
): number | undefined {
  return once(derived, `county:${countyCode}:${year}:${measure}`, () =>
    countyMean(derived, countyCode, year, (uy) => scoreOf(uy, measure)),
  );
}

/** The country's value: SKR's average (or computed) for NKI and NUI, the computed mean of an area. */
export function countryValue(
  derived: Derived,
  year: number,
  measure: Measure,
): Average | undefined {
  const summary = derived.years.find((y) => y.year === year);
  if (!summary) return undefined;
  if (measure === 'nki') return summary.nkiAverage;
  if (measure === 'nui') return year >= NUI_FROM ? summary.nuiAverage : undefined;
  const area: AreaId = measure;
  const value = areaMean(derived, area, year).mean;
  return value === undefined ? undefined : { value, basis: 'computed' };
}

/**
 * Means computed here, not SKR's: of a county's municipalities and of an area's. Derived facts
 * for the home page's county table and the area pages (src/claims/home.ts, src/claims/area.ts),
 * in one home so a page does not re-derive them; the verifier recomputes them on its own.
 */
import type { AreaId } from './areas';
import type { Derived, Score, UnitYear } from './model';

function mean(values: readonly number[]): number | undefined {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : undefined;
}

const measured = (s: Score | undefined) => (s?.kind === 'measured' ? [s.value] : []);

/** The municipalities of a county with a result in `year`, in the records' order. */
export function countyUnits(derived: Derived, countyCode: string, year: number): UnitYear[] {
  return derived.records.flatMap((r) =>
    r.years.filter(
      (y) => y.year === year && y.unit.kind === 'kommun' && y.unit.countyCode === countyCode,
    ),
  );
}

/** Mean NKI of a county's municipalities with a measured NKI, or undefined without any. */
export function countyMean(derived: Derived, countyCode: string, year: number) {
  return mean(countyUnits(derived, countyCode, year).flatMap((u) => measured(u.nki)));
}

/** An area's score in a unit-year. */
export function areaScore(uy: UnitYear, area: AreaId): Score | undefined {
  return uy.areas.find((a) => a.area === area)?.score;
}

const areaMeans = new WeakMap<Derived, Map<string, { mean?: number; measured: number }>>();

/**
 * Mean of the municipalities' measured values of an area in a year (förbund left out), and how
 * many they are; kept per Derived, as every area page asks for every year.
 */
export function areaMean(
  derived: Derived,
  area: AreaId,
  year: number,
): { mean?: number; measured: number } {
  let cache = areaMeans.get(derived);
  if (!cache) areaMeans.set(derived, (cache = new Map()));
  const key = `${area}:${year}`;
  let found = cache.get(key);
  if (!found) {
    const values = derived.records.flatMap((r) => {
      if (r.unit.kind !== 'kommun') return [];
      const uy = derived.byUnitYear.get(`${r.unit.code}:${year}`);
      return uy ? measured(areaScore(uy, area)) : [];
    });
    found = { mean: mean(values), measured: values.length };
    cache.set(key, found);
  }
  return found;
}

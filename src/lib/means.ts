/**
 * Means computed here, not SKR's: of a county's municipalities and of the country's, for NKI, an
 * area or a factor. The one home of computed means: the home page's county table and the area
 * pages (src/claims/home.ts, src/claims/area.ts), the comparison pages (src/claims/compare.ts)
 * and the charts' national means (src/claims/chart-means.ts) read them here, so a page does not
 * re-derive them; the verifier recomputes them on its own.
 */
import type { AreaId, FactorId } from './areas';
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

/**
 * Mean of `pick` (by default NKI) over a county's municipalities with a measured value, or
 * undefined without any.
 */
export function countyMean(
  derived: Derived,
  countyCode: string,
  year: number,
  pick: (uy: UnitYear) => Score | undefined = (uy) => uy.nki,
): number | undefined {
  return mean(countyUnits(derived, countyCode, year).flatMap((u) => measured(pick(u))));
}

/** An area's score in a unit-year. */
export function areaScore(uy: UnitYear, area: AreaId): Score | undefined {
  return uy.areas.find((a) => a.area === area)?.score;
}

/** A factor's score in a unit-year. */
export function factorScore(uy: UnitYear, factor: FactorId): Score | undefined {
  return uy.factors.find((f) => f.factor === factor)?.score;
}

type Mean = { mean?: number; measured: number };
const kept = new WeakMap<Derived, Map<string, Mean>>();

/**
 * Mean of the municipalities' measured values of `pick` in a year (förbund left out), and how
 * many they are; kept per Derived under `key`, as every page asks for every year.
 */
function kommunMean(
  derived: Derived,
  key: string,
  year: number,
  pick: (uy: UnitYear) => Score | undefined,
): Mean {
  let cache = kept.get(derived);
  if (!cache) kept.set(derived, (cache = new Map()));
  const id = `${key}:${year}`;
  let found = cache.get(id);
  if (!found) {
    const values = derived.records.flatMap((r) => {
      if (r.unit.kind !== 'kommun') return [];
      const uy = derived.byUnitYear.get(`${r.unit.code}:${year}`);
      return uy ? measured(pick(uy)) : [];
    });
    found = { mean: mean(values), measured: values.length };
    cache.set(id, found);
  }
  return found;
}

/** Mean of the municipalities' measured values of an area in a year, and how many they are. */
export function areaMean(derived: Derived, area: AreaId, year: number): Mean {
  return kommunMean(derived, `area:${area}`, year, (uy) => areaScore(uy, area));
}

/** Mean of the municipalities' measured values of a factor in a year, and how many they are. */
export function factorMean(derived: Derived, factor: FactorId, year: number): Mean {
  return kommunMean(derived, `factor:${factor}`, year, (uy) => factorScore(uy, factor));
}

/**
 * The computed national means the unit pages' charts draw beside a unit's values (the area bars,
 * the factors, each area over the years): the municipalities' mean of an area or a factor in a
 * year, from lib/means.ts, handed to src/site/chart-data.ts as a view input so the charts'
 * adapters compute no fact of their own.
 */
import type { AreaId, FactorId } from '../lib/areas';
import { areaMean, factorMean } from '../lib/means';
import type { Derived } from '../lib/model';

export interface NationalMeans {
  area(year: number, area: AreaId): number | undefined;
  factor(year: number, factor: FactorId): number | undefined;
}

/** The municipalities' computed means of `derived`, read on demand (and kept in lib/means.ts). */
export function nationalMeans(derived: Derived): NationalMeans {
  return {
    area: (year, area) => areaMean(derived, area, year).mean,
    factor: (year, factor) => factorMean(derived, factor, year).mean,
  };
}

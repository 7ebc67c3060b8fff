/**
 * The computed means the charts draw beside a unit's values: the municipalities' mean of an area
 * or a factor in a year (the area bars, the factors, each area over the years) and a county's
 * mean NKI (its municipalities over the years), from lib/means.ts, handed to src/site/chart-data.ts
 * and chart-history.ts as a view input so the charts' adapters compute no fact of their own.
 */
import type { AreaId, FactorId } from '../lib/areas';
import { areaMean, countyMean, factorMean } from '../lib/means';
import type { Derived } from '../lib/model';

export interface ChartMeans {
  area(year: number, area: AreaId): number | undefined;
  factor(year: number, factor: FactorId): number | undefined;
  countyNki(year: number, countyCode: string): number | undefined;
}

/** The computed means of `derived`, read on demand (areas and factors kept in lib/means.ts). */
export function chartMeans(derived: Derived): ChartMeans {
  return {
    area: (year, area) => areaMean(derived, area, year).mean,
    factor: (year, factor) => factorMean(derived, factor, year).mean,
    countyNki: (year, countyCode) => countyMean(derived, countyCode, year),
  };
}

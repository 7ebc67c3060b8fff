/**
 * Which areas exist in a year and who may be ranked, as the generator applies it when it writes
 * official placements. The rules mirror the domain notes §4 and src/lib/eligibility.ts (2021
 * rules from 2021, the 2017 rules before); the data keeps clear of the borderline cases where the
 * two readings of "average response rate" could disagree.
 */
import { AREA_IDS, type AreaId } from '../../src/lib/areas';

/** Areas a unit could report in `year` (livsmedel was part of miljö- och hälsoskydd until 2014). */
export function areasOfYear(year: number): AreaId[] {
  if (year >= 2024) return [...AREA_IDS];
  return AREA_IDS.slice(0, 6).filter((a) => year >= 2015 || a !== 'livsmedelskontroll');
}

/** Areas whose answers make up NKI totalt in `year` (domain notes §2). */
export function nkiAreas(year: number): AreaId[] {
  if (year >= 2024) return mandatoryAreas(year);
  return areasOfYear(year).slice(0, 6);
}

/** Areas a municipality must have cases in to be ranked on NKI totalt. */
export function mandatoryAreas(year: number): AreaId[] {
  if (year >= 2021) {
    return ['bygglov', 'miljo-och-halsoskydd', 'livsmedelskontroll', 'serveringstillstand'];
  }
  return year >= 2015
    ? ['bygglov', 'miljo-och-halsoskydd', 'livsmedelskontroll']
    : ['bygglov', 'miljo-och-halsoskydd'];
}

/** Fewest answers for a place in an area ranking. */
export function minAreaAnswers(year: number): number {
  return year >= 2021 ? 10 : 12;
}

/** Fewer answers than this and the value is not shown at all. */
export const MIN_SHOWN = 7;

/** What the eligibility test needs to know about one unit-year. */
export interface EligibilityInput {
  year: number;
  kind: 'kommun' | 'forbund';
  answers: number;
  areas: Partial<Record<AreaId, { answers: number; rate: number }>>;
}

/** True when a municipality qualifies for the NKI totalt ranking (rates in percent). */
export function nkiEligible(unit: EligibilityInput): boolean {
  if (unit.kind !== 'kommun' || unit.answers < MIN_SHOWN) return false;
  const results = mandatoryAreas(unit.year).map((a) => unit.areas[a]);
  const present = results.filter((r) => r !== undefined);
  if (present.length < results.length) return false;
  const meanRate = present.reduce((sum, r) => sum + r.rate, 0) / present.length;
  if (meanRate < 40) return false;
  if (unit.year >= 2021) {
    return unit.answers >= 20 && present.every((r) => r.rate >= 30);
  }
  return present.every((r) => r.answers >= 12);
}

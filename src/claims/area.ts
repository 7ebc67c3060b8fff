/**
 * What an area page (/omrade/<id>/) may say about a year, as typed claims: how many
 * municipalities have a result for the area and how many are ranked, who is first, and the mean
 * computed here (lib/means.ts). "Bäst" only for SKR's own sole first place in a list of
 * MIN_GROUP_FOR_SUPERLATIVE or more; any other first (shared, or computed) is "högst", with its
 * place said.
 */
import type { AreaId } from '../lib/areas';
import { isSuperlativeRank } from '../lib/comparability';
import { unitsInYear } from '../lib/highlights';
import { areaMean, areaScore } from '../lib/means';
import type { AreaYear, Derived, Unit, UnitYear } from '../lib/model';
import type { ClaimOf } from './types';

export interface AreaPageStory {
  area: AreaId;
  year: number;
  measured: ClaimOf<'count'>;
  ranked: ClaimOf<'count'>;
  /** The municipalities in first place, with their value. */
  first: { unit: Unit; place: ClaimOf<'place'>; value: ClaimOf<'value'> }[];
  /** Set when the first is a sole, official first in a group large enough for "bäst". */
  best?: ClaimOf<'best'>;
  mean: ClaimOf<'area-average'>;
}

/** The claims of an area's page for a year; undefined when no municipality has a result. */
export function areaPageStory(
  derived: Derived,
  area: AreaId,
  year: number,
): AreaPageStory | undefined {
  const { mean, measured } = areaMean(derived, area, year);
  if (mean === undefined) return undefined;
  const kommuner = unitsInYear(derived, year).flatMap((u) => {
    const ay = u.areas.find((a) => a.area === area);
    return u.unit.kind === 'kommun' && ay && ay.score.kind === 'measured' ? [{ u, ay }] : [];
  });
  const ranked = kommuner.filter((e) => e.ay.rank.kind === 'ranked');
  const count = (what: 'area-measured' | 'area-ranked', n: number): ClaimOf<'count'> => ({
    kind: 'count',
    what,
    year,
    area,
    n,
  });
  const first = ranked.flatMap(({ u, ay }) => {
    const score = areaScore(u, area);
    if (ay.rank.kind !== 'ranked' || ay.rank.rank.place !== 1 || score?.kind !== 'measured')
      return [];
    return [
      {
        unit: u.unit,
        place: {
          kind: 'place',
          unit: u.unit.code,
          list: area,
          year,
          rank: ay.rank.rank,
        } as ClaimOf<'place'>,
        value: {
          kind: 'value',
          unit: u.unit.code,
          measure: area,
          year,
          value: score.value,
        } as ClaimOf<'value'>,
      },
    ];
  });
  first.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'sv-SE'));
  const sole = first.length === 1 ? first[0] : undefined;
  const best =
    sole &&
    sole.place.rank.basis === 'official' &&
    isSuperlativeRank(sole.place.rank, ranked.length)
      ? ({
          kind: 'best',
          unit: sole.unit.code,
          list: area,
          year,
          groupSize: ranked.length,
        } as ClaimOf<'best'>)
      : undefined;
  return {
    area,
    year,
    measured: count('area-measured', measured),
    ranked: count('area-ranked', ranked.length),
    first,
    best,
    mean: { kind: 'area-average', area, year, value: mean },
  };
}

/** The area's computed mean and how many municipalities had a result, per data year measured. */
export function areaTrend(
  derived: Derived,
  area: AreaId,
): { year: number; mean: number; measured: number }[] {
  return derived.years.flatMap((y) => {
    const { mean, measured } = areaMean(derived, area, y.year);
    return mean === undefined ? [] : [{ year: y.year, mean, measured }];
  });
}

/** Every unit (municipality or förbund) with a measured result for the area in the year. */
export function areaEntries(
  derived: Derived,
  area: AreaId,
  year: number,
): { u: UnitYear; ay: AreaYear }[] {
  return unitsInYear(derived, year).flatMap((u) => {
    const ay = u.areas.find((a) => a.area === area);
    return ay && ay.score.kind === 'measured' ? [{ u, ay }] : [];
  });
}

/**
 * What the county summary (/lan/<slug>/) may say, as typed claims: who leads the county, the
 * order of the rest, and who took part without a county place. A leader only by a
 * superlative-worthy place (SKR's own or from a complete list, MIN_GROUP_FOR_SUPERLATIVE or more
 * ranked); a county of one or two ranked municipalities (Region Gotland) gets no "bäst", and the
 * in-between year's short list (2015) no county honour and no county order at all.
 */
import { isSuperlativeRank, MIN_GROUP_FOR_SUPERLATIVE } from '../lib/comparability';
import { rankOf, unitsInYear } from '../lib/highlights';
import type { County, Derived, Unit, UnitYear } from '../lib/model';
import { isInBetweenYear } from '../lib/series';
import type { ClaimOf } from './types';

/** A municipality of the county: its county place (when places are told) and its NKI. */
export interface CountyEntry {
  unit: Unit;
  place?: ClaimOf<'place'>;
  value?: ClaimOf<'value'>;
}

export interface CountyStory {
  county: County;
  year: number;
  inBetween: boolean;
  /** The county has municipalities with results this year. */
  participants: number;
  leader?: CountyEntry & { best: ClaimOf<'best'>; ranked: ClaimOf<'count'> };
  /** The ranked after the leader (all ranked when there is none), in county order. */
  rest: CountyEntry[];
  /** Places are told: a county ranking of three or more, outside the in-between year. */
  listPlaces: boolean;
  /** Every place is computed: the text says so once instead of after each place. */
  noted: boolean;
  computedNote?: ClaimOf<'about'>;
  unranked: { unit: Unit; claim: ClaimOf<'not-ranked'> }[];
}

/** The claims of one county and year; throws for an unknown county. */
export function countyStory(derived: Derived, countyCode: string, year: number): CountyStory {
  const county = derived.dataset.reference.counties.find((c) => c.code === countyCode);
  if (!county) throw new Error(`Okänt län: ${countyCode}`);
  const units = unitsInYear(derived, year).filter(
    (u) => u.unit.kind === 'kommun' && u.unit.countyCode === countyCode,
  );
  const ranked = units
    .filter((u) => u.county?.kind === 'ranked')
    .sort((a, b) => place(a) - place(b));
  const first = ranked.filter((u) => place(u) === 1);
  const inBetween = isInBetweenYear(year);
  const leader =
    !inBetween && first.length === 1 && isSuperlativeRank(rankOf(first[0]!.county), ranked.length)
      ? first[0]
      : undefined;
  const listPlaces = !inBetween && ranked.length >= MIN_GROUP_FOR_SUPERLATIVE;
  const noted = ranked.every((u) => rankOf(u.county)?.basis === 'computed');

  const entry = (u: UnitYear): CountyEntry => {
    const rank = rankOf(u.county);
    return {
      unit: u.unit,
      place:
        rank && listPlaces
          ? {
              kind: 'place',
              unit: u.unit.code,
              list: 'county',
              year,
              rank,
              ...(noted && rank.basis === 'computed' ? { noted: true as const } : {}),
            }
          : undefined,
      value:
        u.nki.kind === 'measured'
          ? { kind: 'value', unit: u.unit.code, measure: 'nki', year, value: u.nki.value }
          : undefined,
    };
  };
  return {
    county,
    year,
    inBetween,
    participants: units.length,
    leader: leader && {
      ...entry(leader),
      best: {
        kind: 'best',
        unit: leader.unit.code,
        list: 'county',
        year,
        groupSize: ranked.length,
      },
      ranked: {
        kind: 'count',
        what: 'ranked-in-county',
        year,
        county: countyCode,
        n: ranked.length,
      },
    },
    rest: ranked.filter((u) => u !== leader).map(entry),
    listPlaces,
    noted,
    computedNote:
      listPlaces && noted && ranked.length > 0
        ? { kind: 'about', topic: 'computed-places', year }
        : undefined,
    unranked: units
      .filter((u) => !ranked.includes(u))
      .map((u) => ({
        unit: u.unit,
        claim: {
          kind: 'not-ranked',
          unit: u.unit.code,
          year,
          reason: u.county?.kind === 'not-ranked' ? u.county.reason : 'no-result',
        },
      })),
  };
}

function place(u: UnitYear): number {
  return u.county?.kind === 'ranked' ? u.county.rank.place : Number.POSITIVE_INFINITY;
}

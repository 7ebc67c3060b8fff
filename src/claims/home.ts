/**
 * What the home page (/) may say about the latest data year, as typed claims: the national
 * average and its change from the year before (flagged across a series break), the top ten, the
 * biggest climbers and, per county, its participants, its computed mean and its best. "Bäst i
 * länet" comes only from lib/highlights.ts (MIN_GROUP_FOR_SUPERLATIVE ranked, a sole first from
 * SKR or a complete list), the home every release and the tip sheet share.
 */
import { rankOf, yearHighlights } from '../lib/highlights';
import { countyMean, countyUnits } from '../lib/means';
import type { County, Derived, Unit, UnitYear } from '../lib/model';
import { published } from '../lib/rules';
import { SERIES_AREAS } from '../lib/series';
import type { ClaimOf } from './types';

export interface CountyRow {
  county: County;
  /** Municipalities of the county with a result this year. */
  participants: number;
  /** The computed mean NKI of those with a measured NKI. */
  mean?: number;
  best?: {
    unit: Unit;
    best: ClaimOf<'best'>;
    place: ClaimOf<'place'>;
    value: ClaimOf<'value'>;
  };
}

export interface HomeStory {
  year: number;
  previousYear?: number;
  average?: ClaimOf<'average'>;
  /** The published difference from the year before's average; across a break, with both sizes. */
  averageChange?: {
    delta: number;
    fromYear: number;
    previous: ClaimOf<'average'>;
    acrossBreak?: { fromAreas: number; toAreas: number; claim: ClaimOf<'series-break'> };
  };
  /** NKI totalt has other areas than the year before: places are not compared across it. */
  acrossBreak: boolean;
  /** The top ten of the national list (official and computed places). */
  topTen: UnitYear[];
  /** The largest climbs in the national list from the year before, largest first. */
  climbers: { unit: Unit; move: ClaimOf<'place-change'> }[];
  counties: CountyRow[];
}

/** How many climbers the home page lists. */
const CLIMBERS_SHOWN = 5;

/** The claims of the home page: the latest data year. */
export function homeStory(derived: Derived): HomeStory {
  const summary = derived.years.at(-1);
  if (!summary) throw new Error('Inga resultat');
  const year = summary.year;
  const previous = derived.years.at(-2);
  const h = yearHighlights(derived, year);
  const avg = summary.nkiAverage;
  const acrossBreak = previous !== undefined && previous.series !== summary.series;
  const prevAvg = previous?.nkiAverage;
  return {
    year,
    previousYear: previous?.year,
    average: avg && {
      kind: 'average',
      measure: 'nki',
      year,
      value: avg.value,
      official: avg.basis === 'official',
    },
    averageChange:
      avg && previous && prevAvg
        ? {
            delta: published(avg.value) - published(prevAvg.value),
            fromYear: previous.year,
            previous: {
              kind: 'average',
              measure: 'nki',
              year: previous.year,
              value: prevAvg.value,
              official: prevAvg.basis === 'official',
            },
            acrossBreak: acrossBreak
              ? {
                  fromAreas: SERIES_AREAS[previous.series].length,
                  toAreas: SERIES_AREAS[summary.series].length,
                  claim: { kind: 'series-break', fromYear: previous.year, toYear: year },
                }
              : undefined,
          }
        : undefined,
    acrossBreak,
    topTen: h.ranked.slice(0, 10),
    climbers: h.climbers.slice(0, CLIMBERS_SHOWN).map((u) => ({
      unit: u.unit,
      move: {
        kind: 'place-change',
        unit: u.unit.code,
        list: 'national',
        fromYear: u.placeChange!.fromYear,
        toYear: u.placeChange!.toYear,
        from: u.placeChange!.from,
        to: u.placeChange!.to,
        acrossBreak: false,
      },
    })),
    counties: derived.dataset.reference.counties.map((county) => {
      const best = h.bestInCounty.get(county.code);
      return {
        county,
        participants: countyUnits(derived, county.code, year).length,
        mean: countyMean(derived, county.code, year),
        best:
          best && best.nki.kind === 'measured'
            ? {
                unit: best.unit,
                best: {
                  kind: 'best',
                  unit: best.unit.code,
                  list: 'county',
                  year,
                  groupSize: h.rankedInCounty.get(county.code) ?? 0,
                },
                place: {
                  kind: 'place',
                  unit: best.unit.code,
                  list: 'county',
                  year,
                  rank: rankOf(best.county)!,
                },
                value: {
                  kind: 'value',
                  unit: best.unit.code,
                  measure: 'nki',
                  year,
                  value: best.nki.value,
                },
              }
            : undefined,
      };
    }),
  };
}

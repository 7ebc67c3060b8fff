/**
 * What a comparison page (/kommun/<slug>/jamfor/) may show: the municipality in a year against
 * its kommungrupp (median), its county (mean) and the country, for NKI totalt, each area and NUI,
 * with each change from the year the municipality's own change is measured from, or the reason
 * it is not comparable: never across a series break, nor for the group across a new edition of
 * the kommungrupper. And each measure's four lines over the data years, for the small multiples.
 * The lines are in compare-lines.ts; site/compare-view.ts arranges the story into the page.
 */
import { AREAS } from '../lib/areas';
import { isLastYear, previousDataYear } from '../lib/comparability';
import type { Average, Change, County, Derived, Municipality, Score, UnitYear } from '../lib/model';
import { NUI_FROM, PEER_GROUPINGS, PEERS_FROM, peerEditionFor, published } from '../lib/rules';
import { crossesBreak, SERIES_AREAS, type Measure } from '../lib/series';
import {
  countryValue,
  countyLine,
  groupMedian,
  measureBreaks,
  scoreOf,
  valueOf,
} from './compare-lines';

/** A change on the comparison page, or why there is none ('none': no value or no baseline). */
export type CompareChange =
  | { kind: 'none' }
  | { kind: 'series-break' }
  | { kind: 'new-grouping' }
  /** The difference of the published integers; `yearBefore` when measured from the year before. */
  | { kind: 'change'; delta: number; fromYear: number; yearBefore: boolean };

export type CompareLine = 'unit' | 'group' | 'county' | 'country';

export interface MeasureComparison {
  measure: Measure;
  /** The unit's shown score in the story's year; undefined when the row has no such area. */
  score?: Score;
  /** The changes in the story's year, all from the unit's own baseline. */
  change: Record<CompareLine, CompareChange>;
  /** Each line's value in each of the story's `years` (unrounded; undefined where none). */
  lines: Record<CompareLine, (number | undefined)[]>;
  /** First years of a new series for the measure, where its lines stop. */
  breaks: number[];
}

export interface CompareStory {
  unit: Municipality;
  county?: County;
  year: number;
  /** The data years, for the lines. */
  years: number[];
  /** The kommungrupp in `year`; absent before `peersFrom`. */
  group?: { name: string; edition: number; withNki: number };
  peersFrom: number;
  /** First years of each later edition of the kommungrupper, where the group's line stops. */
  groupingStarts: number[];
  /** Whether the country's NKI in `year` is SKR's own average or computed here. */
  countryNkiBasis?: Average['basis'];
  measures: MeasureComparison[];
}

/** The measures of the comparison: NKI, the year's areas (and any other it has), NUI where present. */
export function compareMeasures(derived: Derived, uy: UnitYear): Measure[] {
  const areas = AREAS.filter(
    (a) =>
      SERIES_AREAS[uy.series].includes(a.id) ||
      uy.areas.some((x) => x.area === a.id && x.score.kind === 'measured'),
  ).map((a) => a.id);
  const nui =
    valueOf(uy, 'nui') !== undefined || countryValue(derived, uy.year, 'nui') !== undefined;
  return ['nki', ...areas, ...(nui ? ['nui' as const] : [])];
}

/** The derived change of a measure (from the unit's previous year with a value), if any. */
function ownChange(uy: UnitYear, measure: Measure): Change | undefined {
  if (measure === 'nki') return uy.nkiChange;
  if (measure === 'nui')
    return uy.nuiChange && uy.nuiChange.fromYear >= NUI_FROM ? uy.nuiChange : undefined;
  return uy.areas.find((a) => a.area === measure)?.change;
}

const changed = (delta: number, fromYear: number, year: number): CompareChange => ({
  kind: 'change',
  delta,
  fromYear,
  yearBefore: isLastYear(fromYear, year),
});

/** The change of a comparison line from `base` to `year`, or why there is none. */
function lineChange(
  measure: Measure,
  base: number | undefined,
  year: number,
  at: (y: number) => number | undefined,
  sameGrouping = true,
): CompareChange {
  if (base === undefined) return { kind: 'none' };
  if (crossesBreak(measure, base, year)) return { kind: 'series-break' };
  if (!sameGrouping) return { kind: 'new-grouping' };
  const from = at(base);
  const to = at(year);
  if (from === undefined || to === undefined) return { kind: 'none' };
  return changed(published(to) - published(from), base, year);
}

/**
 * The comparison of `unit` in `requested` (by default the newest year it has a result);
 * undefined when it has no result that year.
 */
export function compareStory(
  derived: Derived,
  unit: Municipality,
  requested?: number,
): CompareStory | undefined {
  const record = derived.records.find((r) => r.unit.code === unit.code);
  const uy =
    requested === undefined
      ? record?.years.at(-1)
      : record?.years.find((y) => y.year === requested);
  if (!record || !uy) return undefined;
  const year = uy.year;
  const county = derived.dataset.reference.counties.find((c) => c.code === unit.countyCode);
  const years = derived.years.map((y) => y.year);
  const nkiGroup = groupMedian(derived, unit.code, year, 'nki');
  const at: Record<CompareLine, (m: Measure) => (y: number) => number | undefined> = {
    unit: (m) => (y) => valueOf(derived.byUnitYear.get(`${unit.code}:${y}`), m),
    group: (m) => (y) => groupMedian(derived, unit.code, y, m)?.median,
    county: (m) => (y) => (county ? countyLine(derived, county.code, y, m) : undefined),
    country: (m) => (y) => countryValue(derived, y, m)?.value,
  };

  const measures = compareMeasures(derived, uy).map((m): MeasureComparison => {
    const own = ownChange(uy, m);
    const base = own?.fromYear ?? previousDataYear(years, year);
    // A baseline year without a grouping (before 2017) has no median: the change is 'none'.
    const baseEdition = base === undefined ? undefined : peerEditionFor(base);
    const sameGrouping = baseEdition === undefined || baseEdition === peerEditionFor(year);
    const line = (l: CompareLine) => years.map(at[l](m));
    return {
      measure: m,
      score: scoreOf(uy, m),
      change: {
        unit: own
          ? own.acrossBreak
            ? { kind: 'series-break' }
            : changed(own.delta, own.fromYear, year)
          : { kind: 'none' },
        group: lineChange(m, base, year, at.group(m), sameGrouping),
        county: lineChange(m, base, year, at.county(m)),
        country: lineChange(m, base, year, at.country(m)),
      },
      lines: {
        unit: line('unit'),
        group: line('group'),
        county: line('county'),
        country: line('country'),
      },
      breaks: measureBreaks(derived, m),
    };
  });

  return {
    unit,
    county,
    year,
    years,
    group: nkiGroup && {
      name: nkiGroup.name,
      edition: nkiGroup.edition,
      withNki: nkiGroup.withValue,
    },
    peersFrom: PEERS_FROM,
    groupingStarts: PEER_GROUPINGS.slice(1).map((g) => g.from),
    countryNkiBasis: countryValue(derived, year, 'nki')?.basis,
    measures,
  };
}

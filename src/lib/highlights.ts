/**
 * Year-level facts that make news, in one home for every page that states them (release, year
 * page, tip sheet, county page, home page): who rose and fell since last year, who climbed most,
 * who is best in a county or among the larger municipalities, and a unit's own record. Every
 * rule of what may be compared lives in comparability.ts.
 */
import {
  isConsecutive,
  isLastPlace,
  isListRank,
  isSuperlativeRank,
  meetsRankingThreshold,
  placeMoveAcrossBreak,
  placesComparable,
} from './comparability';
import { NOTABLE_DELTA, published } from './rules';
import { SERIES_FROM } from './series';
import type { Derived, Rank, RankOutcome, UnitRecord, UnitYear } from './model';

export interface YearHighlights {
  year: number;
  /** The data year before, if any: every count below compares with it and only with it. */
  previousYear?: number;
  /** Municipalities ranked nationally on NKI, best place first (official and computed). */
  ranked: UnitYear[];
  /** Municipalities with an NKI change from `previousYear` in the same series. */
  comparable: UnitYear[];
  /** Of those, rises and falls of at least 2 published points, largest first. */
  risers: UnitYear[];
  fallers: UnitYear[];
  /**
   * Climbs in the national list from `previousYear` (SKR's places, or places computed from two
   * complete files), same series, largest first.
   */
  climbers: UnitYear[];
  /**
   * The unique largest climb, only when both years' files are complete (a partial file cannot
   * say who climbed most in the country).
   */
  biggestClimber?: UnitYear;
  /** County code → the unit that is best there by a superlative-worthy county place. */
  bestInCounty: Map<string, UnitYear>;
  /** Best among municipalities over 40 000 inhabitants, by a superlative-worthy place. */
  bestAmongLarger?: UnitYear;
  /** Number ranked per county (for "bäst i länet" and "av N"). */
  rankedInCounty: Map<string, number>;
}

// Every release of a year needs the same facts; Derived is immutable, so they are kept per object.
const memo = new WeakMap<Derived, Map<number, YearHighlights>>();

/** Collects the year's facts from every unit's UnitYear in `derived` (computed once per year). */
export function yearHighlights(derived: Derived, year: number): YearHighlights {
  let byYear = memo.get(derived);
  if (!byYear) memo.set(derived, (byYear = new Map()));
  let found = byYear.get(year);
  if (!found) byYear.set(year, (found = collectHighlights(derived, year)));
  return found;
}

function collectHighlights(derived: Derived, year: number): YearHighlights {
  const dataYears = derived.years.map((y) => y.year);
  const previousYear = dataYears.filter((y) => y < year).at(-1);
  const units = unitsInYear(derived, year).filter((u) => u.unit.kind === 'kommun');
  const ranked = units
    .filter((u) => u.national.kind === 'ranked')
    .sort((a, b) => placeOf(a.national) - placeOf(b.national));

  const rankedInCounty = new Map<string, number>();
  for (const u of units) {
    if (u.unit.kind === 'kommun' && u.county?.kind === 'ranked') {
      rankedInCounty.set(u.unit.countyCode, (rankedInCounty.get(u.unit.countyCode) ?? 0) + 1);
    }
  }
  const bestInCounty = new Map<string, UnitYear>();
  for (const u of units) {
    if (u.unit.kind !== 'kommun') continue;
    const size = rankedInCounty.get(u.unit.countyCode) ?? 0;
    if (isSuperlativeRank(rankOf(u.county), size) && meetsRankingThreshold(u)) {
      bestInCounty.set(u.unit.countyCode, u);
    }
  }
  const largerRanked = units.filter((u) => u.larger?.kind === 'ranked').length;
  const bestAmongLarger = units.find(
    (u) => isSuperlativeRank(rankOf(u.larger), largerRanked) && meetsRankingThreshold(u),
  );

  const consecutive = (fromYear: number) => isConsecutive(dataYears, fromYear, year);
  const comparable = units.filter(
    (u) => u.nkiChange && !u.nkiChange.acrossBreak && consecutive(u.nkiChange.fromYear),
  );
  const delta = (u: UnitYear) => u.nkiChange!.delta;
  const raw = (u: UnitYear) => u.nkiChange!.to - u.nkiChange!.from;
  const risers = comparable
    .filter((u) => u.nkiChange!.notable && delta(u) > 0)
    .sort((a, b) => delta(b) - delta(a) || raw(b) - raw(a) || byName(a, b));
  const fallers = comparable
    .filter((u) => u.nkiChange!.notable && delta(u) < 0)
    .sort((a, b) => delta(a) - delta(b) || raw(a) - raw(b) || byName(a, b));

  const climbers = units
    .filter((u) => {
      const pc = u.placeChange;
      return (
        placesComparable(pc) &&
        isListRank(pc.to) &&
        !placeMoveAcrossBreak(pc) &&
        consecutive(pc.fromYear) &&
        pc.climbed > 0 &&
        !isLastPlace(pc.to) &&
        meetsRankingThreshold(u)
      );
    })
    .sort(
      (a, b) =>
        b.placeChange!.climbed - a.placeChange!.climbed ||
        a.placeChange!.to.place - b.placeChange!.to.place,
    );
  const complete = (y: number | undefined) =>
    derived.years.find((s) => s.year === y)?.complete === true;
  const best = climbers[0]?.placeChange?.climbed;
  const top = climbers.filter((u) => u.placeChange?.climbed === best);
  const biggestClimber =
    top.length === 1 && complete(year) && complete(previousYear) ? top[0] : undefined;

  return {
    year,
    previousYear,
    ranked,
    comparable,
    risers,
    fallers,
    climbers,
    biggestClimber,
    bestInCounty,
    bestAmongLarger,
    rankedInCounty,
  };
}

export interface OwnRecord {
  /** The unit's first result in the same series, which the record is measured from. */
  since: number;
  /** The unit's results in an earlier series of NKI totalt, which the record does not count. */
  olderSeriesYears: number[];
  /** How many earlier results of the same series it beats. */
  beaten: number;
  /** The first data year of the series (the year NKI totalt got its present areas). */
  seriesFrom: number;
}

/**
 * The year's NKI as the unit's highest within its series of NKI totalt (the same areas): above
 * every earlier published value of that series by at least NOTABLE_DELTA, with at least two
 * earlier years to beat, and a result at or above the ranking threshold. A record never reaches across a series break.
 * Undefined when it is not a record.
 */
export function ownRecord(record: UnitRecord, year: number): OwnRecord | undefined {
  const current = record.years.find((y) => y.year === year);
  if (!current || current.nki.kind !== 'measured' || !meetsRankingThreshold(current)) return;
  const measured = record.years.filter((y) => y.year < year && y.nki.kind === 'measured');
  const earlier = measured.filter((y) => y.series === current.series);
  if (earlier.length < 2) return;
  // A record is news only when it beats the best before by a notable margin: 77 after 76 is
  // "i stort sett oförändrat", not a record.
  const value = published(current.nki.value);
  const best = earlier.reduce(
    (m, y) => Math.max(m, y.nki.kind === 'measured' ? published(y.nki.value) : m),
    Number.NEGATIVE_INFINITY,
  );
  if (value - best < NOTABLE_DELTA) return;
  return {
    since: earlier[0]!.year,
    olderSeriesYears: measured.filter((y) => y.series !== current.series).map((y) => y.year),
    beaten: earlier.length,
    seriesFrom: SERIES_FROM[current.series],
  };
}

/** Every UnitYear of a year, in the records' order. */
export function unitsInYear(derived: Derived, year: number): UnitYear[] {
  return derived.records.flatMap((r) => r.years.filter((y) => y.year === year));
}

/** The rank inside a RankOutcome, if ranked. */
export function rankOf(outcome: RankOutcome | undefined): Rank | undefined {
  return outcome?.kind === 'ranked' ? outcome.rank : undefined;
}

function placeOf(outcome: RankOutcome): number {
  return outcome.kind === 'ranked' ? outcome.rank.place : Number.POSITIVE_INFINITY;
}

function byName(a: UnitYear, b: UnitYear): number {
  return a.unit.displayName.localeCompare(b.unit.displayName, 'sv');
}

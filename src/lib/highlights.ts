/**
 * Year-level facts that make a unit's news: who leads, who climbed most, who is best in a county
 * or among the larger municipalities, and whether a result is the unit's own record. Headlines
 * may only use placements SKR published (basis 'official'), so the facts here are built from
 * official placements alone; a computed placement never makes a headline.
 */
import type { Derived, Rank, RankOutcome, UnitRecord, UnitYear } from './model';

export interface YearHighlights {
  year: number;
  /** Municipalities ranked nationally on NKI, best place first (official and computed). */
  ranked: UnitYear[];
  /** The unique largest climb in official national places within one series, if any. */
  biggestClimber?: UnitYear;
  /** County code → the unit with official, untied county place 1. */
  bestInCounty: Map<string, UnitYear>;
  /** The unit with official, untied place 1 among municipalities over 40 000 inhabitants. */
  bestAmongLarger?: UnitYear;
  /** Municipalities whose NKI change can be read as a change (same series). */
  comparable: number;
  /** Of those, how many rose or fell by at least the threshold (Change.notable). */
  improved: number;
  fell: number;
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
  const units = unitsInYear(derived, year).filter((u) => u.unit.kind === 'kommun');
  const ranked = units
    .filter((u) => u.national.kind === 'ranked')
    .sort((a, b) => placeOf(a.national) - placeOf(b.national));

  const bestInCounty = new Map<string, UnitYear>();
  for (const u of units) {
    if (u.unit.kind === 'kommun' && isOfficialFirst(u.county))
      bestInCounty.set(u.unit.countyCode, u);
  }

  const climbs = units.filter(
    (u) =>
      u.placeChange !== undefined &&
      u.placeChange.from.basis === 'official' &&
      u.placeChange.to.basis === 'official' &&
      u.placeChange.climbed > 0 &&
      u.nkiChange?.acrossBreak !== true &&
      (seriesOf(derived, u.placeChange.fromYear) ?? u.series) === u.series,
  );
  const best = Math.max(0, ...climbs.map((u) => u.placeChange?.climbed ?? 0));
  const top = climbs.filter((u) => u.placeChange?.climbed === best);

  const changes = units.filter((u) => u.nkiChange !== undefined && !u.nkiChange.acrossBreak);
  return {
    year,
    ranked,
    biggestClimber: top.length === 1 ? top[0] : undefined,
    bestInCounty,
    bestAmongLarger: units.find((u) => isOfficialFirst(u.larger)),
    comparable: changes.length,
    improved: changes.filter((u) => u.nkiChange?.notable && u.nkiChange.delta > 0).length,
    fell: changes.filter((u) => u.nkiChange?.notable && u.nkiChange.delta < 0).length,
  };
}

/**
 * True when the year's NKI is the unit's highest so far, above every earlier year in the same
 * series (a series break starts a new record), with at least two earlier years to beat.
 */
export function isOwnRecord(record: UnitRecord, year: number): boolean {
  const current = record.years.find((y) => y.year === year);
  if (!current || current.nki.kind !== 'measured') return false;
  const earlier = record.years.filter(
    (y) => y.year < year && y.series === current.series && y.nki.kind === 'measured',
  );
  if (earlier.length < 2) return false;
  const value = Math.round(current.nki.value);
  return earlier.every((y) => y.nki.kind === 'measured' && Math.round(y.nki.value) < value);
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

function isOfficialFirst(outcome: RankOutcome | undefined): boolean {
  const rank = rankOf(outcome);
  return rank !== undefined && rank.place === 1 && rank.basis === 'official' && !rank.tied;
}

function seriesOf(derived: Derived, year: number): string | undefined {
  return derived.years.find((y) => y.year === year)?.series;
}

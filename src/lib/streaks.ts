/**
 * Derived facts over a unit's years that no single UnitYear holds: how long it has stayed near
 * the top of SKR's list, and whether it is back after missing a year in which most took part.
 * The tip sheet's claims (src/claims/tips.ts) are built from these; the verifier recomputes them.
 */
import type { Derived, Rank, RankOutcome, Unit, UnitYear } from './model';

function rankOf(outcome: RankOutcome | undefined): Rank | undefined {
  return outcome?.kind === 'ranked' ? outcome.rank : undefined;
}

/**
 * How many consecutive data years, ending with `year`, the unit has had an official national
 * place at or above `top`. A year without a result, or with a computed place, ends the streak.
 */
export function officialStreak(derived: Derived, unit: Unit, year: number, top: number): number {
  let n = 0;
  for (let i = derived.years.findIndex((y) => y.year === year); i >= 0; i--) {
    const y = derived.years[i]!.year;
    const rank = rankOf(derived.byUnitYear.get(`${unit.code}:${y}`)?.national);
    if (!rank || rank.basis !== 'official' || rank.place > top) break;
    n += 1;
  }
  return n;
}

/**
 * A unit is back after a gap when it missed a data year in which most took part: missing a
 * "mellanår" such as 2015 (56 municipalities, not an official Öppna jämförelser) is no news.
 */
export function missedFullYear(derived: Derived, uy: UnitYear): boolean {
  if (!uy.afterGap || uy.previousYear === undefined) return false;
  const count = (y: number) => derived.years.find((s) => s.year === y)?.municipalitiesInFile ?? 0;
  const usual = count(uy.year);
  return derived.years.some(
    (s) => s.year > uy.previousYear! && s.year < uy.year && count(s.year) * 2 >= usual,
  );
}

/** Who is new can only be told when this year's and every earlier file hold all participants. */
export function participantsKnown(derived: Derived, year: number): boolean {
  return derived.years.filter((y) => y.year <= year).every((y) => y.complete);
}

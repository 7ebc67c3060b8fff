/**
 * The rules that decide whether a comparison may be stated at all, in one place
 * (docs/decisions/comparability.md). Claims are built only through these checks, and the claim
 * verifier applies the same rules again to what a text says.
 *
 * - Values: same series, or the break is said; a baseline other than last year is named.
 * - Places: only official with official or computed with computed, from lists that are both
 *   complete when computed; a move across a series break names its year and the break.
 * - Superlatives ("bäst i länet", "mest i landet", "bäst bland de större"): only from SKR's own
 *   placement or from a complete file, and only in a group of at least three ranked.
 * - Rank and record claims: only for results at or above the year's ranking threshold.
 */
import { ineligibility } from './eligibility';
import type { Change, PlaceChange, Rank, UnitYear } from './model';
import { BIG_FALL_POINTS, BIG_PLACE_MOVE } from './rules';
import { isInBetweenYear, seriesOf } from './series';

export {
  BIG_FALL_POINTS,
  BIG_GAIN_POINTS,
  BIG_PLACE_MOVE,
  FALL_PLACES,
  FALL_POINTS,
  MIN_GROUP_FOR_SUPERLATIVE,
  RISE_POINTS,
} from './rules';
import { MIN_GROUP_FOR_SUPERLATIVE, minRankedAnswers } from './rules';

/** The data year before `year` in the dataset (2012 before 2014), or undefined for the first. */
export function previousDataYear(dataYears: readonly number[], year: number): number | undefined {
  return dataYears.filter((y) => y < year).at(-1);
}

/** True when a text may say "förra året" for the baseline; otherwise it must name the year. */
export function isLastYear(fromYear: number, toYear: number): boolean {
  return fromYear === toYear - 1;
}

/** The comparison is against the dataset's previous data year (the unit skipped no survey). */
export function isConsecutive(dataYears: readonly number[], fromYear: number, toYear: number) {
  return previousDataYear(dataYears, toYear) === fromYear;
}

/** A value change that a text may call an increase or a decrease. */
export function isReadableChange(c: Change | undefined): c is Change {
  return c !== undefined && c.notable && !c.acrossBreak;
}

/**
 * Two places may be compared: same basis, a computed pair only from complete lists, and never a
 * place of the in-between year 2015 (56 municipalities) with a national year's.
 */
export function placesComparable(pc: PlaceChange | undefined): pc is PlaceChange {
  if (!pc) return false;
  if (isInBetweenYear(pc.fromYear) !== isInBetweenYear(pc.toYear)) return false;
  if (pc.from.basis !== pc.to.basis) return false;
  if (pc.to.basis === 'computed') return pc.from.outOf !== undefined && pc.to.outOf !== undefined;
  return true;
}

/** The place move crosses a series break of NKI totalt (2014 → 2015, 2023 → 2024). */
export function placeMoveAcrossBreak(pc: PlaceChange): boolean {
  return seriesOf(pc.fromYear) !== seriesOf(pc.toYear);
}

/**
 * The unit's result is at or above the year's ranking threshold for NKI totalt, as far as the
 * file shows (a unit SKR placed met it by definition).
 */
export function meetsRankingThreshold(uy: UnitYear): boolean {
  if (uy.national.kind === 'ranked' && uy.national.rank.basis === 'official') return true;
  const answers = uy.row.answers;
  if (answers !== undefined && answers < minRankedAnswers(uy.year)) return false;
  return ineligibility(uy.row, { kind: 'nki' }) !== 'too-few-answers';
}

/**
 * A place in the whole list: SKR's own, or computed from a complete file (every participant with
 * its unrounded value, as Kolada's are), which is then the ranking, labelled computed.
 */
export function isListRank(rank: Rank | undefined): rank is Rank {
  return rank !== undefined && (rank.basis === 'official' || rank.outOf !== undefined);
}

/** A rank that may carry "bäst"/"etta": SKR's own, or computed from a complete list. */
export function isSuperlativeRank(rank: Rank | undefined, groupSize: number): boolean {
  if (!rank || rank.place !== 1 || rank.tied) return false;
  if (groupSize < MIN_GROUP_FOR_SUPERLATIVE) return false;
  return rank.basis === 'official' || rank.outOf !== undefined;
}

/** The place is the last of its list: never to be worded as a climb. */
export function isLastPlace(rank: Rank): boolean {
  return rank.outOf !== undefined && rank.place >= rank.outOf;
}

/** A fall that is news: 10 index points, or 30 places in comparable lists. */
export function isBigFall(uy: UnitYear): boolean {
  const c = uy.nkiChange;
  if (c && !c.acrossBreak && c.delta <= -BIG_FALL_POINTS) return true;
  const pc = uy.placeChange;
  return (
    placesComparable(pc) &&
    !placeMoveAcrossBreak(pc) &&
    pc.climbed <= -BIG_PLACE_MOVE &&
    meetsRankingThreshold(uy)
  );
}

/**
 * One ranking over a set of candidates: SKR's own placements when the file carries any, otherwise
 * places computed from unrounded values (docs/decisions/ranking-ties.md,
 * docs/decisions/official-vs-computed-ranks.md).
 */
import type { NotRankedReason, Rank, RankOutcome } from './model';

/** A unit that could appear in a ranking. */
export interface Candidate {
  code: string;
  /** Unrounded value (higher is better); absent when the unit has no result. */
  value?: number;
  /** SKR's placement from the file. */
  officialPlace?: number;
  /** Why the unit cannot be ranked, when known; such a unit never gets a computed place. */
  reason?: NotRankedReason;
}

export interface RankOptions {
  /** Basis for places computed from values (derived orders may count as official). */
  basis?: Rank['basis'];
  /** The candidates are every unit that could be ranked, so a computed count is the true one. */
  complete: boolean;
  /**
   * Read official places even if no candidate has one (a county group in a file whose other
   * counties carry places); by default official when any candidate has a place.
   */
  official?: boolean;
}

/**
 * Ranks `candidates`. When any has an official place, those places are the ranking: a candidate
 * without one is not ranked, for its own reason or else 'not-ranked-by-skr', and `outOf` is given
 * only when the places run 1..N without holes. Otherwise eligible candidates are ordered by value,
 * descending; exactly equal values share a place and the next place is skipped (1, 2, 2, 4), and
 * `outOf` is the number ranked when `complete`.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  options: RankOptions,
): Map<string, RankOutcome> {
  const official = options.official ?? candidates.some((c) => c.officialPlace !== undefined);
  if (official) return rankOfficial(candidates);
  return rankComputed(candidates, options);
}

/**
 * N when `places` is a complete competition ranking 1..N (ties allowed: 1, 2, 2, 4 of four);
 * undefined when places are missing from it, as in a partial file with 11 rows and places up to
 * 169.
 */
export function completeCount(places: readonly number[]): number | undefined {
  if (places.length === 0) return undefined;
  const sorted = [...places].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    const place = sorted[i]!;
    const expected = i > 0 && place === sorted[i - 1] ? place : i + 1;
    if (place !== expected) return undefined;
  }
  return sorted.length;
}

function rankOfficial(candidates: readonly Candidate[]): Map<string, RankOutcome> {
  const places = candidates.flatMap((c) =>
    c.officialPlace === undefined ? [] : [c.officialPlace],
  );
  const outOf = completeCount(places);
  const counts = countBy(places);
  const result = new Map<string, RankOutcome>();
  for (const c of candidates) {
    if (c.officialPlace === undefined) {
      result.set(c.code, { kind: 'not-ranked', reason: c.reason ?? 'not-ranked-by-skr' });
      continue;
    }
    const tied = (counts.get(c.officialPlace) ?? 0) > 1;
    result.set(c.code, ranked({ place: c.officialPlace, basis: 'official', tied }, outOf));
  }
  return result;
}

function rankComputed(
  candidates: readonly Candidate[],
  options: RankOptions,
): Map<string, RankOutcome> {
  const result = new Map<string, RankOutcome>();
  const eligible: { code: string; value: number }[] = [];
  for (const c of candidates) {
    if (c.reason !== undefined || c.value === undefined) {
      result.set(c.code, { kind: 'not-ranked', reason: c.reason ?? 'no-result' });
    } else {
      eligible.push({ code: c.code, value: c.value });
    }
  }
  eligible.sort((a, b) => b.value - a.value);
  const outOf = options.complete ? eligible.length : undefined;
  const basis = options.basis ?? 'computed';
  let place = 0;
  for (let i = 0; i < eligible.length; i++) {
    const e = eligible[i]!;
    if (i === 0 || e.value !== eligible[i - 1]!.value) place = i + 1;
    const tied = eligible[i - 1]?.value === e.value || eligible[i + 1]?.value === e.value;
    result.set(e.code, ranked({ place, basis, tied }, outOf));
  }
  return result;
}

function ranked(rank: Omit<Rank, 'outOf'>, outOf: number | undefined): RankOutcome {
  return { kind: 'ranked', rank: outOf === undefined ? rank : { ...rank, outOf } };
}

function countBy(values: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

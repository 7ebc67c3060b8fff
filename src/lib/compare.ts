/**
 * Comparisons between two years of one unit: a change in value and a change in place
 * (docs/decisions/series-breaks.md).
 */
import type { Change, PlaceChange, Rank } from './model';
import { published } from './grade';
import { crossesBreak, type Measure } from './series';

/** A measured value in a data year, unrounded. */
export interface Point {
  year: number;
  value: number;
}

export { NOTABLE_DELTA } from './rules';
import { NOTABLE_DELTA } from './rules';

/**
 * The change of `measure` from `from` to `to`. `delta` is the difference of the published
 * integers (77,6 → 79,2 reads 78 → 79: delta 1, though the unrounded rise is 1,6), because that
 * is what a reader can check. Notable when |delta| ≥ 2 and the years are in the same series.
 */
export function change(measure: Measure, from: Point, to: Point): Change {
  const delta = published(to.value) - published(from.value);
  const acrossBreak = crossesBreak(measure, from.year, to.year);
  return {
    fromYear: from.year,
    toYear: to.year,
    from: from.value,
    to: to.value,
    delta,
    acrossBreak,
    notable: Math.abs(delta) >= NOTABLE_DELTA && !acrossBreak,
  };
}

/**
 * The change in place between two ranked years; `climbed` is positive when the unit moved up
 * (114th → 2nd: climbed 112).
 */
export function placeChange(
  from: { year: number; rank: Rank },
  to: { year: number; rank: Rank },
): PlaceChange {
  return {
    fromYear: from.year,
    toYear: to.year,
    from: from.rank,
    to: to.rank,
    climbed: from.rank.place - to.rank.place,
  };
}

/**
 * Where a line may be drawn. A line joins two data years only when both have a value and no
 * series break lies between them (domain §2: a comparison across a break is not an ordinary
 * change, so the chart must not draw it as one).
 */

/**
 * Splits points (ascending by year) into runs a line may join. A point without a value ends a
 * run; so does a break: `breaks` lists the first year of each new series (2015, 2024).
 * Runs of one point are kept, so the caller can still draw the dot.
 */
export function splitRuns<T extends { year: number }>(
  points: readonly T[],
  present: (point: T) => boolean,
  breaks: readonly number[],
): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let previousYear: number | undefined;
  for (const point of points) {
    const crossesBreak =
      previousYear !== undefined && breaks.some((b) => previousYear! < b && point.year >= b);
    if (!present(point) || crossesBreak) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (present(point)) run.push(point);
    previousYear = point.year;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The breaks that fall inside the shown years, as the x position (in years) of their marker:
 * halfway between the last year of the old series and the first of the new.
 */
export function breaksWithin(years: readonly number[], breaks: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return breaks
    .filter((b) => b > first && b <= last)
    .sort((a, b) => a - b)
    .map((b) => b - 0.5);
}

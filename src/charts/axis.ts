/**
 * Axis helpers shared by the charts: a value domain for indexes and year ticks thinned so they
 * do not collide on a 360 px screen.
 */

/**
 * The value domain for an index axis: the top is always 100 (the scale's maximum); the bottom
 * is a round ten below the lowest value, but never above `highestFloor`, so the grade bands a
 * chart shows stay visible. Values are 0–100; an empty list gives [highestFloor, 100].
 */
export function indexDomain(values: number[], highestFloor: number): [number, number] {
  const floor = Math.floor((Math.min(100, ...values) - 3) / 10) * 10;
  return [Math.max(0, Math.min(floor, highestFloor)), 100];
}

/**
 * Years to label on an x axis: always the first and the last, and between them as many as fit
 * with at least `minGap` user units between labels. `position` maps a year to x.
 */
export function yearTicks(
  years: number[],
  position: (year: number) => number,
  minGap: number,
): number[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length <= 2) return sorted;
  const last = sorted[sorted.length - 1]!;
  const ticks = [sorted[0]!];
  for (const year of sorted.slice(1, -1)) {
    const prev = ticks[ticks.length - 1]!;
    const farFromPrev = position(year) - position(prev) >= minGap;
    const farFromLast = position(last) - position(year) >= minGap;
    if (farFromPrev && farFromLast) ticks.push(year);
  }
  ticks.push(last);
  return ticks;
}

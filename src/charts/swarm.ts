/**
 * A deterministic beeswarm: dots along x, pushed up or down just enough not to overlap. No
 * force simulation (whose result depends on iteration counts), so the same input always gives
 * the same picture and the same SVG bytes.
 */

export interface SwarmDot<T> {
  item: T;
  x: number;
  /** Offset from the centre line; negative is up. */
  dy: number;
}

/**
 * Places dots of radius `r` (plus `gap`) in order of x (ties by `key`), each at the offset
 * closest to the centre line that does not overlap a dot already placed; ties go up first.
 */
export function beeswarm<T>(
  items: readonly T[],
  xOf: (item: T) => number,
  key: (item: T) => string,
  r: number,
  gap = 0.6,
): SwarmDot<T>[] {
  const d = 2 * r + gap;
  const sorted = [...items].sort((a, b) => xOf(a) - xOf(b) || key(a).localeCompare(key(b)));
  const placed: SwarmDot<T>[] = [];
  for (const item of sorted) {
    const x = xOf(item);
    // Dots are placed in order of x, so only the last few can be within reach.
    const near: SwarmDot<T>[] = [];
    for (let i = placed.length - 1; i >= 0 && x - placed[i]!.x < d; i--) near.push(placed[i]!);
    const blocked = near.map((p) => {
      const h = Math.sqrt(d * d - (p.x - x) ** 2);
      return [p.dy - h, p.dy + h] as const;
    });
    const candidates = [0, ...blocked.flatMap(([lo, hi]) => [lo, hi])].sort(
      (a, b) => Math.abs(a) - Math.abs(b) || a - b,
    );
    const free = (y: number) => blocked.every(([lo, hi]) => y <= lo + 1e-9 || y >= hi - 1e-9);
    placed.push({ item, x, dy: candidates.find(free) ?? 0 });
  }
  return placed;
}

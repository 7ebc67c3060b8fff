/**
 * Places a ranked set of units on a ladder of values so that some units land exactly where the
 * seed texts put them. The other units keep the order of their latent values; the ladder is bent
 * between the pinned places (a monotone, piecewise-linear remapping), so the distribution stays
 * realistic and every value differs from its neighbours by at least 0.1: official places are
 * unique, as SKR's are.
 */

/** A unit that must end up at a given place, optionally with a given value. */
export interface Pin {
  code: string;
  /** 1-based place in this ranking. */
  place: number;
  /** Value with one decimal; when absent the ladder's own value at that place is used. */
  value?: number;
  /** Place among the units of the same group (county), consistent with `place`. */
  groupPlace?: number;
}

/**
 * Values (one decimal) for every code in `latent`, strictly decreasing in the final order, with
 * each pin at its place and value. `groupOf` is needed for pins with a group place.
 * Throws when the pins cannot all be met (places out of range, values too close together).
 */
export function ladder(
  latent: ReadonlyMap<string, number>,
  pins: readonly Pin[],
  groupOf: (code: string) => string | undefined = () => undefined,
): Map<string, number> {
  const order = [...latent.keys()].sort(
    (a, b) => latent.get(b)! - latent.get(a)! || a.localeCompare(b),
  );
  const rungs = order.map((c) => latent.get(c)! * 10);
  const n = order.length;
  const pinned = new Set(pins.map((p) => p.code));
  const slots: (string | undefined)[] = new Array<string | undefined>(n).fill(undefined);
  for (const pin of pins) {
    if (!latent.has(pin.code) || pin.place < 1 || pin.place > n || slots[pin.place - 1]) {
      throw new Error(`Kan inte placera ${pin.code} på plats ${pin.place} av ${n}`);
    }
    slots[pin.place - 1] = pin.code;
  }
  const rest = order.filter((c) => !pinned.has(c));
  for (let i = 0; i < n; i++) slots[i] ??= rest.shift();
  const placed = slots as string[];
  for (const pin of pins) {
    if (pin.groupPlace !== undefined) fixGroupPlace(placed, pin, groupOf, pinned);
  }
  const anchors = pins
    .map((p) => ({
      index: p.place - 1,
      tenths: p.value === undefined ? Math.round(rungs[p.place - 1]!) : Math.round(p.value * 10),
    }))
    .sort((a, b) => a.index - b.index);
  const tenths = strictlyDecreasing(bend(rungs, anchors), anchors);
  return new Map(placed.map((code, i) => [code, tenths[i]! / 10]));
}

interface Anchor {
  index: number;
  tenths: number;
}

/** Swaps unpinned units across the pin until exactly groupPlace − 1 of its group are above it. */
function fixGroupPlace(
  placed: string[],
  pin: Pin,
  groupOf: (c: string) => string | undefined,
  pinned: Set<string>,
): void {
  const at = pin.place - 1;
  const group = groupOf(pin.code);
  const inGroup = (c: string): boolean => groupOf(c) === group;
  const free = (i: number): boolean => !pinned.has(placed[i]!);
  for (let guard = 0; guard <= placed.length; guard++) {
    const above = placed.slice(0, at).filter(inGroup).length;
    if (above === pin.groupPlace! - 1) return;
    const tooMany = above > pin.groupPlace! - 1;
    // The group member nearest the pin on the crowded side trades places with the nearest
    // outsider on the other side, so the order moves as little as possible.
    const upper = lastIndex(0, at, (i) => free(i) && inGroup(placed[i]!) === tooMany);
    const lower = firstIndex(
      at + 1,
      placed.length,
      (i) => free(i) && inGroup(placed[i]!) !== tooMany,
    );
    if (upper < 0 || lower < 0) break;
    [placed[upper], placed[lower]] = [placed[lower]!, placed[upper]!];
  }
  throw new Error(`Kan inte ge ${pin.code} plats ${pin.groupPlace} i sin grupp`);
}

/** The rungs remapped so each anchor holds its value; unrounded tenths. */
function bend(rungs: readonly number[], anchors: readonly Anchor[]): number[] {
  const n = rungs.length;
  if (anchors.length === 0) return [...rungs];
  const out = [...rungs];
  const first = anchors[0]!;
  const last = anchors[anchors.length - 1]!;
  const shiftTop = first.tenths - rungs[first.index]!;
  for (let i = 0; i < first.index; i++) {
    // A short top keeps its gaps (a plain shift); a long one fades the shift out towards place 1.
    out[i] = rungs[i]! + (first.index < 10 ? shiftTop : (shiftTop * (i + 1)) / (first.index + 1));
  }
  for (let k = 0; k + 1 < anchors.length; k++) {
    const a = anchors[k]!;
    const b = anchors[k + 1]!;
    const span = rungs[a.index]! - rungs[b.index]!;
    for (let i = a.index + 1; i < b.index; i++) {
      const share =
        span > 0 ? (rungs[a.index]! - rungs[i]!) / span : (i - a.index) / (b.index - a.index);
      out[i] = a.tenths + share * (b.tenths - a.tenths);
    }
  }
  for (const a of anchors) out[a.index] = a.tenths;
  const shiftBottom = last.tenths - rungs[last.index]!;
  for (let i = last.index + 1; i < n; i++) {
    out[i] = rungs[i]! + (shiftBottom * (n - 1 - i)) / (n - 1 - last.index);
  }
  return out;
}

/** Rounded tenths, nudged so that each is at least 0.1 below the one before; anchors stay put. */
function strictlyDecreasing(values: readonly number[], anchors: readonly Anchor[]): number[] {
  const t = values.map((v) => Math.round(v));
  const n = t.length;
  const bounds = [{ index: -1, tenths: Infinity }, ...anchors, { index: n, tenths: -Infinity }];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k]!;
    const b = bounds[k + 1]!;
    if (a.tenths - b.tenths < b.index - a.index) {
      throw new Error(`Låsta värden för tätt: plats ${a.index + 1} och ${b.index + 1}`);
    }
    for (let i = a.index + 1; i < b.index; i++) if (i > 0) t[i] = Math.min(t[i]!, t[i - 1]! - 1);
    for (let i = b.index - 1; i > a.index; i--)
      if (i < n - 1) t[i] = Math.max(t[i]!, t[i + 1]! + 1);
  }
  if (t[0]! > 999) throw new Error('Värde över 99,9 i toppen av stegen');
  return t;
}

function lastIndex(from: number, to: number, test: (i: number) => boolean): number {
  for (let i = to - 1; i >= from; i--) if (test(i)) return i;
  return -1;
}

function firstIndex(from: number, to: number, test: (i: number) => boolean): number {
  for (let i = from; i < to; i++) if (test(i)) return i;
  return -1;
}

/**
 * Seeded randomness for the example data. Every quantity draws from its own stream, keyed by a
 * string such as "walk:2021:2514", so changing how one quantity is drawn never shifts the numbers
 * of another: the committed files stay stable under small edits to the generator.
 */

/** A stream of pseudo-random numbers with the few distributions the generator needs. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Normally distributed (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** Uniform integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
}

/**
 * The stream for `key` under `seed`: mulberry32 seeded with an FNV-1a hash of both. The same seed
 * and key always give the same sequence, on every machine (32-bit integer arithmetic only).
 */
export function createRandom(seed: number, ...key: (string | number)[]): Random {
  const next = mulberry32(fnv1a(`${seed}|${key.join(':')}`));
  return {
    next,
    normal(mean, sd) {
      // 1 − u keeps the logarithm's argument in (0, 1].
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int(lo, hi) {
      return lo + Math.floor(next() * (hi - lo + 1));
    },
    chance(p) {
      return next() < p;
    },
  };
}

/** Fisher–Yates on a copy, drawing from `random`. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

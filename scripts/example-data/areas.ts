/**
 * Area values and service factors around a unit's NKI totalt. Each unit has a lasting strength or
 * weakness per area plus yearly noise; the areas that make up NKI totalt are then shifted together
 * so that their answer-weighted mean is NKI totalt again, as it is when SKR pools the answers.
 */
import { AREA_OFFSET, FACTOR_OFFSET, SEED } from './config';
import { FACTOR_IDS, type AreaId } from '../../src/lib/areas';
import { createRandom } from './random';
import { MIN_SHOWN, nkiAreas } from './rules';
import type { UnitRow } from './structure';

/** Constraints on one unit's area values (from the seed facts). */
export interface AreaLimits {
  fixed?: Partial<Record<AreaId, number>>;
  atLeast?: Partial<Record<AreaId, number>>;
  atMost?: Partial<Record<AreaId, number>>;
}

/** Sets `value` on each of the row's areas (withheld under 7 answers) around `level`. */
export function fillAreas(row: UnitRow, level: number, limits: AreaLimits = {}): void {
  const present = Object.keys(row.areas) as AreaId[];
  const raw = new Map<AreaId, number>();
  for (const a of present) {
    const lasting = createRandom(SEED, 'area-strength', row.code, a).normal(0, 3.5);
    const noise = createRandom(SEED, 'area-noise', row.year, row.code, a).normal(0, 2.5);
    raw.set(a, limits.fixed?.[a] ?? level + AREA_OFFSET[a] + lasting + noise);
  }
  const inNki = nkiAreas(row.year).filter((a) => raw.has(a));
  const free = inNki.filter((a) => limits.fixed?.[a] === undefined);
  const weight = (a: AreaId): number => row.areas[a]!.answers;
  const freeWeight = free.reduce((s, a) => s + weight(a), 0);
  if (freeWeight > 0) {
    const total = inNki.reduce((s, a) => s + weight(a), 0);
    const weighted = inNki.reduce((s, a) => s + weight(a) * raw.get(a)!, 0);
    const shift = (level * total - weighted) / freeWeight;
    for (const a of free) raw.set(a, raw.get(a)! + shift);
  }
  for (const a of present) {
    let v = raw.get(a)!;
    v = Math.max(v, limits.atLeast?.[a] ?? -Infinity);
    v = Math.min(v, limits.atMost?.[a] ?? Infinity);
    v = Math.min(99.5, Math.max(30, v));
    const cell = row.areas[a]!;
    cell.value = cell.answers >= MIN_SHOWN ? Math.round(v * 10) / 10 : undefined;
  }
}

/** Sets the six service factors (indexes for all areas together) around `level`. */
export function fillFactors(row: UnitRow, level: number): void {
  if (row.answers < MIN_SHOWN) return;
  for (const f of FACTOR_IDS) {
    const lasting = createRandom(SEED, 'factor-strength', row.code, f).normal(0, 1.5);
    const noise = createRandom(SEED, 'factor-noise', row.year, row.code, f).normal(0, 1.5);
    const v = Math.min(99, Math.max(35, level + FACTOR_OFFSET[f] + lasting + noise));
    row.factors[f] = Math.round(v * 10) / 10;
  }
}

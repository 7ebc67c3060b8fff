/**
 * NKI totalt and NUI for every municipality in a year. Each municipality has a lasting level plus a
 * slowly wandering yearly part (so its series looks like one place over time); the ranked ones are
 * set on a ladder that meets the seed facts, and the whole year is shifted until its municipal mean
 * is the average SKR published.
 */
import { NKI_SD, NUI_SD, SEED, YEAR_PLANS, type YearPlan } from './config';
import { latentBias, NKI_PINS, NUI_PINS } from './facts';
import { ladder } from './ladder';
import { createRandom } from './random';
import { MIN_SHOWN, nkiEligible } from './rules';
import type { UnitRow } from './structure';

/** A unit's latent level in `year` in standard deviations: lasting part plus an AR(1) walk. */
export function latentZ(code: string, year: number, measure: 'nki' | 'nui' = 'nki'): number {
  const base = createRandom(SEED, 'base', code).normal(0, 1);
  const own =
    measure === 'nui' ? 0.4 * base + 0.9 * createRandom(SEED, 'nui-base', code).normal(0, 1) : base;
  let walk = 0;
  for (const plan of YEAR_PLANS) {
    if (plan.year > year) break;
    walk = 0.7 * walk + 0.71 * createRandom(SEED, `${measure}-walk`, code, plan.year).normal(0, 1);
  }
  return 0.75 * own + 0.6 * walk + (measure === 'nki' ? latentBias(code, year) : 0);
}

/** Sets `nki` on the municipal rows of one year (förbund are left alone). */
export function assignNki(rows: UnitRow[], plan: YearPlan): void {
  const municipal = rows.filter((r) => r.kind === 'kommun' && r.answers >= MIN_SHOWN);
  const eligible = new Set(municipal.filter((r) => nkiEligible(r)).map((r) => r.code));
  const county = new Map(rows.map((r) => [r.code, r.countyCode]));
  const values = calibrate(
    municipal.map((r) => r.code),
    eligible,
    plan.nkiMean,
    NKI_SD,
    (code) => latentZ(code, plan.year),
    (latent) => ladder(latent, NKI_PINS[plan.year] ?? [], (c) => county.get(c)),
  );
  for (const r of municipal) r.nki = values.get(r.code);
}

/** Sets `nui.value` where the municipality measured upphandling and enough answered. */
export function assignNui(rows: UnitRow[], plan: YearPlan): void {
  if (plan.nuiMean === undefined) return;
  const measured = rows.filter((r) => r.nui && r.nui.answers >= MIN_SHOWN);
  const eligible = new Set(measured.filter((r) => r.nui!.answers >= 10).map((r) => r.code));
  const values = calibrate(
    measured.map((r) => r.code),
    eligible,
    plan.nuiMean,
    NUI_SD,
    (code) => latentZ(code, plan.year, 'nui'),
    (latent) => ladder(latent, NUI_PINS[plan.year] ?? []),
  );
  for (const r of measured) r.nui!.value = values.get(r.code);
}

/**
 * Values for `codes`: the eligible ones from `place` (the ladder), the rest straight from their
 * latent level. The common offset is adjusted until the mean of all values is within 0.02 of
 * `mean`; a fixed number of rounds keeps it deterministic.
 */
function calibrate(
  codes: readonly string[],
  eligible: ReadonlySet<string>,
  mean: number,
  sd: number,
  z: (code: string) => number,
  place: (latent: Map<string, number>) => Map<string, number>,
): Map<string, number> {
  const zs = new Map(codes.map((c) => [c, z(c)]));
  let offset = 0;
  let values = new Map<string, number>();
  for (let round = 0; round < 40; round++) {
    const level = (c: string): number => clamp(mean + offset + sd * zs.get(c)!, 45, 93);
    const latent = new Map(codes.filter((c) => eligible.has(c)).map((c) => [c, level(c)]));
    values = place(latent);
    for (const c of codes) if (!eligible.has(c)) values.set(c, Math.round(level(c) * 10) / 10);
    const actual = [...values.values()].reduce((s, v) => s + v, 0) / Math.max(values.size, 1);
    if (Math.abs(actual - mean) < 0.02) break;
    offset += mean - actual;
  }
  return values;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

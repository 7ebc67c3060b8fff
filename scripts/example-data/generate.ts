/**
 * The example dataset's pure core: reference lists in, one canonical CSV text per data year out.
 * No clock, no Math.random, no disk: the same lists always give byte-identical files.
 */
import { fillAreas, fillFactors, type AreaLimits } from './areas';
import { SEED, YEAR_PLANS, type YearPlan } from './config';
import { toCsv } from './csv';
import { AREA_FACTS, KALIX, KALIX_BYGGLOV_PLACE_2021 } from './facts';
import { assignNki, assignNui, latentZ } from './levels';
import { planParticipation } from './participation';
import { assignPlacements } from './placements';
import { createRandom } from './random';
import type { ExampleForbund, ExampleMunicipality } from './reference';
import { forbundKind } from './reference';
import { minAreaAnswers, nkiEligible } from './rules';
import { forbundSkeleton, municipalitySkeleton, type UnitRow } from './structure';
import type { AreaId } from '../../src/lib/areas';

export interface ExampleYear {
  year: number;
  /** "2021.csv". */
  file: string;
  rows: UnitRow[];
  text: string;
}

/** Every data year of the example dataset, ascending. */
export function generateExampleData(
  municipalities: readonly ExampleMunicipality[],
  forbund: readonly ExampleForbund[],
): ExampleYear[] {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const forbundByCode = new Map(forbund.map((f) => [f.code, f]));
  const forbundOf = new Map(forbund.flatMap((f) => f.memberCodes.map((c) => [c, f] as const)));
  const participation = planParticipation(municipalities, forbund);
  const previous = new Map<string, UnitRow>();
  return YEAR_PLANS.map((plan, i) => {
    const who = participation[i]!;
    const nui = new Set(who.nui);
    const rows = [
      ...who.municipalities.map((c) =>
        municipalitySkeleton(byCode.get(c)!, plan.year, forbundOf, nui.has(c)),
      ),
      ...who.forbund.map((c) => forbundSkeleton(forbundByCode.get(c)!, plan.year)),
    ];
    assignNki(rows, plan);
    for (const row of rows) {
      const level = levelOf(row, plan);
      if (row.kind === 'forbund' && forbundKind(forbundByCode.get(row.code)!) !== 'rescue')
        row.nki = level;
      fillAreas(row, level, limitsOf(row));
      fillFactors(row, row.nki ?? level);
    }
    if (plan.year === 2021) placeKalixBygglov(rows, previous.get(KALIX), plan);
    assignNui(rows, plan);
    if (plan.official) assignPlacements(rows, plan.year);
    else tieTwo(rows);
    for (const row of rows) previous.set(row.code, row);
    return { year: plan.year, file: `${plan.year}.csv`, rows, text: toCsv(rows, plan) };
  });
}

/** NKI totalt where set, otherwise the unit's latent level (förbund, withheld NKI). */
function levelOf(row: UnitRow, plan: YearPlan): number {
  if (row.nki !== undefined) return row.nki;
  const z = latentZ(row.code, plan.year);
  return Math.round((plan.nkiMean + 1 + 5 * z) * 10) / 10;
}

function limitsOf(row: UnitRow): AreaLimits {
  const limits: Required<AreaLimits> = { fixed: {}, atLeast: {}, atMost: {} };
  for (const f of AREA_FACTS.filter((f) => f.year === row.year && f.code === row.code)) {
    if (f.value !== undefined) limits.fixed[f.area] = f.value;
    if (f.atLeast !== undefined) limits.atLeast[f.area] = f.atLeast;
  }
  return limits;
}

/**
 * Kalix's bygglov in 2021: a value with exactly two ranked municipalities above it, and every
 * other area capped so that bygglov stays its largest rise since 2020 by at least 3 points.
 */
function placeKalixBygglov(rows: UnitRow[], kalix2020: UnitRow | undefined, plan: YearPlan): void {
  const kalix = rows.find((r) => r.code === KALIX)!;
  const others = rows
    .filter((r) => r.kind === 'kommun' && r.code !== KALIX)
    .map((r) => r.areas.bygglov)
    .filter((c) => c?.value !== undefined && c.answers >= minAreaAnswers(plan.year))
    .sort((a, b) => b!.value! - a!.value!);
  const above = others.slice(0, KALIX_BYGGLOV_PLACE_2021 - 1);
  const below = others[KALIX_BYGGLOV_PLACE_2021 - 1]!.value!;
  // Lift those above when the gap is too narrow for a value strictly between.
  const lift = Math.max(0, below + 0.2 - above[above.length - 1]!.value!);
  for (const c of above) c!.value = Math.round((c!.value! + lift) * 10) / 10;
  const value = Math.round(((above[above.length - 1]!.value! + below) / 2) * 10) / 10;
  const fixed = { bygglov: value > below ? value : below + 0.1 };
  const rise = fixed.bygglov - (kalix2020?.areas.bygglov?.value ?? 0);
  const atMost: Partial<Record<AreaId, number>> = {};
  for (const [a, cell] of Object.entries(kalix2020?.areas ?? {}) as [
    AreaId,
    UnitRow['areas'][AreaId],
  ][]) {
    if (a !== 'bygglov' && cell?.value !== undefined) atMost[a] = cell.value + rise - 3;
  }
  fillAreas(kalix, kalix.nki!, { fixed, atMost });
}

/**
 * The mellanår has no official places, so the site ranks it itself: two ranked municipalities in
 * the middle of the table get exactly the same value, so that computed ranks meet a real tie.
 */
function tieTwo(rows: UnitRow[]): void {
  const sorted = rows
    // Both must qualify for the ranking, or the site would never compare them.
    .filter((r) => r.kind === 'kommun' && r.nki !== undefined && nkiEligible(r))
    .sort((a, b) => b.nki! - a.nki!);
  const at = createRandom(SEED, 'tie').int(15, 25);
  sorted[at + 1]!.nki = sorted[at]!.nki;
}

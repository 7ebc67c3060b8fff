/**
 * What a unit-year's shown results rest on (issue 22): the answers and response rate of NKI
 * totalt where the file has them, and every shown area or NUI result on fewer than
 * THIN_BASE_ANSWERS answers, which the release names ("Resultatet för bygglov bygger på 14 svar").
 */
import { AREA_IDS } from '../lib/areas';
import type { UnitYear } from '../lib/model';
import { THIN_BASE_ANSWERS } from '../lib/rules';
import type { Claim } from './types';

export type BasisClaim = Claim & { kind: 'basis' };

export interface Basis {
  /** NKI totalt's answers and response rate, when the file gives either. */
  total?: BasisClaim;
  /** Shown area and NUI results on a thin base, in the areas' order, NUI last. */
  thin: BasisClaim[];
}

export function basisOf(uy: UnitYear): Basis {
  const unit = uy.unit.code;
  const year = uy.year;
  const { answers, responseRate } = uy.row;
  const total: BasisClaim | undefined =
    uy.nki.kind === 'measured' && (answers !== undefined || responseRate !== undefined)
      ? { kind: 'basis', unit, measure: 'nki', year, answers, responseRate }
      : undefined;
  const thin: BasisClaim[] = [];
  for (const area of AREA_IDS) {
    const a = uy.areas.find((x) => x.area === area);
    if (a?.score.kind === 'measured' && isThin(a.answers)) {
      thin.push({ kind: 'basis', unit, measure: area, year, answers: a.answers });
    }
  }
  if (uy.nui.kind === 'measured' && isThin(uy.row.nuiAnswers)) {
    thin.push({ kind: 'basis', unit, measure: 'nui', year, answers: uy.row.nuiAnswers });
  }
  return { total, thin };
}

const isThin = (answers: number | undefined): answers is number =>
  answers !== undefined && answers < THIN_BASE_ANSWERS;

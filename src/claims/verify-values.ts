/**
 * The verifier's checks of the claims about values: a value, its grade and change, an average,
 * an area's mean, the participants, a count, a missing result and the base of answers behind a
 * result. Called by src/claims/verify.ts for each claim of these kinds.
 */
import { published, THIN_BASE_ANSWERS } from '../lib/rules';
import type { Derived } from '../lib/model';
import type { ClaimOf } from './types';
import type { ClaimCheck } from './verify';
import { areaMeanOf, breaks, countOf, gradeOf, valueOf } from './verify-facts';

export type ValueClaim = ClaimOf<
  | 'value'
  | 'grade'
  | 'change'
  | 'average'
  | 'area-average'
  | 'participants'
  | 'count'
  | 'missing'
  | 'basis'
>;

/** Checks a claim about a value against the model; problems go to `k.fail`. */
export function verifyValueClaim(d: Derived, c: ValueClaim, k: ClaimCheck): void {
  const { says, fail } = k;
  switch (c.kind) {
    case 'value': {
      const v = valueOf(d, c.unit, c.measure, c.year);
      if (v === undefined || Math.abs(v - c.value) > 1e-9) fail(`värdet ${c.value} stämmer inte`);
      break;
    }
    case 'grade': {
      const v = valueOf(d, c.unit, c.measure, c.year);
      if (v === undefined || gradeOf(v) !== c.grade) fail('betyget stämmer inte');
      break;
    }
    case 'change': {
      const from = valueOf(d, c.unit, c.measure, c.fromYear);
      const to = valueOf(d, c.unit, c.measure, c.toYear);
      if (from !== c.from || to !== c.to) fail('värdena stämmer inte');
      if (published(c.to) - published(c.from) !== c.delta) fail('skillnaden stämmer inte');
      if (breaks(d, c.unit, c.measure, c.fromYear, c.toYear) !== c.acrossBreak) fail('seriebrott');
      if (c.acrossBreak && !says(/seriebrott|rakt av/)) fail('seriebrottet sägs inte');
      if ((c.acrossBreak || c.fromYear !== c.toYear - 1) && !says(String(c.fromYear))) {
        fail(`jämförelseåret ${c.fromYear} nämns inte`);
      }
      break;
    }
    case 'average': {
      const s = d.years.find((y) => y.year === c.year);
      const avg = c.measure === 'nki' ? s?.nkiAverage : s?.nuiAverage;
      if (!avg || avg.value !== c.value || (avg.basis === 'official') !== c.official)
        fail('snittet stämmer inte');
      if (avg && avg.basis === 'computed' && !s?.complete)
        fail('beräknat snitt ur ofullständig fil');
      break;
    }
    case 'area-average': {
      const mean = areaMeanOf(d, c.area, c.year);
      if (mean === undefined || Math.abs(mean - c.value) > 1e-9) fail('snittet stämmer inte');
      break;
    }
    case 'participants': {
      const s = d.years.find((y) => y.year === c.year);
      if (!s?.complete) fail('deltagarantal ur ofullständig fil');
      if (
        s?.municipalitiesInFile !== c.municipalities ||
        s.forbundInFile !== c.forbund ||
        s.municipalitiesWithNki !== c.withNki
      )
        fail('antalet stämmer inte');
      break;
    }
    case 'count':
      if (countOf(d, c) !== c.n) fail(`antalet ${c.what} stämmer inte`);
      break;
    case 'missing': {
      const uy = d.byUnitYear.get(`${c.unit}:${c.year}`);
      const score =
        c.measure === 'nki' ? uy?.nki : uy?.areas.find((a) => a.area === c.measure)?.score;
      if (score !== undefined && score.kind !== 'missing') fail('värdet saknas inte');
      break;
    }
    case 'basis': {
      // Straight from the file's row: the measure's answers and rate, and a shown result.
      const row = d.byUnitYear.get(`${c.unit}:${c.year}`)?.row;
      const from =
        c.measure === 'nki'
          ? { answers: row?.answers, rate: row?.responseRate }
          : c.measure === 'nui'
            ? { answers: row?.nuiAnswers, rate: undefined }
            : { answers: row?.areas[c.measure]?.answers, rate: undefined };
      if (valueOf(d, c.unit, c.measure, c.year) === undefined) fail('inget visat resultat');
      if (from.answers !== c.answers) fail('antalet svar stämmer inte');
      if (c.responseRate !== undefined && from.rate !== c.responseRate)
        fail('svarsfrekvensen stämmer inte');
      if (c.measure !== 'nki' && !(c.answers !== undefined && c.answers < THIN_BASE_ANSWERS))
        fail('inte ett tunt underlag');
      break;
    }
  }
}

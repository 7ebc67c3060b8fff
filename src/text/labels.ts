/** Short Swedish labels for tables and chart markers. */
import { AREAS } from '../lib/areas';
import type { MissingReason, NotRankedReason, Score } from '../lib/model';
import type { Measure } from '../lib/series';
import { formatIndex } from './format';

const NOT_RANKED: Record<NotRankedReason, string> = {
  'no-result': 'inget resultat',
  'too-few-answers': 'för få svar',
  'low-response-rate': 'för låg svarsfrekvens',
  'missing-mandatory-area': 'obligatoriskt område saknas',
  'not-ranked-by-skr': 'ingen placering från SKR',
  'not-a-municipality': 'rankas inte (förbund)',
};

const MISSING: Record<MissingReason, string> = {
  suppressed: 'visas inte',
  'no-result': 'inget resultat',
  'not-measured': 'mättes inte',
  'too-few-answers': 'för få svar',
};

export const notRankedLabel = (reason: NotRankedReason): string => NOT_RANKED[reason];
export const missingLabel = (reason: MissingReason): string => MISSING[reason];

/** "86" for a measured score, the reason in words for a missing one. */
export function scoreText(score: Score): string {
  return score.kind === 'measured' ? formatIndex(score.value) : missingLabel(score.reason);
}

/** Swedish name of a measure as a row or panel label (the comparison pages). */
export function measureName(measure: Measure): string {
  if (measure === 'nki') return 'NKI totalt';
  if (measure === 'nui') return 'NUI (upphandling)';
  return AREAS.find((a) => a.id === measure)!.name;
}

/**
 * What results rest on, in words (claims/basis.ts): "NKI totalt för Kalix kommun bygger på 155
 * svar; 59 procent av de tillfrågade företagen svarade." and, for a thin base, "Resultatet för bygglov
 * bygger på 14 svar." On the page the same figures read "155 svar" and "svarsfrekvens 59 %".
 */
import type { BasisClaim } from '../claims/basis';
import { sentence, type Sentence } from '../claims/types';
import { areaInfo } from '../lib/areas';
import type { Measure } from '../lib/series';
import { capitalize, formatNumber, joinList, rateWords } from './format';
import { thinBaseWords } from './rule-words';

/** "155 svar" */
export const answersWords = (answers: number): string => `${formatNumber(answers)} svar`;

function measureWords(m: Measure): string {
  if (m === 'nki') return 'NKI totalt';
  if (m === 'nui') return 'upphandling (NUI)';
  return areaInfo(m).inSentence;
}

/** NKI totalt's answers and response rate, for the "Om Insikt" paragraph. */
export function totalBasisSentence(c: BasisClaim, name: string): Sentence | undefined {
  const rate = c.responseRate !== undefined ? rateWords(c.responseRate) : '';
  if (c.answers !== undefined) {
    const withRate = rate ? `; ${rate} av de tillfrågade företagen svarade` : '';
    return sentence(`NKI totalt för ${name} bygger på ${answersWords(c.answers)}${withRate}.`, c);
  }
  return rate ? sentence(`I ${name} svarade ${rate} av de tillfrågade företagen.`, c) : undefined;
}

/**
 * One sentence for every result on a thin base: "Resultatet för bygglov bygger på 14 svar." or
 * "Färre än 20 svar ligger bakom resultaten för brandskydd (13) och serveringstillstånd (10)."
 */
export function thinBaseSentence(thin: readonly BasisClaim[]): Sentence[] {
  const [first, ...rest] = thin;
  if (!first) return [];
  const count = (c: BasisClaim) => formatNumber(c.answers ?? 0);
  const text =
    rest.length === 0
      ? `Resultatet för ${measureWords(first.measure)} bygger på ${count(first)} svar.`
      : `${capitalize(thinBaseWords())} ligger bakom resultaten för ${joinList(thin.map((c) => `${measureWords(c.measure)} (${count(c)})`))}.`;
  return [sentence(text, first, ...rest)];
}

/**
 * The participants of a year, worded as what the file shows: the units it has results for, and
 * how many of the municipalities have NKI totalt (in Kolada's figures a municipality may have
 * area results but too few answers for a total). One home for the count on every page; the claim
 * is built in src/claims/year.ts.
 */
import { sentence, type Claim, type Sentence } from '../claims/types';
import { formatNumber } from './format';

export type ParticipantsClaim = Claim & { kind: 'participants' };

/** "Underlaget för 2021 har resultat för 197 kommuner, och 190 av dem har ett NKI totalt." */
export function participantsSentence(p: ParticipantsClaim): Sentence {
  const forbund =
    p.forbund > 0 ? ` och ${formatNumber(p.forbund)} förbund eller gemensamma förvaltningar` : '';
  const units = `${formatNumber(p.municipalities)} ${p.municipalities === 1 ? 'kommun' : 'kommuner'}`;
  const total =
    p.withNki < p.municipalities
      ? `, och ${formatNumber(p.withNki)} av dem har ett NKI totalt`
      : '';
  return sentence(`Underlaget för ${p.year} har resultat för ${units}${forbund}${total}.`, p);
}

/**
 * Sentences about placements. Places 1–10 from SKR are written in words ("andra plats"), the
 * rest in digits ("plats 56"); a denominator ("plats 2 av 198") appears only when the model
 * knows how many were ranked; a computed placement always says so; a shared place says "delad".
 */
import type { NotRankedReason, PlaceChange, Rank, RankOutcome } from '../lib/model';
import { formatNumber, ordinal } from './format';

/** "andra plats", "delad plats 56", "plats 2 av 198", "plats 12 (beräknad placering)". */
export function placePhrase(rank: Rank): string {
  const shared = rank.tied ? 'delad ' : '';
  // With a denominator, digits read better: "plats 8 av 15", not "åttonde plats av 15".
  const words = rank.basis === 'official' && rank.place <= 10 && rank.outOf === undefined;
  const core = words
    ? `${shared}${ordinal(rank.place)} plats`
    : `${shared}plats ${formatNumber(rank.place)}`;
  return `${core}${outOf(rank)}${rank.basis === 'computed' ? ' (beräknad placering)' : ''}`;
}

/**
 * One sentence on a ranking: `scope` opens it ("I landet", "I Norrbottens län"), `noun` is the
 * unit ("kommunen"). With a PlaceChange it tells the move; without one, the place alone.
 */
export function placeSentence(
  scope: string,
  noun: string,
  outcome: RankOutcome | undefined,
  change: PlaceChange | undefined,
  year: number,
): string | undefined {
  if (outcome?.kind !== 'ranked') return undefined;
  const rank = outcome.rank;
  if (!change) {
    if (rank.place === 1 && rank.basis === 'official') {
      return `${scope} är ${noun} ${rank.tied ? 'delad etta' : 'bäst'}${outOf(rank)}.`;
    }
    return `${scope} hamnar ${noun} på ${placePhrase(rank)}.`;
  }
  const computed = change.from.basis === 'computed' || change.to.basis === 'computed';
  const note = computed ? ' (beräknade placeringar)' : '';
  const when = change.fromYear === year - 1 ? 'förra året' : String(change.fromYear);
  if (change.climbed === 0) {
    const same: Rank = { ...rank, basis: computed ? 'computed' : rank.basis };
    return `${scope} hamnar ${noun} på ${placePhrase(same)}, samma placering som ${when}.`;
  }
  const verb = change.climbed > 0 ? 'klättrar' : 'går';
  const since = change.fromYear === year - 1 ? '' : ` jämfört med ${change.fromYear}`;
  return (
    `${scope} ${verb} ${noun} från plats ${formatNumber(change.from.place)} ` +
    `till plats ${formatNumber(change.to.place)}${outOf(rank)}${since}${note}.`
  );
}

/**
 * An area's place: "tredje bäst i landet" for SKR's top ten (no denominator: "tredje bäst av 193"
 * reads badly), otherwise "på plats 40 i landet".
 */
export function areaPlaceSentence(
  noun: string,
  outcome: RankOutcome | undefined,
): string | undefined {
  if (outcome?.kind !== 'ranked') return undefined;
  const rank = outcome.rank;
  if (rank.basis === 'official' && !rank.tied && rank.place <= 10) {
    const best =
      rank.place === 1 ? 'bäst' : rank.place === 2 ? 'näst bäst' : `${ordinal(rank.place)} bäst`;
    return `Där är ${noun} ${best} i landet.`;
  }
  return `Där hamnar ${noun} på ${placePhrase(rank)} i landet.`;
}

const NOT_RANKED_BECAUSE: Record<NotRankedReason, string> = {
  'no-result': 'det inte finns något NKI totalt',
  'too-few-answers': 'antalet svar är för litet',
  'low-response-rate': 'svarsfrekvensen är för låg',
  'missing-mandatory-area': 'resultat saknas i minst ett av de obligatoriska områdena',
  'not-ranked-by-skr': 'SKR inte har rankat den',
  'not-a-municipality': 'bara kommuner rankas',
};

/** "Kommunen deltar i mätningen men rankas inte 2021, eftersom antalet svar är för litet." */
export function notRankedSentences(noun: string, reason: NotRankedReason, year: number): string[] {
  const subject = noun.charAt(0).toLocaleUpperCase('sv-SE') + noun.slice(1);
  if (reason === 'not-ranked-by-skr') {
    // Saying "not ranked because SKR did not rank it" would be circular: say what we know.
    return [
      `${subject} finns med i underlaget men har ingen placering från SKR ${year}.`,
      'Underlaget anger inte varför.',
    ];
  }
  return [
    `${subject} deltar i mätningen men rankas inte ${year}, eftersom ${NOT_RANKED_BECAUSE[reason]}.`,
  ];
}

function outOf(rank: Rank): string {
  return rank.outOf !== undefined ? ` av ${formatNumber(rank.outOf)}` : '';
}

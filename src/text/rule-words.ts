/**
 * The rules in words, generated from their one home (src/lib/rules.ts), so that the prose that
 * states a rule (method, about, `om`, tip sheets) cannot drift from the rule applied.
 */
import {
  GRADE_SCALE,
  LARGER_THAN,
  MIN_GROUP_FOR_SUPERLATIVE,
  NOTABLE_DELTA,
  PEERS_FROM,
  peerEditionFor,
} from '../lib/rules';
import { countWord, formatNumber, gradeLabel } from './format';
import { noPeerGroupingWords, peerGroupingWords } from './peer-words';

/** SKR's grade scale as rows: "80 eller mer" – mycket högt, "70–79" – högt, … "Under 62" – lågt. */
export function gradeScaleRows(): { range: string; label: string }[] {
  return GRADE_SCALE.map((g, i) => {
    const above = GRADE_SCALE[i - 1];
    const range =
      i === 0
        ? `${formatNumber(g.min)} eller mer`
        : g.min === 0
          ? `Under ${formatNumber(above!.min)}`
          : `${formatNumber(g.min)}–${formatNumber(above!.min - 1)}`;
    return { range, label: gradeLabel(g.grade) };
  });
}

/** "80 eller mer är mycket högt, 70–79 högt, 62–69 godkänt och under 62 lågt". */
export function gradeScaleWords(verb = 'är'): string {
  const rows = gradeScaleRows().map((r, i) =>
    i === 0 ? `${r.range} ${verb} ${r.label}` : `${r.range.replace(/^Under/, 'under')} ${r.label}`,
  );
  return `${rows.slice(0, -1).join(', ')} och ${rows.at(-1)}`;
}

/** "minst 2 enheter": the smallest change a text calls an increase or a decrease. */
export function notableChangeWords(): string {
  return `minst ${formatNumber(NOTABLE_DELTA)} enheter`;
}

/** "mindre än 2 indexenheter". */
export function belowNotableWords(): string {
  return `mindre än ${formatNumber(NOTABLE_DELTA)} indexenheter`;
}

/** "fler än 40 000 invånare". */
export function largerWords(): string {
  return `fler än ${formatNumber(LARGER_THAN)} invånare`;
}

/** "minst tre rankade": the group a superlative needs. */
export function superlativeGroupWords(): string {
  return `minst ${countWord(MIN_GROUP_FOR_SUPERLATIVE)} rankade`;
}

/** "färre än tre". */
export function fewerThanGroupWords(): string {
  return `färre än ${countWord(MIN_GROUP_FOR_SUPERLATIVE)}`;
}

/** "SKR:s kommungrupper finns från 2017 i underlaget": why a year before has no group. */
export function noPeerGroupingYetWords(): string {
  return noPeerGroupingWords(PEERS_FROM);
}

/** Which grouping a data year uses ("… kommungruppsindelning 2017."), or that it has none. */
export function peerGroupingOfYearWords(year: number): { words: string; grouped: boolean } {
  const edition = peerEditionFor(year);
  return { words: peerGroupingWords(edition, PEERS_FROM), grouped: edition !== undefined };
}

/**
 * The rules in words, generated from their one home (src/lib/rules.ts), so that the prose that
 * states a rule (method, about, `om`, tip sheets) cannot drift from the rule applied.
 */
import { areaInfo } from '../lib/areas';
import {
  FOOD_CONTROL_FROM,
  GRADE_SCALE,
  LARGER_THAN,
  MIN_ANSWERS_SHOWN,
  MIN_GROUP_FOR_SUPERLATIVE,
  MIN_NUI_ANSWERS,
  NUI_FROM,
  NOTABLE_DELTA,
  RANKING_RULES_2017,
  RANKING_RULES_2021,
  PEERS_FROM,
  peerEditionFor,
  THIN_BASE_ANSWERS,
  WORD_FILE_YEARS,
  type RankingRules,
} from '../lib/rules';
import { countWord, formatNumber, gradeLabel, joinList } from './format';
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

const mandatoryWords = (r: RankingRules) =>
  `ärenden i alla ${countWord(r.mandatory.length)} obligatoriska områden (${joinList(r.mandatory.map((a) => areaInfo(a).inSentence))})`;

/** SKR's ranking rules and the site's thin-base rule, as the method page states them. */
export function rankingRulesWords(): string[] {
  const now = RANKING_RULES_2021;
  const before = RANKING_RULES_2017;
  const perArea =
    now.minRatePerArea !== undefined
      ? ` och minst ${formatNumber(now.minRatePerArea)} procent i varje område`
      : '';
  return [
    `För att rankas på NKI totalt behöver en kommun (regler från ${now.since}) ${mandatoryWords(now)}, en svarsfrekvens på minst ${formatNumber(now.minAverageRate)} procent i genomsnitt${perArea}, samt minst ${formatNumber(now.minTotalAnswers ?? 0)} svar. En områdesrankning kräver minst ${formatNumber(now.minAreaAnswers)} svar, NUI minst ${formatNumber(MIN_NUI_ANSWERS)}.`,
    `Före ${now.since} gäller här ${before.since} års regler (för åren före ${before.since} ett antagande, och före ${FOOD_CONTROL_FROM} utan livsmedelskontroll, som då ingick i miljö- och hälsoskydd): ${mandatoryWords(before)}, en svarsfrekvens på minst ${formatNumber(before.minAverageRate)} procent och minst ${formatNumber(before.minAnswersPerMandatoryArea ?? 0)} svar i varje obligatoriskt område och för en områdesrankning.`,
    `Resultat med färre än ${formatNumber(MIN_ANSWERS_SHOWN)} svar visas inte alls. Ett resultat som bygger på färre än ${formatNumber(THIN_BASE_ANSWERS)} svar får sitt antal svar utskrivet i pressmeddelandet, eftersom enstaka svar då flyttar indexet flera enheter.`,
  ];
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

/** "färre än 20 svar": a thin base, which a release names with its count. */
export function thinBaseWords(): string {
  return `färre än ${formatNumber(THIN_BASE_ANSWERS)} svar`;
}

/** "sedan 2020": since when NUI is measured. */
export function nuiSinceWords(): string {
  return `sedan ${NUI_FROM}`;
}

/** "de senaste tio dataåren": the releases that get a Word file. */
export function wordFileWords(): string {
  return `de senaste ${countWord(WORD_FILE_YEARS)} dataåren`;
}

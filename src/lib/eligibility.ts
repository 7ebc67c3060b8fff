/**
 * Who may be ranked, by SKR's rules (domain notes §4). From 2021: cases in all four mandatory
 * areas, an average response rate of at least 40 % over them and at least 30 % in each, and at
 * least 20 answers; an area ranking needs 10 answers, NUI 10; under 7 answers nothing is shown.
 * Before 2021 the 2017 rules apply (an assumption for 2010–2016, see
 * docs/decisions/official-vs-computed-ranks.md): the mandatory areas bygglov, miljö- och
 * hälsoskydd and — from 2015, when it was measured on its own — livsmedelskontroll; 40 % response
 * rate; 12 answers in each mandatory area and for an area ranking.
 *
 * The rules are applied only to what the file says: an absent count or rate is never read as a
 * failure, so a unit is held back only for a reason the data shows.
 */
import type { AreaId } from './areas';
import { MIN_ANSWERS_SHOWN, MIN_NUI_ANSWERS, rankingRulesFor, type RankingRules } from './rules';
import type { NotRankedReason, ResultRow, Score } from './model';

/** Which ranking a row is checked for. */
export type Ranking = { kind: 'nki' } | { kind: 'area'; area: AreaId } | { kind: 'nui' };

/**
 * The score a reader may see: a measured value backed by fewer than 7 answers becomes missing
 * with reason 'too-few-answers'; anything else is returned unchanged.
 */
export function shownScore(score: Score, answers: number | undefined): Score {
  if (score.kind === 'measured' && answers !== undefined && answers < MIN_ANSWERS_SHOWN) {
    return { kind: 'missing', reason: 'too-few-answers' };
  }
  return score;
}

/**
 * Why `row` cannot be in `ranking`, when the data shows it; undefined when the row qualifies or
 * when the fields that would decide are absent. Whether the unit is a municipality is the
 * caller's concern.
 */
export function ineligibility(row: ResultRow, ranking: Ranking): NotRankedReason | undefined {
  const rules = rankingRulesFor(row.year);
  if (ranking.kind === 'nui') {
    return scoreAndAnswers(shownScore(row.nui, row.nuiAnswers), row.nuiAnswers, MIN_NUI_ANSWERS);
  }
  if (ranking.kind === 'area') {
    const result = row.areas[ranking.area];
    if (!result) return 'no-result';
    return scoreAndAnswers(
      shownScore(result.score, result.answers),
      result.answers,
      rules.minAreaAnswers,
    );
  }
  const own = scoreAndAnswers(shownScore(row.nki, row.answers), row.answers, rules.minTotalAnswers);
  if (own) return own;
  return mandatoryAreas(row, rules);
}

function scoreAndAnswers(
  score: Score,
  answers: number | undefined,
  min: number | undefined,
): NotRankedReason | undefined {
  if (score.kind === 'missing') {
    return score.reason === 'too-few-answers' ? 'too-few-answers' : 'no-result';
  }
  if (answers !== undefined && min !== undefined && answers < min) return 'too-few-answers';
  return undefined;
}

function mandatoryAreas(row: ResultRow, rules: RankingRules): NotRankedReason | undefined {
  const results = rules.mandatory.map((area) => row.areas[area]);
  // An empty area in a row with answer counts per area is SKR's table saying the unit had no
  // cases there ("ej mätt" says so anywhere); an absent column says nothing. Only area answer
  // counts speak for SKR: Kolada has at most a total count, and leaves out an area with fewer
  // than 10 answers, so there an empty area may as well be a result too small to show, and
  // eligibility is not judged from it.
  const speaksForSkr = results.some((r) => r?.answers !== undefined);
  const noCases = results.some(
    (r) =>
      r?.score.kind === 'missing' &&
      (r.score.reason === 'not-measured' || (speaksForSkr && r.score.reason === 'no-result')),
  );
  if (noCases) return 'missing-mandatory-area';
  const perAreaAnswers = rules.minAnswersPerMandatoryArea;
  if (perAreaAnswers !== undefined) {
    if (results.some((r) => r?.answers !== undefined && r.answers < perAreaAnswers)) {
      return 'too-few-answers';
    }
  }
  const rates = results.map((r) => r?.responseRate);
  const perAreaRate = rules.minRatePerArea;
  if (perAreaRate !== undefined && rates.some((r) => r !== undefined && r < perAreaRate)) {
    return 'low-response-rate';
  }
  // The average over the mandatory areas when the file gives every one; otherwise the file's
  // total response rate stands in for it.
  const known = rates.filter((r): r is number => r !== undefined);
  const average =
    known.length === rates.length
      ? known.reduce((a, b) => a + b, 0) / known.length
      : row.responseRate;
  if (average !== undefined && average < rules.minAverageRate) return 'low-response-rate';
  return undefined;
}

/**
 * Every threshold and scale the site applies or states, each with its source: one home, so that
 * a rule is changed in one place and the prose that states it (method, about, `om`) is generated
 * from the same constants. Modules that apply a rule import it from here; none repeats a literal.
 */
import type { AreaId } from './areas';
import type { Grade } from './model';

/**
 * The integer SKR publishes for an unrounded index: half up (78.5 → 79), as in SKR's tables.
 * A small epsilon absorbs binary noise from arithmetic on decimals (a mean that should be 70,5
 * computed as 70,49999…). Every shown number, grade and difference uses this.
 */
export function published(value: number): number {
  return Math.floor(value + 0.5 + 1e-9);
}

/**
 * SKR's grade scale on the published integer (domain notes §3; SKR 2023: "80 eller mer" is
 * mycket högt), highest first.
 */
export const GRADE_SCALE: readonly { grade: Grade; min: number }[] = [
  { grade: 'mycket-hogt', min: 80 },
  { grade: 'hogt', min: 70 },
  { grade: 'godkant', min: 62 },
  { grade: 'lagt', min: 0 },
];

/** The grade of an unrounded index value, by its published integer. */
export function gradeFor(value: number): Grade {
  const shown = published(value);
  return GRADE_SCALE.find((g) => shown >= g.min)!.grade;
}

/** Smallest difference of published integers that a text may call an increase or a decrease. */
export const NOTABLE_DELTA = 2;

/** No superlative ("bäst i länet", "ökar mest") in a group smaller than this. */
export const MIN_GROUP_FOR_SUPERLATIVE = 3;

/** A fall of this many index points or more is news and may lead a release. */
export const BIG_FALL_POINTS = 10;

/** A move of this many places or more is news (either way). */
export const BIG_PLACE_MOVE = 30;

/** A fall of this many places, with a notable fall in the index, leads a release. */
export const FALL_PLACES = 10;

/** A fall of this many points leads a release on its own. */
export const FALL_POINTS = 5;

/** A rise of this many points leads a release. */
export const RISE_POINTS = 5;

/** "på bara två år" only for a gain at least this large. */
export const BIG_GAIN_POINTS = 10;

/** "Större kommun": more than 40 000 inhabitants (SKR's list, domain notes §4). */
export const LARGER_THAN = 40_000;

/**
 * SKR's in-between year ("mellanår"): 2015 was measured in 56 municipalities, ranked among
 * themselves and not published as an Öppna jämförelser (domain notes §2).
 */
export const IN_BETWEEN_YEARS: readonly number[] = [2015];

/** Livsmedelskontroll measured on its own (before, part of miljö- och hälsoskydd). */
export const FOOD_CONTROL_FROM = 2015;

/** NUI (upphandling) measured from this year, after a pilot in 2019 (domain notes §1). */
export const NUI_FROM = 2020;

/**
 * A release's Word file is made for the newest this many data years: ten years cover every
 * release a communicator starts a text from, and twenty years of files for 300 units would
 * pass a static host's 20 000-file limit (docs/decisions/press-kit.md). Older releases keep
 * their text to copy.
 */
export const WORD_FILE_YEARS = 10;

/** A place is compared only with one at most this many years back (older lists say little). */
export const MAX_PLACE_BASELINE_YEARS = 3;

/** Results with fewer answers than this are not shown at all (SKR). */
export const MIN_ANSWERS_SHOWN = 7;

/** SKR's ranking rules of a data year (domain notes §4): who may be ranked on NKI totalt. */
export interface RankingRules {
  /** The year these rules were introduced (said in the prose that states them). */
  since: number;
  mandatory: AreaId[];
  minTotalAnswers?: number;
  minAnswersPerMandatoryArea?: number;
  minAverageRate: number;
  minRatePerArea?: number;
  minAreaAnswers: number;
}

/** From 2021: four mandatory areas, 40 % on average and 30 % in each, 20 answers. */
export const RANKING_RULES_2021: RankingRules = {
  since: 2021,
  mandatory: ['bygglov', 'miljo-och-halsoskydd', 'livsmedelskontroll', 'serveringstillstand'],
  minTotalAnswers: 20,
  minAverageRate: 40,
  minRatePerArea: 30,
  minAreaAnswers: 10,
};

/**
 * 2017's rules, also applied to 2010–2016 (an assumption, docs/decisions/official-vs-computed-
 * ranks.md): three mandatory areas, 40 % response rate, 12 answers in each.
 */
export const RANKING_RULES_2017: RankingRules = {
  since: 2017,
  mandatory: ['bygglov', 'miljo-och-halsoskydd', 'livsmedelskontroll'],
  minAnswersPerMandatoryArea: 12,
  minAverageRate: 40,
  minAreaAnswers: 12,
};

/** A NUI ranking needs this many answers (SKR). */
export const MIN_NUI_ANSWERS = 10;

export function rankingRulesFor(year: number): RankingRules {
  if (year >= RANKING_RULES_2021.since) return RANKING_RULES_2021;
  // Before livsmedelskontroll was measured on its own it cannot be required.
  return year >= FOOD_CONTROL_FROM
    ? RANKING_RULES_2017
    : {
        ...RANKING_RULES_2017,
        mandatory: RANKING_RULES_2017.mandatory.filter((a) => a !== 'livsmedelskontroll'),
      };
}

/** The fewest answers behind a ranked NKI totalt in a year: the total, or each mandatory area. */
export function minRankedAnswers(year: number): number {
  const r = rankingRulesFor(year);
  return r.minTotalAnswers ?? r.minAnswersPerMandatoryArea ?? MIN_ANSWERS_SHOWN;
}

/**
 * A shown result resting on fewer answers than this is told with its count ("Resultatet för
 * bygglov bygger på 14 svar"): SKR's minimum for ranking NKI totalt from 2021 and Kolada's for
 * publishing a total (domain notes §4 and §8). Below it one company's answers move an index by
 * several units.
 */
export const THIN_BASE_ANSWERS = 20;

/** A response rate is published as a whole percent, half up like the index ("44,5" → "45 %"). */
export const publishedRate = (percent: number): number => published(percent);

/**
 * SKR's kommungrupper, by edition and the data years each edition applies to (issue 22): the 2017
 * grouping (SKL's Kommungruppsindelning 2017) for 2017–2022, the 2023 grouping from 2023. Data
 * years before 2017 get no group: SKR's kommungrupper are in the data from 2017, and a later
 * grouping is not laid over older years (docs/decisions/peers.md). Each edition is
 * data/reference/kommungrupper-<edition>.csv.
 */
export const PEER_GROUPINGS: readonly { edition: number; from: number; to?: number }[] = [
  { edition: 2017, from: 2017, to: 2022 },
  { edition: 2023, from: 2023 },
];

/** The first data year with a kommungrupp. */
export const PEERS_FROM = PEER_GROUPINGS[0]!.from;

/** The edition of SKR's kommungrupper that applies to a data year; undefined before 2017. */
export function peerEditionFor(year: number): number | undefined {
  return PEER_GROUPINGS.find((g) => year >= g.from && (g.to === undefined || year <= g.to))
    ?.edition;
}

/**
 * Content determination for one unit's release: which true, valid claims the data supports and
 * which angle leads (Reiter & Dale's first two stages). Every comparison passes through
 * lib/comparability.ts; nothing here words anything, and the sentences (src/text/unit-sentences.ts)
 * read the series sizes and the last place off the claims built here.
 */
import { basisOf, type Basis } from './basis';
import { AREA_IDS, type AreaId } from '../lib/areas';
import {
  BIG_PLACE_MOVE,
  FALL_PLACES,
  FALL_POINTS,
  MIN_GROUP_FOR_SUPERLATIVE,
  RISE_POINTS,
  isBigFall,
  isLastPlace,
  isListRank,
  isReadableChange,
  isSuperlativeRank,
  meetsRankingThreshold,
  placeMoveAcrossBreak,
  placesComparable,
} from '../lib/comparability';
import { ownRecord, rankOf, yearHighlights } from '../lib/highlights';
import type { Change, Derived, PlaceChange, RankOutcome, UnitYear } from '../lib/model';
import { releaseSource, sourceSentences } from '../lib/provenance';
import { MAX_PLACE_BASELINE_YEARS } from '../lib/rules';
import { isInBetweenYear, SERIES_AREAS, seriesOf, type Measure } from '../lib/series';
import type { Claim, List } from './types';

export type AngleKind =
  | 'top-three'
  | 'top-ten'
  | 'big-fall'
  | 'fall'
  | 'biggest-climber'
  | 'best-in-county'
  | 'best-among-larger'
  | 'big-climb'
  | 'record'
  | 'rise'
  | 'plain'
  | 'no-result';

export interface AreaStory {
  area: AreaId;
  value?: Claim & { kind: 'value' };
  grade?: Claim & { kind: 'grade' };
  change?: Claim & { kind: 'change' };
  /** A longer notable change (two data years back), told in the same sentence. */
  longChange?: Claim & { kind: 'change' };
  /** SKR's top-ten place in the area, or the place of the area told as largest increase. */
  place?: Claim & { kind: 'place' };
  missing?: Claim & { kind: 'missing' };
  inTotal: boolean;
}

export interface UnitStory {
  code: string;
  name: string;
  shortName: string;
  isForbund: boolean;
  year: number;
  angle: AngleKind;
  /** 2015: 56 municipalities ranked among themselves, not "landet". */
  inBetween: boolean;
  /** Every place of the story is computed, and the release says so once. */
  placesComputed: boolean;
  countyName?: string;
  /** The county's municipalities in the reference list (a "bäst" among few is said as such). */
  countyMunicipalities?: number;
  /** The year's figures came from Kolada (its Riket is not always SKR's published average). */
  fromKolada: boolean;
  nki?: { value: Claim & { kind: 'value' }; grade?: Claim & { kind: 'grade' } };
  nkiChange?: Claim & { kind: 'change' };
  seriesBreak?: SeriesBreakClaim;
  record?: Claim & { kind: 'record' };
  /** The break between the record's series and the last older result, which the record names. */
  recordBreak?: SeriesBreakClaim;
  national?: PlaceStory;
  county?: PlaceStory;
  larger?: PlaceStory;
  /** The place among the unit's kommungrupp (computed), from 2017. */
  peers?: PeerStory;
  notRanked?: Claim & { kind: 'not-ranked' };
  biggestClimber?: Claim & { kind: 'biggest-climber' };
  areas: AreaStory[];
  /** Comparable area changes from the previous data year: "störst ökning" needs two or more. */
  comparableAreaChanges: number;
  /** The dataset's data year before this one, if any. */
  previousDataYear?: number;
  /** Every data year of the dataset, ascending (to name a year a baseline skips). */
  dataYears: number[];
  nui?: {
    value: Claim & { kind: 'value' };
    grade?: Claim & { kind: 'grade' };
    change?: Claim & { kind: 'change' };
    place?: PlaceStory;
  };
  average?: Claim & { kind: 'average' };
  participants?: Claim & { kind: 'participants' };
  /** Answers and response rate behind the results, where the file has them. */
  basis: Basis;
  totalAreas: readonly AreaId[];
  sourceFile: string;
  isExample: boolean;
  /** What the data's source and contents let the text say: Kolada's credit, eligibility unknown. */
  sourceNotes: string[];
  /** The release's closing source line (lib/provenance.ts releaseSource). */
  source: string;
}

export interface PlaceStory {
  place: Claim & { kind: 'place' };
  move?: Claim & { kind: 'place-change' };
  best?: Claim & { kind: 'best' };
  /** The break a move across series reaches over, said before the places it qualifies. */
  seriesBreak?: SeriesBreakClaim;
}

/** A series break with NKI totalt's areas counted on both sides ("sex områden mot fem"). */
export type SeriesBreakClaim = Claim & {
  kind: 'series-break';
  areas: { from: number; to: number };
};

/** A place among the kommungrupp: no move (a group's list changes with the grouping). */
export interface PeerStory extends PlaceStory {
  /** SKR's name of the group, singular, as the year's edition spells it: "Landsbygdskommun". */
  groupName: string;
  groupCode: string;
}

/** The story of `unitCode` in `year`; throws when the unit has no result that year. */
export function unitStory(derived: Derived, unitCode: string, year: number): UnitStory {
  const uy = derived.byUnitYear.get(`${unitCode}:${year}`);
  if (!uy) throw new Error(`Inget resultat för enhet ${unitCode} år ${year}`);
  const h = yearHighlights(derived, year);
  const summary = derived.years.find((y) => y.year === year);
  const code = uy.unit.code;
  const isForbund = uy.unit.kind === 'forbund';
  const ranks = !isForbund && meetsRankingThreshold(uy);
  const county =
    uy.unit.kind === 'kommun'
      ? derived.dataset.reference.counties.find(
          (c) => uy.unit.kind === 'kommun' && c.code === uy.unit.countyCode,
        )
      : undefined;

  const results = derived.dataset.years.find((y) => y.year === year);
  const story: UnitStory = {
    code,
    name: uy.unit.displayName,
    shortName: uy.unit.name,
    isForbund,
    year,
    angle: 'plain',
    inBetween: isInBetweenYear(year),
    placesComputed: false,
    countyName: county?.name,
    countyMunicipalities: county
      ? derived.dataset.reference.municipalities.filter((m) => m.countyCode === county.code).length
      : undefined,
    fromKolada: results?.source?.name === 'Kolada',
    areas: [],
    comparableAreaChanges: 0,
    dataYears: derived.years.map((y) => y.year),
    totalAreas: isForbund ? uy.areas.map((a) => a.area) : SERIES_AREAS[uy.series],
    sourceFile: uy.row.source.file,
    isExample: derived.dataset.isExample,
    sourceNotes: sourceSentences(results),
    basis: basisOf(uy),
    source: releaseSource(derived.dataset, year),
  };

  if (uy.nki.kind === 'measured') {
    story.nki = { value: valueClaim(code, 'nki', year, uy.nki.value) };
    if (uy.grade)
      story.nki.grade = { kind: 'grade', unit: code, measure: 'nki', year, grade: uy.grade };
    if (uy.nkiChange) {
      story.nkiChange = changeClaim(code, 'nki', uy.nkiChange);
      if (uy.nkiChange.acrossBreak) {
        story.seriesBreak = seriesBreakClaim(code, uy.nkiChange.fromYear, year);
      }
    }
    const record = derived.records.find((r) => r.unit.code === code);
    const own = record && ownRecord(record, year);
    if (own) story.record = { kind: 'record', unit: code, year, value: uy.nki.value, ...own };
    const lastOlder = own?.olderSeriesYears.at(-1);
    if (lastOlder !== undefined) story.recordBreak = seriesBreakClaim(code, lastOlder, year);
  }

  if (!isForbund && ranks) {
    story.national = placeStory(code, 'national', uy.national, uy.placeChange, year);
    const inCounty = county ? (h.rankedInCounty.get(county.code) ?? 0) : 0;
    // A place in a county of one or two ranked municipalities says nothing (Region Gotland), and
    // the in-between year's short list has no county or size-group lists worth a sentence.
    if (inCounty >= MIN_GROUP_FOR_SUPERLATIVE && !story.inBetween) {
      story.county = placeStory(code, 'county', uy.county, uy.countyPlaceChange, year);
      if (story.county && county && h.bestInCounty.get(county.code) === uy) {
        story.county.best = { kind: 'best', unit: code, list: 'county', year, groupSize: inCounty };
      }
    }
    if (!story.inBetween) story.larger = placeStory(code, 'larger', uy.larger, undefined, year);
    if (story.larger && h.bestAmongLarger === uy) {
      const size = h.ranked.filter((u) => u.larger?.kind === 'ranked').length;
      story.larger.best = { kind: 'best', unit: code, list: 'larger', year, groupSize: size };
    }
    // First in the country is first in its group too: the group adds nothing then.
    const first = rankOf(uy.national);
    if (!story.inBetween && !(first?.place === 1 && !first.tied)) story.peers = peerStory(uy);
    if (h.biggestClimber === uy && uy.placeChange) {
      story.biggestClimber = {
        kind: 'biggest-climber',
        unit: code,
        year,
        fromYear: uy.placeChange.fromYear,
        climbed: uy.placeChange.climbed,
      };
    }
  }
  if (!isForbund && uy.national.kind === 'not-ranked') {
    const reason = uy.national.reason;
    // "No place from SKR" in an extract is only the extract's silence: say nothing then.
    const silent = reason === 'no-result' || (reason === 'not-ranked-by-skr' && !summary?.complete);
    if (!silent) story.notRanked = { kind: 'not-ranked', unit: code, year, reason };
  }

  story.areas = areaStories(uy, story.totalAreas, ranks || isForbund);
  const previous = derived.years.filter((y) => y.year < year).at(-1)?.year;
  story.previousDataYear = previous;
  story.comparableAreaChanges = uy.areas.filter(
    (a) => a.change && !a.change.acrossBreak && a.change.fromYear === previous,
  ).length;

  if (uy.nui.kind === 'measured') {
    story.nui = { value: valueClaim(code, 'nui', year, uy.nui.value) };
    if (uy.nuiGrade)
      story.nui.grade = { kind: 'grade', unit: code, measure: 'nui', year, grade: uy.nuiGrade };
    if (uy.nuiChange && !uy.nuiChange.acrossBreak)
      story.nui.change = changeClaim(code, 'nui', uy.nuiChange);
    if (!isForbund) story.nui.place = placeStory(code, 'nui', uy.nuiRank, uy.nuiPlaceChange, year);
  }

  const avg = summary?.nkiAverage;
  if (avg && (avg.basis === 'official' || summary.complete)) {
    story.average = {
      kind: 'average',
      measure: 'nki',
      year,
      value: avg.value,
      official: avg.basis === 'official',
    };
  }
  if (summary?.complete) {
    story.participants = {
      kind: 'participants',
      year,
      municipalities: summary.municipalitiesInFile,
      forbund: summary.forbundInFile,
      withNki: summary.municipalitiesWithNki,
    };
  }
  // When every place the story holds is computed, the text says so once instead of after each.
  const places = [story.national, story.county, story.larger, story.peers, story.nui?.place]
    .flatMap((p) => (p ? [p.place.rank] : []))
    .concat(story.areas.flatMap((a) => (a.place ? [a.place.rank] : [])));
  story.placesComputed = places.length > 0 && places.every((r) => r.basis === 'computed');
  if (story.placesComputed) noteComputedPlaces(story);
  story.angle = chooseAngle(uy, story);
  return story;
}

/** Marks every computed place of the story as explained once in the text, not in each sentence. */
function noteComputedPlaces(s: UnitStory): void {
  const stories = [s.national, s.county, s.larger, s.peers, s.nui?.place];
  for (const p of stories) {
    if (!p) continue;
    if (p.place.rank.basis === 'computed') p.place.noted = true;
    if (p.move && p.move.to.basis === 'computed') p.move.noted = true;
  }
  for (const a of s.areas) if (a.place?.rank.basis === 'computed') a.place.noted = true;
}

function chooseAngle(uy: UnitYear, s: UnitStory): AngleKind {
  if (!s.nki) return 'no-result';
  // A place in the whole list (SKR's, or computed from a complete file) is the ranking: a top
  // place there is the strongest news, in the in-between year too (worded for its short list).
  const national = s.national?.place.rank;
  const move = s.national?.move;
  if (isListRank(national) && !national.tied && national.place <= 3) return 'top-three';
  if (isListRank(national) && national.place <= 10) return 'top-ten';
  if (isBigFall(uy) && (s.national?.move || (s.nkiChange && !s.nkiChange.acrossBreak))) {
    return 'big-fall';
  }
  // A notable fall outweighs a county honour (Öckerö 2017: first in its county, 13th in the
  // country after first, −8).
  if (isReadableChange(uy.nkiChange) && uy.nkiChange.delta < 0) {
    const fell = move && !move.acrossBreak && move.to.place - move.from.place >= FALL_PLACES;
    if (uy.nkiChange.delta <= -FALL_POINTS || fell) return 'fall';
  }
  if (s.biggestClimber) return 'biggest-climber';
  if (s.county?.best) return 'best-in-county';
  if (s.larger?.best) return 'best-among-larger';
  if (move && move.from.place - move.to.place >= BIG_PLACE_MOVE && !move.acrossBreak) {
    return 'big-climb';
  }
  // A record leads only over a real history: three or more earlier results.
  if (s.record && s.record.beaten >= 3) return 'record';
  const c = s.nkiChange;
  if (c && !c.acrossBreak && c.delta >= RISE_POINTS) return 'rise';
  return 'plain';
}

/**
 * The place among the unit's kommungrupp, from a complete list of at least
 * MIN_GROUP_FOR_SUPERLATIVE ranked (a group of two says nothing); "bäst" when first and alone.
 */
function peerStory(uy: UnitYear): PeerStory | undefined {
  const peers = uy.peers;
  const rank = rankOf(peers?.rank);
  if (!peers || !isListRank(rank) || rank.outOf === undefined) return undefined;
  if (rank.outOf < MIN_GROUP_FOR_SUPERLATIVE) return undefined;
  const group = { code: peers.group.code, edition: peers.edition };
  const unit = uy.unit.code;
  const story: PeerStory = {
    place: { kind: 'place', unit, list: 'peers', year: uy.year, rank, group },
    groupName: peers.group.name,
    groupCode: peers.group.code,
  };
  if (isSuperlativeRank(rank, rank.outOf)) {
    story.best = {
      kind: 'best',
      unit,
      list: 'peers',
      year: uy.year,
      groupSize: rank.outOf,
      group,
    };
  }
  return story;
}

function placeStory(
  unit: string,
  list: List,
  outcome: RankOutcome | undefined,
  pc: PlaceChange | undefined,
  year: number,
): PlaceStory | undefined {
  const rank = rankOf(outcome);
  if (!rank) return undefined;
  const story: PlaceStory = { place: { kind: 'place', unit, list, year, rank } };
  // A move is told from a recent list only, and never "tappar" for a unit last in both lists
  // when only the list grew (Ronneby 2017: "från plats 1 till plats 3 av 3").
  const recent = pc !== undefined && pc.toYear - pc.fromYear <= MAX_PLACE_BASELINE_YEARS;
  const lastBoth =
    pc !== undefined &&
    pc.from.outOf !== undefined &&
    pc.from.place === pc.from.outOf &&
    isLastPlace(pc.to);
  if (placesComparable(pc) && recent && !lastBoth) {
    story.move = {
      kind: 'place-change',
      unit,
      list,
      fromYear: pc.fromYear,
      toYear: pc.toYear,
      from: pc.from,
      to: pc.to,
      acrossBreak: list !== 'nui' && placeMoveAcrossBreak(pc),
    };
    if (isLastPlace(pc.to)) story.move.toLast = true;
    if (story.move.acrossBreak) story.seriesBreak = seriesBreakClaim(unit, pc.fromYear, pc.toYear);
  }
  return story;
}

/** The series break between two years of NKI totalt, with each side's number of areas. */
function seriesBreakClaim(unit: string, fromYear: number, toYear: number): SeriesBreakClaim {
  const areas = {
    from: SERIES_AREAS[seriesOf(fromYear)].length,
    to: SERIES_AREAS[seriesOf(toYear)].length,
  };
  return { kind: 'series-break', unit, fromYear, toYear, areas };
}

function areaStories(uy: UnitYear, totalAreas: readonly AreaId[], ranks: boolean): AreaStory[] {
  const code = uy.unit.code;
  const out: AreaStory[] = [];
  for (const a of uy.areas) {
    const story: AreaStory = { area: a.area, inTotal: totalAreas.includes(a.area) };
    if (a.score.kind === 'measured') {
      story.value = valueClaim(code, a.area, uy.year, a.score.value);
      if (a.grade)
        story.grade = { kind: 'grade', unit: code, measure: a.area, year: uy.year, grade: a.grade };
      if (a.change?.notable && !a.change.acrossBreak)
        story.change = changeClaim(code, a.area, a.change);
      const long = a.longChange;
      // A two-year change is told only beside a notable change from the last result: alone it
      // would hide a flat or falling last year ("på två år från 62 till 80", when it was 80).
      const lastNotable = !a.change || (a.change.notable && !a.change.acrossBreak);
      if (
        long?.notable &&
        !long.acrossBreak &&
        lastNotable &&
        long.fromYear < (a.change?.fromYear ?? uy.year)
      ) {
        story.longChange = changeClaim(code, a.area, long);
      }
      // SKR's area place, or one computed from a complete file: Kolada publishes an area only
      // with 10 answers or more, which is SKR's threshold for an area ranking.
      const rank = rankOf(a.rank);
      if (ranks && uy.unit.kind === 'kommun' && isListRank(rank) && (a.answers ?? 10) >= 10) {
        story.place = { kind: 'place', unit: code, list: a.area, year: uy.year, rank };
      }
    } else if (a.score.reason === 'too-few-answers' && story.inTotal) {
      story.missing = {
        kind: 'missing',
        unit: code,
        measure: a.area,
        year: uy.year,
        reason: a.score.reason,
      };
    }
    out.push(story);
  }
  return out.sort((x, y) => AREA_IDS.indexOf(x.area) - AREA_IDS.indexOf(y.area));
}

function valueClaim(unit: string, measure: Measure, year: number, value: number) {
  return { kind: 'value', unit, measure, year, value } as const;
}

/** A change as a claim, for every text that states one. */
export function changeClaim(unit: string, measure: Measure, c: Change) {
  return {
    kind: 'change',
    unit,
    measure,
    fromYear: c.fromYear,
    toYear: c.toYear,
    from: c.from,
    to: c.to,
    delta: c.delta,
    acrossBreak: c.acrossBreak,
  } as const;
}

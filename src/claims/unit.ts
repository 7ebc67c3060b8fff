/**
 * Content determination for one unit's release: which true, valid claims the data supports and
 * which angle leads (Reiter & Dale's first two stages). Every comparison passes through
 * lib/comparability.ts; nothing here words anything.
 */
import { AREA_IDS, type AreaId } from '../lib/areas';
import {
  BIG_PLACE_MOVE,
  isBigFall,
  meetsRankingThreshold,
  placeMoveAcrossBreak,
  placesComparable,
} from '../lib/comparability';
import { ownRecord, rankOf, yearHighlights } from '../lib/highlights';
import type { Change, Derived, PlaceChange, RankOutcome, UnitYear } from '../lib/model';
import { releaseSource, sourceSentences } from '../lib/provenance';
import { SERIES_AREAS, type Measure } from '../lib/series';
import type { Claim, List } from './types';

export type AngleKind =
  | 'top-three'
  | 'top-ten'
  | 'big-fall'
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
  countyName?: string;
  nki?: { value: Claim & { kind: 'value' }; grade?: Claim & { kind: 'grade' } };
  nkiChange?: Claim & { kind: 'change' };
  seriesBreak?: Claim & { kind: 'series-break' };
  record?: Claim & { kind: 'record' };
  national?: PlaceStory;
  county?: PlaceStory;
  larger?: PlaceStory;
  notRanked?: Claim & { kind: 'not-ranked' };
  biggestClimber?: Claim & { kind: 'biggest-climber' };
  areas: AreaStory[];
  /** Comparable area changes from the previous data year: "störst ökning" needs two or more. */
  comparableAreaChanges: number;
  /** The dataset's data year before this one, if any. */
  previousDataYear?: number;
  nui?: {
    value: Claim & { kind: 'value' };
    grade?: Claim & { kind: 'grade' };
    change?: Claim & { kind: 'change' };
    place?: PlaceStory;
  };
  average?: Claim & { kind: 'average' };
  participants?: Claim & { kind: 'participants' };
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

  const story: UnitStory = {
    code,
    name: uy.unit.displayName,
    shortName: uy.unit.name,
    isForbund,
    year,
    angle: 'plain',
    countyName: county?.name,
    areas: [],
    comparableAreaChanges: 0,
    totalAreas: isForbund ? uy.areas.map((a) => a.area) : SERIES_AREAS[uy.series],
    sourceFile: uy.row.source.file,
    isExample: derived.dataset.isExample,
    sourceNotes: sourceSentences(derived.dataset.years.find((y) => y.year === year)),
    source: releaseSource(derived.dataset, year),
  };

  if (uy.nki.kind === 'measured') {
    story.nki = { value: valueClaim(code, 'nki', year, uy.nki.value) };
    if (uy.grade)
      story.nki.grade = { kind: 'grade', unit: code, measure: 'nki', year, grade: uy.grade };
    if (uy.nkiChange) {
      story.nkiChange = changeClaim(code, 'nki', uy.nkiChange);
      if (uy.nkiChange.acrossBreak) {
        story.seriesBreak = {
          kind: 'series-break',
          unit: code,
          fromYear: uy.nkiChange.fromYear,
          toYear: year,
        };
      }
    }
    const record = derived.records.find((r) => r.unit.code === code);
    const own = record && ownRecord(record, year);
    if (own) story.record = { kind: 'record', unit: code, year, value: uy.nki.value, ...own };
  }

  if (!isForbund && ranks) {
    story.national = placeStory(code, 'national', uy.national, uy.placeChange, year);
    const inCounty = county ? (h.rankedInCounty.get(county.code) ?? 0) : 0;
    // A place in a county of one or two ranked municipalities says nothing (Region Gotland).
    if (inCounty >= 3) {
      story.county = placeStory(code, 'county', uy.county, uy.countyPlaceChange, year);
      if (story.county && county && h.bestInCounty.get(county.code) === uy) {
        story.county.best = { kind: 'best', unit: code, list: 'county', year, groupSize: inCounty };
      }
    }
    story.larger = placeStory(code, 'larger', uy.larger, undefined, year);
    if (story.larger && h.bestAmongLarger === uy) {
      const size = h.ranked.filter((u) => u.larger?.kind === 'ranked').length;
      story.larger.best = { kind: 'best', unit: code, list: 'larger', year, groupSize: size };
    }
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
    };
  }
  story.angle = chooseAngle(uy, story);
  return story;
}

function chooseAngle(uy: UnitYear, s: UnitStory): AngleKind {
  if (!s.nki) return 'no-result';
  const national = s.national?.place.rank;
  if (national?.basis === 'official' && !national.tied && national.place <= 3) return 'top-three';
  if (national?.basis === 'official' && national.place <= 10) return 'top-ten';
  if (isBigFall(uy) && (s.national?.move || (s.nkiChange && !s.nkiChange.acrossBreak))) {
    return 'big-fall';
  }
  if (s.biggestClimber) return 'biggest-climber';
  if (s.county?.best) return 'best-in-county';
  if (s.larger?.best) return 'best-among-larger';
  const move = s.national?.move;
  if (move && move.from.place - move.to.place >= BIG_PLACE_MOVE && !move.acrossBreak) {
    return 'big-climb';
  }
  // A record leads only over a real history: three or more earlier results.
  if (s.record && s.record.beaten >= 3) return 'record';
  const c = s.nkiChange;
  if (c && !c.acrossBreak && c.delta >= 5) return 'rise';
  return 'plain';
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
  if (placesComparable(pc)) {
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
  }
  return story;
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
      if (long?.notable && !long.acrossBreak && long.fromYear < (a.change?.fromYear ?? uy.year)) {
        story.longChange = changeClaim(code, a.area, long);
      }
      const rank = rankOf(a.rank);
      if (
        ranks &&
        uy.unit.kind === 'kommun' &&
        rank &&
        rank.basis === 'official' &&
        (a.answers ?? 10) >= 10
      ) {
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

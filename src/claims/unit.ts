/**
 * Content determination for one unit's release: which true, valid claims the data supports and
 * which angle leads (Reiter & Dale's first two stages). The places are built in unit-places.ts,
 * the areas in unit-areas.ts, the angle in unit-angle.ts. Every comparison passes through
 * lib/comparability.ts; nothing here words anything, and the sentences (src/text/unit-sentences.ts)
 * read the series sizes and the last place off the claims built here.
 */
import { basisOf, type Basis } from './basis';
import type { AreaId } from '../lib/areas';
import { meetsRankingThreshold } from '../lib/comparability';
import { ownRecord, yearHighlights } from '../lib/highlights';
import type { Derived } from '../lib/model';
import { releaseSource, sourceSentences } from '../lib/provenance';
import { isInBetweenYear, SERIES_AREAS } from '../lib/series';
import { changeClaim, seriesBreakClaim, valueClaim, type SeriesBreakClaim } from './measure-claims';
import type { Claim } from './types';
import { areaStories } from './unit-areas';
import { chooseAngle, type AngleKind } from './unit-angle';
import {
  addRankedPlaces,
  noteComputedPlaces,
  placeStory,
  type PeerStory,
  type PlaceStory,
} from './unit-places';

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

  if (!isForbund && ranks) addRankedPlaces(story, uy, h, county?.code);
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

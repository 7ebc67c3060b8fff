/**
 * The headline: the most newsworthy true fact, in the genre of municipal press releases
 * ("Kalix kommun har landets näst mest nöjda kunder"). Only SKR's own placements can lead;
 * a computed placement never does, and no headline is ever a negative superlative: a unit in
 * the middle or foot of the table gets the neutral headline with its index and grade.
 */
import type { Derived, UnitYear } from '../lib/model';
import { isOwnRecord, rankOf, type YearHighlights } from '../lib/highlights';
import { formatIndex, gradeLabel, ordinal, superlativePrefix } from './format';
import { countyOf } from './names';

export type HeadlineKind =
  | 'national-top-three'
  | 'national-top-ten'
  | 'best-in-county'
  | 'best-among-larger'
  | 'biggest-climber'
  | 'own-record'
  | 'neutral'
  | 'no-result';

export interface Headline {
  kind: HeadlineKind;
  text: string;
}

/** Picks the headline for one unit and year, in the order of newsworthiness above. */
export function chooseHeadline(
  derived: Derived,
  uy: UnitYear,
  highlights: YearHighlights,
): Headline {
  const name = uy.unit.displayName;
  const national = rankOf(uy.national);
  if (uy.unit.kind === 'kommun' && national?.basis === 'official') {
    const { place, tied } = national;
    if (place <= 3 && !tied) {
      return {
        kind: 'national-top-three',
        text: `${name} har landets ${superlativePrefix(place)}mest nöjda kunder`,
      };
    }
    if (place <= 10) {
      const shared = tied ? 'delad ' : '';
      return {
        kind: 'national-top-ten',
        text: `${name} på ${shared}${ordinal(place)} plats i landet`,
      };
    }
  }
  if (uy.unit.kind === 'kommun') {
    const county = countyOf(derived.dataset.reference, uy.unit);
    if (county && highlights.bestInCounty.get(county.code) === uy) {
      return { kind: 'best-in-county', text: `${name} bäst i ${county.name}` };
    }
    if (highlights.bestAmongLarger === uy) {
      return { kind: 'best-among-larger', text: `${name} bäst bland de större kommunerna` };
    }
    if (highlights.biggestClimber === uy) {
      return { kind: 'biggest-climber', text: `${name} klättrar mest i landet` };
    }
  }
  if (uy.nki.kind !== 'measured') {
    return { kind: 'no-result', text: `${name} i Insikt ${uy.year}` };
  }
  const record = derived.records.find((r) => r.unit.code === uy.unit.code);
  const index = formatIndex(uy.nki.value);
  if (record && isOwnRecord(record, uy.year)) {
    return { kind: 'own-record', text: `${name} når sitt högsta NKI hittills: ${index}` };
  }
  const grade = uy.grade ? ` – ett ${gradeLabel(uy.grade)} resultat` : '';
  return { kind: 'neutral', text: `${name} får NKI ${index}${grade}` };
}

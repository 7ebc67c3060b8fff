/**
 * The places of a unit's release: national, county, larger municipalities, kommungrupp and NUI,
 * the moves worth telling (with the break a move reaches over, and whether it ends last), "bäst"
 * where the group is large enough, and the year's biggest climb. Worded by
 * src/text/unit-sentences.ts.
 */
import {
  MIN_GROUP_FOR_SUPERLATIVE,
  isLastPlace,
  isListRank,
  isSuperlativeRank,
  placeMoveAcrossBreak,
  placesComparable,
} from '../lib/comparability';
import { rankOf, type YearHighlights } from '../lib/highlights';
import type { PlaceChange, RankOutcome, UnitYear } from '../lib/model';
import { MAX_PLACE_BASELINE_YEARS } from '../lib/rules';
import { seriesBreakClaim, type SeriesBreakClaim } from './measure-claims';
import type { Claim, List } from './types';
import type { UnitStory } from './unit';

export interface PlaceStory {
  place: Claim & { kind: 'place' };
  move?: Claim & { kind: 'place-change' };
  best?: Claim & { kind: 'best' };
  /** The break a move across series reaches over, said before the places it qualifies. */
  seriesBreak?: SeriesBreakClaim;
}

/** A place among the kommungrupp: no move (a group's list changes with the grouping). */
export interface PeerStory extends PlaceStory {
  /** SKR's name of the group, singular, as the year's edition spells it: "Landsbygdskommun". */
  groupName: string;
  groupCode: string;
}

/**
 * The places of a ranked municipality in `story`: national, county (among
 * MIN_GROUP_FOR_SUPERLATIVE or more ranked), larger municipalities and kommungrupp, with "bäst"
 * and the year's biggest climb.
 */
export function addRankedPlaces(
  story: UnitStory,
  uy: UnitYear,
  h: YearHighlights,
  countyCode: string | undefined,
): void {
  const { code, year } = story;
  story.national = placeStory(code, 'national', uy.national, uy.placeChange, year);
  const inCounty = countyCode ? (h.rankedInCounty.get(countyCode) ?? 0) : 0;
  // A place in a county of one or two ranked municipalities says nothing (Region Gotland), and
  // the in-between year's short list has no county or size-group lists worth a sentence.
  if (inCounty >= MIN_GROUP_FOR_SUPERLATIVE && !story.inBetween) {
    story.county = placeStory(code, 'county', uy.county, uy.countyPlaceChange, year);
    if (story.county && countyCode && h.bestInCounty.get(countyCode) === uy) {
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

/** Marks every computed place of the story as explained once in the text, not in each sentence. */
export function noteComputedPlaces(s: UnitStory): void {
  const stories = [s.national, s.county, s.larger, s.peers, s.nui?.place];
  for (const p of stories) {
    if (!p) continue;
    if (p.place.rank.basis === 'computed') p.place.noted = true;
    if (p.move && p.move.to.basis === 'computed') p.move.noted = true;
  }
  for (const a of s.areas) if (a.place?.rank.basis === 'computed') a.place.noted = true;
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

/** A place in `list`, with the move from an earlier list when it may be told. */
export function placeStory(
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

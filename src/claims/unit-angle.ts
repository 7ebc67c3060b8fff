/**
 * Which angle leads a unit's release (src/text/release-headline.ts, release-lede.ts): a top place,
 * a big fall, a fall, the year's biggest climb, a county or size-group honour, a big climb, a
 * record or a rise, in that order of news; read off the story's claims and the rules' thresholds.
 */
import {
  BIG_PLACE_MOVE,
  FALL_PLACES,
  FALL_POINTS,
  RISE_POINTS,
  isBigFall,
  isListRank,
  isReadableChange,
} from '../lib/comparability';
import type { UnitYear } from '../lib/model';
import type { UnitStory } from './unit';

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

/** The angle of the story of `uy`, once its claims are built. */
export function chooseAngle(uy: UnitYear, s: UnitStory): AngleKind {
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

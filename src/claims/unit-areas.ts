/**
 * Content decisions about a unit's areas that the area sentences (src/text/area-text.ts) word:
 * which area rose or fell most ("ökar mest" needs MIN_GROUP_FOR_SUPERLATIVE comparable areas,
 * another area moving the same way and a sole largest change), when a longer gain is large and
 * quick enough for "på bara två år", and whether livsmedelskontroll was still inside miljö- och
 * hälsoskydd. Decided here from the rules so that text only words them. The area stories
 * themselves (value, grade, changes, place, missing result) are built here too.
 */
import { AREA_IDS, type AreaId } from '../lib/areas';
import { BIG_GAIN_POINTS, MIN_GROUP_FOR_SUPERLATIVE, isListRank } from '../lib/comparability';
import { rankOf } from '../lib/highlights';
import type { UnitYear } from '../lib/model';
import { FOOD_CONTROL_FROM, rankingRulesFor } from '../lib/rules';
import { changeClaim, valueClaim } from './measure-claims';
import type { ClaimOf } from './types';
import type { AreaStory, UnitStory } from './unit';

/** The stories of the unit's areas, in the catalogue's order; places only when `ranks`. */
export function areaStories(
  uy: UnitYear,
  totalAreas: readonly AreaId[],
  ranks: boolean,
): AreaStory[] {
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
      // SKR's area place, or one computed from a complete file, on the answers SKR's area
      // ranking needs that year (Kolada publishes an area only with 10 or more).
      const rank = rankOf(a.rank);
      const enough =
        a.answers === undefined || a.answers >= rankingRulesFor(uy.year).minAreaAnswers;
      if (ranks && uy.unit.kind === 'kommun' && isListRank(rank) && enough) {
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

/** The sole largest rise and fall among the areas compared with the previous data year. */
export function areaExtremes(s: UnitStory): { up?: AreaStory; down?: AreaStory } {
  const sameBase = s.areas.filter((a) => a.change && a.change.fromYear === s.previousDataYear);
  // "Mest" is a superlative: three or more comparable areas and a sole largest change.
  const largest = s.comparableAreaChanges >= MIN_GROUP_FOR_SUPERLATIVE;
  const rising = sameBase.filter((a) => a.change!.delta > 0);
  const falling = sameBase.filter((a) => a.change!.delta < 0);
  // "Ökar mest" needs another area that rose too, and a sole largest.
  return {
    up: largest && rising.length >= 2 ? soleLargest(rising, 1) : undefined,
    down: largest && falling.length >= 2 ? soleLargest(falling, -1) : undefined,
  };
}

/** The claim that `a` is the unit's sole largest rise or fall ("Bygglov ökar mest"). */
export function extremeClaim(
  s: UnitStory,
  a: AreaStory,
  direction: 'up' | 'down',
): ClaimOf<'area-extreme'> {
  return {
    kind: 'area-extreme',
    unit: s.code,
    year: s.year,
    fromYear: a.change!.fromYear,
    area: a.area,
    direction,
  };
}

/** A gain large enough, and quick enough, for "på bara två år". */
export function isQuickBigGain(c: ClaimOf<'change'>): boolean {
  return c.delta >= BIG_GAIN_POINTS && c.toYear - c.fromYear <= 2;
}

/** Before FOOD_CONTROL_FROM, livsmedelskontroll was part of miljö- och hälsoskydd. */
export function foodControlInsideMiljo(year: number): boolean {
  return year < FOOD_CONTROL_FROM;
}

/** The area with the largest published change, only when no other area has the same. */
function soleLargest(list: AreaStory[], sign: 1 | -1): AreaStory | undefined {
  const sorted = [...list].sort((a, b) => sign * (b.change!.delta - a.change!.delta));
  const [first, second] = sorted;
  if (!first || (second && second.change!.delta === first.change!.delta)) return undefined;
  return first;
}

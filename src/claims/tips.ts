/**
 * What the tip sheet (/ar/<year>/tips/) may say, as typed claims: real climbers and fallers (a
 * notable change, never across a series break), new and returning participants, top-ten streaks,
 * and the leader of each county and each area. The rules of what may be compared are applied
 * here (lib/comparability.ts, lib/highlights.ts); src/text/tips.ts only words these claims.
 *
 * Places in a tip are SKR's own where the file has them; a computed place says so.
 */
import type { AreaId } from '../lib/areas';
import { placeMoveAcrossBreak, placesComparable } from '../lib/comparability';
import { unitsInYear, yearHighlights } from '../lib/highlights';
import type { County, Derived, Unit, UnitYear } from '../lib/model';
import { missedFullYear, participantsKnown } from '../lib/streaks';
import {
  areaLeaders,
  byName,
  countyLeaders,
  nationalClaim,
  nkiOf,
  placeClaim,
  streaks,
  valueClaim,
} from './tips-leaders';
import type { ClaimOf } from './types';
import { changeClaim } from './measure-claims';

export { STREAK_TOP } from './tips-leaders';

interface TipBase {
  unit: Unit;
  year: number;
}

export interface ChangeTip extends TipBase {
  change: ClaimOf<'change'>;
  /** The place move in the same span, when it is comparable and a climb or fall. */
  move?: ClaimOf<'place-change'>;
  /** Otherwise the national place of the year, for a ranked municipality. */
  national?: ClaimOf<'place'>;
}

export interface NewcomerTip extends TipBase {
  newcomer: ClaimOf<'newcomer'>;
  value?: ClaimOf<'value'>;
  place?: ClaimOf<'place'>;
  notRanked?: ClaimOf<'not-ranked'>;
}

export interface StreakTip extends TipBase {
  /** `top` 1 for a run of first places, else the top ten. */
  streak: ClaimOf<'streak'>;
  place: ClaimOf<'place'>;
  value: ClaimOf<'value'>;
}

export interface CountyLeaderTip extends TipBase {
  county: County;
  best: ClaimOf<'best'>;
  place: ClaimOf<'place'>;
  value: ClaimOf<'value'>;
  national?: ClaimOf<'place'>;
}

export interface AreaLeaderTip extends TipBase {
  list: AreaId | 'nui';
  place: ClaimOf<'place'>;
  value?: ClaimOf<'value'>;
}

export interface TipsStory {
  year: number;
  previousYear?: number;
  changes: {
    risers: ChangeTip[];
    fallers: ChangeTip[];
    /** Why no change counts: the first data year, or NKI totalt changed its areas. */
    none?: 'first-year' | 'series-break';
  };
  newcomers: {
    /** 'first-year': everyone is new; 'unknown': a partial file cannot tell who is. */
    status: 'first-year' | 'unknown' | 'known';
    fresh: NewcomerTip[];
    back: NewcomerTip[];
  };
  streaks: StreakTip[];
  countyLeaders: CountyLeaderTip[];
  areaLeaders: AreaLeaderTip[];
}

/** The claims of the tip sheet of a data year; throws when the year has no data. */
export function tipsStory(derived: Derived, year: number): TipsStory {
  const index = derived.years.findIndex((y) => y.year === year);
  if (index < 0) throw new Error(`Inga resultat för ${year}`);
  const units = unitsInYear(derived, year);
  const previousYear = derived.years[index - 1]?.year;
  return {
    year,
    previousYear,
    changes: changes(derived, units, year, previousYear),
    newcomers: newcomers(derived, units, year, index === 0),
    streaks: streaks(derived, units, year),
    countyLeaders: countyLeaders(derived, year),
    areaLeaders: areaLeaders(units, year),
  };
}

function changes(
  derived: Derived,
  units: UnitYear[],
  year: number,
  previousYear?: number,
): TipsStory['changes'] {
  // The same risers and fallers as the year page and the releases (lib/highlights.ts).
  const h = yearHighlights(derived, year);
  const broken = units.some((u) => u.nkiChange?.acrossBreak);
  const none =
    previousYear === undefined
      ? ('first-year' as const)
      : broken && h.comparable.length === 0
        ? ('series-break' as const)
        : undefined;
  return { risers: h.risers.map(changeTip), fallers: h.fallers.map(changeTip), none };
}

function changeTip(uy: UnitYear): ChangeTip {
  const c = uy.nkiChange!;
  const change = changeClaim(uy.unit.code, 'nki', c);
  const pc = uy.placeChange;
  const base = { unit: uy.unit, year: uy.year, change };
  if (
    uy.unit.kind === 'kommun' &&
    placesComparable(pc) &&
    !placeMoveAcrossBreak(pc) &&
    pc.fromYear === c.fromYear &&
    pc.climbed
  ) {
    const move: ClaimOf<'place-change'> = {
      kind: 'place-change',
      unit: uy.unit.code,
      list: 'national',
      fromYear: pc.fromYear,
      toYear: pc.toYear,
      from: pc.from,
      to: pc.to,
      acrossBreak: false,
    };
    return { ...base, move };
  }
  return { ...base, national: nationalClaim(uy) };
}

function newcomers(
  derived: Derived,
  units: UnitYear[],
  year: number,
  firstDataYear: boolean,
): TipsStory['newcomers'] {
  if (firstDataYear) return { status: 'first-year', fresh: [], back: [] };
  if (!participantsKnown(derived, year)) return { status: 'unknown', fresh: [], back: [] };
  const tip = (uy: UnitYear, previousYear?: number): NewcomerTip => {
    const newcomer: ClaimOf<'newcomer'> = {
      kind: 'newcomer',
      unit: uy.unit.code,
      year,
      ...(previousYear !== undefined ? { previousYear } : {}),
    };
    const v = nkiOf(uy);
    if (v === undefined) return { unit: uy.unit, year, newcomer };
    const rank = uy.unit.kind === 'kommun' ? uy.national : undefined;
    return {
      unit: uy.unit,
      year,
      newcomer,
      value: valueClaim(uy, v),
      place: rank?.kind === 'ranked' ? placeClaim(uy, 'national', rank.rank) : undefined,
      notRanked:
        rank?.kind === 'not-ranked'
          ? { kind: 'not-ranked', unit: uy.unit.code, year, reason: rank.reason }
          : undefined,
    };
  };
  return {
    status: 'known',
    fresh: units
      .filter((u) => u.firstYear)
      .sort(byName)
      .map((u) => tip(u)),
    back: units
      .filter((u) => !u.firstYear && missedFullYear(derived, u))
      .sort(byName)
      .map((u) => tip(u, u.previousYear)),
  };
}

/**
 * The tip sheet's claims about who leads: top-ten streaks on SKR's own places, the best of each
 * county (lib/highlights.ts: MIN_GROUP_FOR_SUPERLATIVE or more ranked, a sole first) and the
 * first of each area and of NUI (a sole first, SKR's own or from a complete list). Part of
 * src/claims/tips.ts, with the claim builders both share.
 */
import { AREAS, type AreaId } from '../lib/areas';
import { isSuperlativeRank } from '../lib/comparability';
import { rankOf, yearHighlights } from '../lib/highlights';
import type { Derived, Rank, RankOutcome, UnitYear } from '../lib/model';
import { officialStreak } from '../lib/streaks';
import type { AreaLeaderTip, CountyLeaderTip, StreakTip } from './tips';
import type { ClaimOf, List } from './types';

/** "Bland de tio bästa": the top of SKR's list a streak counts. */
export const STREAK_TOP = 10;

export const valueClaim = (uy: UnitYear, value: number): ClaimOf<'value'> => ({
  kind: 'value',
  unit: uy.unit.code,
  measure: 'nki',
  year: uy.year,
  value,
});

export const placeClaim = (uy: UnitYear, list: List, rank: Rank): ClaimOf<'place'> => ({
  kind: 'place',
  unit: uy.unit.code,
  list,
  year: uy.year,
  rank,
});

export const nkiOf = (uy: UnitYear) => (uy.nki.kind === 'measured' ? uy.nki.value : undefined);

export const byName = (a: UnitYear, b: UnitYear) =>
  a.unit.displayName.localeCompare(b.unit.displayName, 'sv');

/** The national place of a ranked municipality, as a claim. */
export function nationalClaim(uy: UnitYear): ClaimOf<'place'> | undefined {
  const rank = uy.unit.kind === 'kommun' ? rankOf(uy.national) : undefined;
  return rank && placeClaim(uy, 'national', rank);
}

export function streaks(derived: Derived, units: UnitYear[], year: number): StreakTip[] {
  return units
    .filter((u) => u.unit.kind === 'kommun')
    .flatMap((uy) => {
      const rank = rankOf(uy.national);
      if (!rank || rank.basis !== 'official' || rank.place > STREAK_TOP) return [];
      const first = rank.place === 1 ? officialStreak(derived, uy.unit, year, 1) : 0;
      const ten = officialStreak(derived, uy.unit, year, STREAK_TOP);
      if (ten < 2) return [];
      const streak: ClaimOf<'streak'> =
        first >= 2
          ? { kind: 'streak', unit: uy.unit.code, year, years: first, top: 1 }
          : { kind: 'streak', unit: uy.unit.code, year, years: ten, top: STREAK_TOP };
      const tip: StreakTip = {
        unit: uy.unit,
        year,
        streak,
        place: placeClaim(uy, 'national', rank),
        value: valueClaim(uy, nkiOf(uy)!),
      };
      return [{ tip, ten, place: rank.place }];
    })
    .sort((a, b) => b.ten - a.ten || a.place - b.place)
    .map((f) => f.tip);
}

export function countyLeaders(derived: Derived, year: number): CountyLeaderTip[] {
  const counties = [...derived.dataset.reference.counties].sort((a, b) =>
    a.code.localeCompare(b.code),
  );
  // The same county bests as the releases: three or more ranked, a sole first (lib/highlights.ts).
  const h = yearHighlights(derived, year);
  return counties.flatMap((county) => {
    const uy = h.bestInCounty.get(county.code);
    if (!uy) return [];
    return [
      {
        unit: uy.unit,
        year,
        county,
        best: {
          kind: 'best',
          unit: uy.unit.code,
          list: 'county',
          year,
          groupSize: h.rankedInCounty.get(county.code) ?? 0,
        },
        place: placeClaim(uy, 'county', rankOf(uy.county)!),
        value: valueClaim(uy, nkiOf(uy)!),
        national: nationalClaim(uy),
      },
    ];
  });
}

export function areaLeaders(units: UnitYear[], year: number): AreaLeaderTip[] {
  // "Högst i landet" only for a sole first, SKR's own or from a complete list of three or more.
  const leaders = (outcome: (u: UnitYear) => RankOutcome | undefined) => {
    const size = units.filter((u) => outcome(u)?.kind === 'ranked').length;
    return units.filter((u) => isSuperlativeRank(rankOf(outcome(u)), size)).sort(byName);
  };
  const tip = (
    uy: UnitYear,
    list: AreaId | 'nui',
    rank: Rank,
    value: number | undefined,
  ): AreaLeaderTip => ({
    unit: uy.unit,
    year,
    list,
    place: placeClaim(uy, list, rank),
    value:
      value !== undefined
        ? { kind: 'value', unit: uy.unit.code, measure: list, year, value }
        : undefined,
  });
  const areaTips = AREAS.flatMap((area) => {
    const result = (u: UnitYear) => u.areas.find((a) => a.area === area.id);
    return leaders((u) => result(u)?.rank).map((uy) => {
      const s = result(uy)!.score;
      return tip(
        uy,
        area.id,
        rankOf(result(uy)!.rank)!,
        s.kind === 'measured' ? s.value : undefined,
      );
    });
  });
  const nuiTips = leaders((u) => u.nuiRank).map((uy) =>
    tip(uy, 'nui', rankOf(uy.nuiRank)!, uy.nui.kind === 'measured' ? uy.nui.value : undefined),
  );
  return [...areaTips, ...nuiTips];
}

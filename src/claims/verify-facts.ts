/**
 * The verifier's own reading of the derived model: values, places, group sizes, counts and the
 * year's biggest climber, recomputed from the records and summaries rather than taken from the
 * content rules (src/claims/*.ts, lib/highlights.ts), so a wrong rule there shows up here. The
 * thresholds are the rules' one home, src/lib/rules.ts.
 */
import { areaInfo, type AreaId } from '../lib/areas';
import { peerMembers } from '../lib/peers';
import {
  GRADE_SCALE,
  MIN_GROUP_FOR_SUPERLATIVE,
  NOTABLE_DELTA,
  peerEditionFor,
  published,
} from '../lib/rules';
import { peerGroupWords } from '../text/peer-words';
import type { Derived, Rank, RankOutcome, UnitYear } from '../lib/model';
import { crossesBreak, forbundNkiCrossesBreak, isInBetweenYear, type Measure } from '../lib/series';
import type { Claim, List } from './types';

export function valueOf(
  d: Derived,
  unit: string,
  measure: Measure,
  year: number,
): number | undefined {
  const uy = d.byUnitYear.get(`${unit}:${year}`);
  if (!uy) return undefined;
  const score =
    measure === 'nki'
      ? uy.nki
      : measure === 'nui'
        ? uy.nui
        : uy.areas.find((a) => a.area === measure)?.score;
  return score?.kind === 'measured' ? score.value : undefined;
}

/** The grade of a value, read off SKR's scale on the published integer. */
export function gradeOf(v: number): string {
  const r = published(v);
  return GRADE_SCALE.find((g) => r >= g.min)!.grade;
}

export function breaks(
  d: Derived,
  unit: string | undefined,
  measure: Measure,
  from: number,
  to: number,
): boolean {
  const u = unit ? d.byUnitYear.get(`${unit}:${to}`) : undefined;
  if (measure === 'nki' && u?.unit.kind === 'forbund') {
    const areas = [from, to].flatMap(
      (y) =>
        d.byUnitYear
          .get(`${unit}:${y}`)
          ?.areas.filter((a) => a.score.kind === 'measured')
          .map((a) => a.area) ?? [],
    );
    return forbundNkiCrossesBreak(areas, from, to);
  }
  return crossesBreak(measure, from, to);
}

export function outcomeIn(uy: UnitYear | undefined, list: List): RankOutcome | undefined {
  if (!uy) return undefined;
  if (list === 'national') return uy.national;
  if (list === 'county') return uy.county;
  if (list === 'larger') return uy.larger;
  if (list === 'peers') return uy.peers?.rank;
  if (list === 'nui') return uy.nuiRank;
  areaInfo(list);
  return uy.areas.find((a) => a.area === list)?.rank;
}

export function rankIn(d: Derived, unit: string, list: List, year: number): Rank | undefined {
  const o = outcomeIn(d.byUnitYear.get(`${unit}:${year}`), list);
  return o?.kind === 'ranked' ? o.rank : undefined;
}

export function sameRank(a: Rank, b: Rank): boolean {
  return a.place === b.place && a.basis === b.basis && a.tied === b.tied && a.outOf === b.outOf;
}

export function unitsOf(d: Derived, year: number): UnitYear[] {
  return d.records.flatMap((r) =>
    r.years.filter((y) => y.year === year && y.unit.kind === 'kommun'),
  );
}

export function groupSize(d: Derived, unit: string, list: List, year: number): number {
  const self = d.byUnitYear.get(`${unit}:${year}`);
  const county = self?.unit.kind === 'kommun' ? self.unit.countyCode : undefined;
  const group = self?.peers?.group.code;
  return unitsOf(d, year).filter(
    (u) =>
      outcomeIn(u, list)?.kind === 'ranked' &&
      (list !== 'county' || (u.unit.kind === 'kommun' && u.unit.countyCode === county)) &&
      (list !== 'peers' || u.peers?.group.code === group),
  ).length;
}

/**
 * A place or "bäst" in a kommungrupp: the group is the unit's group in the grouping the year uses
 * (reread from the reference, not from the derived standing), and the text names it.
 */
export function peerProblems(
  d: Derived,
  c: Claim & { kind: 'place' | 'best' },
  text: string | undefined,
): string[] {
  const out: string[] = [];
  const edition = peerEditionFor(c.year);
  const grouping = d.dataset.reference.peerGroupings?.find((g) => g.edition === edition);
  const code = grouping?.groupOf[c.unit];
  const group = grouping?.groups.find((g) => g.code === code);
  if (!group || c.group?.code !== code || c.group?.edition !== edition)
    out.push(`${c.kind}: fel kommungrupp`);
  else if (text !== undefined && !text.includes(peerGroupWords(group.name)))
    out.push(`${c.kind}: kommungruppen ${group.name} nämns inte`);
  if (c.kind === 'place') {
    const members = grouping ? peerMembers(grouping, code ?? '') : [];
    const ranked = members.filter((m) => {
      const o = d.byUnitYear.get(`${m}:${c.year}`)?.peers?.rank;
      return o?.kind === 'ranked';
    });
    if (c.rank.outOf !== undefined && c.rank.outOf !== ranked.length)
      out.push(`place: kommungruppen har ${ranked.length} rankade`);
  }
  return out;
}

export function previousYear(d: Derived, year: number): number | undefined {
  return d.years
    .map((y) => y.year)
    .filter((y) => y < year)
    .at(-1);
}

export function biggestClimber(d: Derived, year: number): string | undefined {
  const prev = previousYear(d, year);
  if (prev === undefined || crossesBreak('nki', prev, year)) return undefined;
  if (isInBetweenYear(prev) !== isInBetweenYear(year)) return undefined;
  if (
    !d.years.find((y) => y.year === year)?.complete ||
    !d.years.find((y) => y.year === prev)?.complete
  )
    return undefined;
  const climbs = unitsOf(d, year).flatMap((u) => {
    const now = rankIn(d, u.unit.code, 'national', year);
    const before = rankIn(d, u.unit.code, 'national', prev);
    // SKR's places, or places computed from two complete lists: both of one kind.
    if (!now || !before || now.basis !== before.basis) return [];
    if (now.basis === 'computed' && (now.outOf === undefined || before.outOf === undefined))
      return [];
    if (now.outOf !== undefined && now.place >= now.outOf) return [];
    return [{ code: u.unit.code, climbed: before.place - now.place }];
  });
  const best = Math.max(0, ...climbs.map((c) => c.climbed));
  const top = climbs.filter((c) => c.climbed === best && best > 0);
  return top.length === 1 ? top[0]!.code : undefined;
}

export function countOf(d: Derived, c: Claim & { kind: 'count' }): number {
  if (c.what === 'area-measured' || c.what === 'area-ranked') {
    return unitsOf(d, c.year).filter((u) => {
      const a = u.areas.find((x) => x.area === c.area);
      if (a?.score.kind !== 'measured') return false;
      return c.what === 'area-measured' || a.rank.kind === 'ranked';
    }).length;
  }
  if (c.what === 'ranked-in-county') {
    return unitsOf(d, c.year).filter(
      (u) =>
        u.unit.kind === 'kommun' && u.unit.countyCode === c.county && u.county?.kind === 'ranked',
    ).length;
  }
  const prev = previousYear(d, c.year);
  if (prev !== c.fromYear || prev === undefined) return -1;
  const deltas = unitsOf(d, c.year).flatMap((u) => {
    const from = valueOf(d, u.unit.code, 'nki', prev);
    const to = valueOf(d, u.unit.code, 'nki', c.year);
    if (from === undefined || to === undefined || crossesBreak('nki', prev, c.year)) return [];
    return [published(to) - published(from)];
  });
  if (c.what === 'comparable') return deltas.length;
  return deltas.filter((x) => (c.what === 'risers' ? x >= NOTABLE_DELTA : x <= -NOTABLE_DELTA))
    .length;
}

/** The mean of the municipalities' measured values of an area in a year, or undefined. */
export function areaMeanOf(d: Derived, area: AreaId, year: number): number | undefined {
  const values = unitsOf(d, year).flatMap((u) => {
    const s = u.areas.find((a) => a.area === area)?.score;
    return s?.kind === 'measured' ? [s.value] : [];
  });
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

/**
 * The unit's sole largest notable rise or fall among its areas since the previous data year:
 * at least MIN_GROUP_FOR_SUPERLATIVE areas comparable (both years measured, no break), at least
 * two notable changes that way, and no other area with the same change.
 */
export function areaExtreme(
  d: Derived,
  unit: string,
  year: number,
  direction: 'up' | 'down',
): { area: AreaId; fromYear: number } | undefined {
  const prev = previousYear(d, year);
  const uy = d.byUnitYear.get(`${unit}:${year}`);
  if (prev === undefined || !uy) return undefined;
  const changes = uy.areas.flatMap((a) => {
    const from = valueOf(d, unit, a.area, prev);
    const to = valueOf(d, unit, a.area, year);
    if (from === undefined || to === undefined || breaks(d, unit, a.area, prev, year)) return [];
    return [{ area: a.area, delta: published(to) - published(from) }];
  });
  if (changes.length < MIN_GROUP_FOR_SUPERLATIVE) return undefined;
  const sign = direction === 'up' ? 1 : -1;
  const way = changes
    .filter((x) => sign * x.delta >= NOTABLE_DELTA)
    .sort((a, b) => sign * (b.delta - a.delta));
  if (way.length < 2 || way[0]!.delta === way[1]!.delta) return undefined;
  return { area: way[0]!.area, fromYear: prev };
}

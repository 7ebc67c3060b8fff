/**
 * Every ranking of one data year: NKI nationally, per county and among larger municipalities,
 * each area, and NUI (domain notes §4; docs/decisions/official-vs-computed-ranks.md).
 */
import { AREA_IDS, type AreaId } from './areas';
import { ineligibility, shownScore } from './eligibility';
import type {
  Municipality,
  PeerGroup,
  PeerGrouping,
  RankOutcome,
  ResultRow,
  Unit,
  YearResults,
} from './model';
import { median, peerGroupOf } from './peers';
import { rankCandidates, type Candidate } from './rank';

export { LARGER_THAN } from './rules';
import { LARGER_THAN } from './rules';

/**
 * Outcomes by unit code. A code missing from `county` or `larger` means the outcome is not
 * known (a partial file without county places) or, for `larger`, that the municipality is
 * smaller.
 */
export interface YearStandings {
  national: Map<string, RankOutcome>;
  county: Map<string, RankOutcome>;
  larger: Map<string, RankOutcome>;
  /** Within the year's kommungrupp; empty before 2017 (no grouping) and for förbund. */
  peers: Map<string, RankOutcome>;
  /** The year's kommungrupper with their median NKI, absent without a grouping. */
  peerGroups?: PeerGroupYear[];
  areas: Map<AreaId, Map<string, RankOutcome>>;
  nui: Map<string, RankOutcome>;
  /** Number ranked nationally on NKI, when known. */
  rankedCount?: number;
}

/** One kommungrupp in one data year. */
export interface PeerGroupYear {
  edition: number;
  group: PeerGroup;
  /** The group's municipalities in the reference list. */
  members: number;
  /** Of them, those with a shown NKI totalt this year. */
  withNki: number;
  /** Median of their unrounded NKI totalt. */
  median?: number;
  /** Median of each area among the group's municipalities with a shown result there. */
  areaMedians: Partial<Record<AreaId, number>>;
}

interface Entry {
  row: ResultRow;
  unit: Unit;
}

/**
 * The rankings of `year`. `units` maps every code in the file to its unit; `complete` says the
 * file holds every participant, so counts of computed rankings are true counts.
 */
export function standings(
  year: YearResults,
  units: ReadonlyMap<string, Unit>,
  complete: boolean,
  grouping?: PeerGrouping,
): YearStandings {
  const entries: Entry[] = year.rows.map((row) => ({ row, unit: units.get(row.unitCode)! }));
  const munis = entries.filter(
    (e): e is { row: ResultRow; unit: Municipality } => e.unit.kind === 'kommun',
  );
  const notMunicipality = new Map<string, RankOutcome>(
    entries
      .filter((e) => e.unit.kind === 'forbund')
      .map((e) => [e.unit.code, { kind: 'not-ranked', reason: 'not-a-municipality' }]),
  );

  const nkiCandidates: Candidate[] = munis.map(({ row }) => ({
    code: row.unitCode,
    value: measured(shownScore(row.nki, row.answers)),
    officialPlace: row.officialPlace,
    reason: ineligibility(row, { kind: 'nki' }),
  }));
  const official = nkiCandidates.some((c) => c.officialPlace !== undefined);
  const nationalOnly = rankCandidates(nkiCandidates, { complete });
  // Official: N when the places run 1..N; computed: the number ranked when the file is complete.
  const rankedCount = firstOutOf(nationalOnly);
  // A complete official list fixes every order within it; a partial one fixes none.
  const byNationalOrder = official && rankedCount !== undefined;

  const subRanking = (group: Entry[], basis: 'official' | 'computed'): Map<string, RankOutcome> => {
    if (byNationalOrder) {
      const candidates = group.map(({ row }) => fromNationalOrder(row.unitCode, nationalOnly));
      return rankCandidates(candidates, { complete: true, basis, official: false });
    }
    if (official) return new Map();
    const codes = new Set(group.map((e) => e.row.unitCode));
    return rankCandidates(
      nkiCandidates.filter((c) => codes.has(c.code)),
      { complete },
    );
  };

  const county = new Map(notMunicipality);
  const hasCountyPlaces = munis.some((e) => e.row.officialCountyPlace !== undefined);
  for (const group of groupBy(munis, (e) => e.unit.countyCode).values()) {
    const outcomes = hasCountyPlaces
      ? rankCandidates(
          group.map(({ row }) => ({
            code: row.unitCode,
            officialPlace: row.officialCountyPlace,
            reason: notRankedReason(nationalOnly.get(row.unitCode)),
          })),
          { complete, official: true },
        )
      : subRanking(group, 'official');
    for (const [code, outcome] of outcomes) county.set(code, outcome);
  }

  // The group depends on our population figure, not necessarily SKR's: always 'computed'.
  const larger = new Map([...notMunicipality, ...subRanking(munis.filter(isLarger), 'computed')]);

  // SKR's kommungrupper: places computed among the group as the national list is ordered (SKR's
  // own group places are not in the data), so always 'computed'.
  const peers = new Map<string, RankOutcome>();
  let peerGroups: PeerGroupYear[] | undefined;
  if (grouping) {
    const byGroup = groupBy(munis, (e) => grouping.groupOf[e.unit.code] ?? '');
    for (const group of byGroup.values()) {
      for (const [code, outcome] of subRanking(group, 'computed')) peers.set(code, outcome);
    }
    const memberCount = new Map<string, number>();
    for (const code of Object.keys(grouping.groupOf)) {
      const g = grouping.groupOf[code]!;
      memberCount.set(g, (memberCount.get(g) ?? 0) + 1);
    }
    peerGroups = grouping.groups.map((group) => {
      const values = (byGroup.get(group.code) ?? []).flatMap(({ row }) => {
        const v = measured(shownScore(row.nki, row.answers));
        return v === undefined ? [] : [v];
      });
      const members = byGroup.get(group.code) ?? [];
      const areaMedians: Partial<Record<AreaId, number>> = {};
      for (const area of AREA_IDS) {
        const shown = members.flatMap(({ row }) => {
          const r = row.areas[area];
          const v = r && measured(shownScore(r.score, r.answers));
          return v === undefined ? [] : [v];
        });
        const m = median(shown);
        if (m !== undefined) areaMedians[area] = m;
      }
      return {
        edition: grouping.edition,
        group,
        members: memberCount.get(group.code) ?? 0,
        withNki: values.length,
        median: median(values),
        areaMedians,
      };
    });
  }

  const areas = new Map<AreaId, Map<string, RankOutcome>>();
  for (const area of new Set(entries.flatMap((e) => Object.keys(e.row.areas) as AreaId[]))) {
    const candidates = entries.flatMap(({ row, unit }) => {
      const result = row.areas[area];
      if (!result) return [];
      return [
        {
          code: row.unitCode,
          value: measured(shownScore(result.score, result.answers)),
          officialPlace: result.officialPlace,
          reason:
            unit.kind === 'forbund'
              ? 'not-a-municipality'
              : ineligibility(row, { kind: 'area', area }),
        } satisfies Candidate,
      ];
    });
    areas.set(area, rankCandidates(candidates, { complete }));
  }

  const nui = rankCandidates(
    entries.map(({ row, unit }) => ({
      code: row.unitCode,
      value: measured(shownScore(row.nui, row.nuiAnswers)),
      officialPlace: row.officialNuiPlace,
      reason: unit.kind === 'forbund' ? 'not-a-municipality' : ineligibility(row, { kind: 'nui' }),
    })),
    { complete },
  );

  const national = new Map([...notMunicipality, ...nationalOnly]);
  return { national, county, larger, peers, peerGroups, areas, nui, rankedCount };
}

/** The unit's group in the year's grouping with the group's figures, for derive. */
export function peerGroupYearOf(
  st: YearStandings,
  grouping: PeerGrouping | undefined,
  code: string,
): PeerGroupYear | undefined {
  const group = grouping && peerGroupOf(grouping, code);
  return group && st.peerGroups?.find((g) => g.group.code === group.code);
}

function measured(score: ResultRow['nki']): number | undefined {
  return score.kind === 'measured' ? score.value : undefined;
}

/** A candidate ordered by national place: a smaller place is a higher "value". */
function fromNationalOrder(code: string, national: ReadonlyMap<string, RankOutcome>): Candidate {
  const outcome = national.get(code);
  if (outcome?.kind === 'ranked') return { code, value: -outcome.rank.place };
  return { code, reason: notRankedReason(outcome) ?? 'no-result' };
}

function notRankedReason(outcome: RankOutcome | undefined): Candidate['reason'] {
  return outcome?.kind === 'not-ranked' ? outcome.reason : undefined;
}

function isLarger(e: { unit: Municipality }): boolean {
  return e.unit.population > LARGER_THAN;
}

function firstOutOf(outcomes: ReadonlyMap<string, RankOutcome>): number | undefined {
  for (const o of outcomes.values()) if (o.kind === 'ranked') return o.rank.outOf;
  return undefined;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

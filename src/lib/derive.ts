/**
 * The derived dataset: every fact the text, charts and pages need, computed once from the
 * validated results. Work is linear in rows (plus one sort per ranking): rows are indexed by unit
 * and year once, and each unit's history is walked forward a single time.
 */
import { AREA_IDS, FACTOR_IDS, areaInfo } from './areas';
import { NOTABLE_DELTA, change, placeChange, type Point } from './compare';
import { shownScore } from './eligibility';
import { grade } from './grade';
import type {
  AreaYear,
  Change,
  Dataset,
  Derived,
  PeerGrouping,
  PeerStanding,
  PlaceChange,
  RankOutcome,
  ResultRow,
  Score,
  Unit,
  UnitRecord,
  UnitYear,
} from './model';
import type { Measure } from './series';
import { forbundNkiCrossesBreak, seriesOf } from './series';
import { peerGroupingFor } from './peers';
import { peerGroupYearOf, standings, type YearStandings } from './standings';
import { isComplete, summarize } from './summary';

/**
 * Derives ranks, grades, changes, series breaks and yearly summaries from `dataset`. Records
 * follow the reference order (municipalities, then förbund) and hold only units with at least one
 * row. Throws when a row names a unit the reference does not know: validation must stop such a
 * file before this point.
 */
export function derive(dataset: Dataset): Derived {
  const { reference } = dataset;
  const unitList: Unit[] = [...reference.municipalities, ...reference.jointAuthorities];
  const units = new Map(unitList.map((u) => [u.code, u]));
  const dataYears = dataset.years.map((y) => y.year);

  const rowsByUnit = new Map<
    string,
    { row: ResultRow; standings: YearStandings; grouping?: PeerGrouping; index: number }[]
  >();
  const summaries = dataset.years.map((year, index) => {
    for (const row of year.rows) {
      if (!units.has(row.unitCode)) {
        throw new Error(`Okänd enhet ${row.unitCode} i ${year.file} rad ${row.source.line}`);
      }
    }
    const complete = isComplete(year, units);
    const grouping = peerGroupingFor(reference, year.year);
    const st = standings(year, units, complete, grouping);
    for (const row of year.rows) {
      const list = rowsByUnit.get(row.unitCode) ?? [];
      list.push({ row, standings: st, grouping, index });
      rowsByUnit.set(row.unitCode, list);
    }
    const summary = summarize(year, units, complete, st.rankedCount);
    return st.peerGroups ? { ...summary, peerGroups: st.peerGroups } : summary;
  });

  const records: UnitRecord[] = [];
  const byUnitYear = new Map<string, UnitYear>();
  for (const unit of unitList) {
    const entries = rowsByUnit.get(unit.code);
    if (!entries) continue;
    const history = new History(dataYears);
    const years = entries.map((e) => {
      const uy = history.next(unit, e.row, e.standings, e.index);
      const peers =
        unit.kind === 'kommun' ? peerStanding(e.standings, e.grouping, unit.code) : undefined;
      return peers ? { ...uy, peers } : uy;
    });
    for (const uy of years) byUnitYear.set(`${unit.code}:${uy.year}`, uy);
    records.push({ unit, years });
  }
  return { dataset, years: summaries, records, byUnitYear };
}

/** One unit's past, walked forward year by year: measured values and ranks seen so far. */
class History {
  private readonly values = new Map<Measure, Map<number, number>>();
  private readonly last = new Map<Measure, Point>();
  private readonly lastRank = new Map<
    'national' | 'county' | 'nui',
    { year: number; rank: RankOutcome }
  >();
  private lastYearIndex: number | undefined;

  constructor(private readonly dataYears: readonly number[]) {}

  next(unit: Unit, row: ResultRow, st: YearStandings, index: number): UnitYear {
    const year = row.year;
    const code = unit.code;
    const nki = shownScore(row.nki, row.answers);
    const nui = shownScore(row.nui, row.nuiAnswers);
    const national = st.national.get(code) ?? noResult;
    const county = st.county.get(code);
    const nuiRank = st.nui.get(code) ?? noResult;

    const areas: AreaYear[] = [];
    for (const area of AREA_IDS) {
      const result = row.areas[area];
      if (!result) continue;
      // An empty column for an area that did not exist yet (livsmedelskontroll before 2015, the
      // optional areas before 2024) is not a missing result: the area is simply not shown.
      if (result.score.kind === 'missing' && areaInfo(area).firstYear > year) continue;
      const score = shownScore(result.score, result.answers);
      const [areaChange, longChange] = this.observe(area, year, index, score);
      areas.push({
        area,
        score,
        grade: gradeOf(score),
        rank: st.areas.get(area)?.get(code) ?? noResult,
        change: areaChange,
        longChange,
        answers: result.answers,
      });
    }
    const [nkiShort, nkiLong] = this.observe('nki', year, index, nki);
    const nkiChange = unit.kind === 'forbund' ? this.forbundBreak(nkiShort) : nkiShort;
    const nkiLongChange = unit.kind === 'forbund' ? this.forbundBreak(nkiLong) : nkiLong;
    const [nuiChange] = this.observe('nui', year, index, nui);

    const previousIndex = this.lastYearIndex;
    this.lastYearIndex = index;
    return {
      unit,
      year,
      series: seriesOf(year),
      row,
      nki,
      grade: gradeOf(nki),
      national,
      county,
      larger: st.larger.get(code),
      nui,
      nuiGrade: gradeOf(nui),
      nuiRank,
      areas,
      factors: FACTOR_IDS.flatMap((factor) => {
        const score = row.factors[factor];
        return score ? [{ factor, score }] : [];
      }),
      nkiChange,
      nkiLongChange,
      nuiChange,
      placeChange: this.rankChange('national', year, national),
      countyPlaceChange: county && this.rankChange('county', year, county),
      nuiPlaceChange: this.rankChange('nui', year, nuiRank),
      previousYear: previousIndex === undefined ? undefined : this.dataYears[previousIndex],
      afterGap: previousIndex !== undefined && index - previousIndex > 1,
      firstYear: previousIndex === undefined,
    };
  }

  /**
   * Records a shown score and returns its change from the previous measured year and its long
   * change: against the value two data years back (2024 → 2022, 2016 → 2014), kept only when the
   * unit has a value there, no break lies between, the delta is notable, and it is not the same
   * comparison as the ordinary change.
   */
  private observe(
    measure: Measure,
    year: number,
    index: number,
    score: Score,
  ): [Change | undefined, Change | undefined] {
    if (score.kind !== 'measured') return [undefined, undefined];
    const point = { year, value: score.value };
    const previous = this.last.get(measure);
    const values = this.values.get(measure) ?? new Map<number, number>();
    const twoBack = index >= 2 ? this.dataYears[index - 2] : undefined;
    const twoBackValue = twoBack === undefined ? undefined : values.get(twoBack);
    values.set(year, score.value);
    this.values.set(measure, values);
    this.last.set(measure, point);

    const shortChange = previous && change(measure, previous, point);
    let longChange: Change | undefined;
    if (twoBack !== undefined && twoBackValue !== undefined && twoBack !== previous?.year) {
      const candidate = change(measure, { year: twoBack, value: twoBackValue }, point);
      if (candidate.notable) longChange = candidate;
    }
    return [shortChange, longChange];
  }

  /** A förbund's NKI change, its break judged by the areas it had results in (series.ts). */
  private forbundBreak(c: Change | undefined): Change | undefined {
    if (!c) return c;
    const areas = AREA_IDS.filter((area) => {
      const values = this.values.get(area);
      return values?.has(c.fromYear) === true || values?.has(c.toYear) === true;
    });
    const acrossBreak = forbundNkiCrossesBreak(areas, c.fromYear, c.toYear);
    return { ...c, acrossBreak, notable: Math.abs(c.delta) >= NOTABLE_DELTA && !acrossBreak };
  }

  /** The change of place since the last year the unit was ranked in `ranking`. */
  private rankChange(
    ranking: 'national' | 'county' | 'nui',
    year: number,
    outcome: RankOutcome,
  ): PlaceChange | undefined {
    if (outcome.kind !== 'ranked') return undefined;
    const previous = this.lastRank.get(ranking);
    this.lastRank.set(ranking, { year, rank: outcome });
    if (previous?.rank.kind !== 'ranked') return undefined;
    return placeChange(
      { year: previous.year, rank: previous.rank.rank },
      { year, rank: outcome.rank },
    );
  }
}

/** A municipality's kommungrupp, place in it and the group's median, for years with a grouping. */
function peerStanding(
  st: YearStandings,
  grouping: PeerGrouping | undefined,
  code: string,
): PeerStanding | undefined {
  const g = peerGroupYearOf(st, grouping, code);
  if (!g) return undefined;
  const standing: PeerStanding = {
    edition: g.edition,
    group: g.group,
    rank: st.peers.get(code) ?? noResult,
    members: g.members,
    withNki: g.withNki,
    areaMedians: g.areaMedians,
  };
  if (g.median !== undefined) standing.median = g.median;
  return standing;
}

const noResult: RankOutcome = { kind: 'not-ranked', reason: 'no-result' };

function gradeOf(score: Score) {
  return score.kind === 'measured' ? grade(score.value) : undefined;
}

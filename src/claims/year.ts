/**
 * What the year page (/ar/<year>/) may say, as typed claims: the national average and whether it
 * compares with the year before, how many rose and fell, the leaders, the biggest climber, the
 * largest rises and falls, and the best of each kommungrupp. The rules of what may be compared
 * are applied here (lib/highlights.ts, lib/comparability.ts, lib/series.ts); the year release
 * (src/text/year-release.ts) and the page's tables only word and arrange these.
 */
import { isSuperlativeRank } from '../lib/comparability';
import { rankOf, unitsInYear, yearHighlights } from '../lib/highlights';
import type { Average, Derived, Unit, UnitYear, YearSummary } from '../lib/model';
import { LARGER_THAN, NOTABLE_DELTA, published } from '../lib/rules';
import { isInBetweenYear, SERIES_AREAS } from '../lib/series';
import type { ClaimOf } from './types';
import { changeClaim } from './measure-claims';

/** A claim about a named municipality: the unit travels with it for its name and address. */
export interface Named<C> {
  unit: Unit;
  claim: C;
}

export interface YearStory {
  year: number;
  summary: YearSummary;
  previous?: YearSummary;
  /** The in-between year (2015): only some municipalities measured, a list of their own. */
  inBetween: boolean;
  average?: ClaimOf<'average'>;
  /** The year before's average, only when the two compare (same series, both national years). */
  previousAverage?: ClaimOf<'average'>;
  /** The published difference of the two averages, and whether it is a notable change. */
  averageChange?: { delta: number; notable: boolean };
  /** NKI totalt changed its areas from the year before: how many it had then and has now. */
  seriesBreak?: { claim: ClaimOf<'series-break'>; fromAreas: number; toAreas: number };
  /** How many compare with the year before and how many rose and fell: complete files only. */
  counts?: { comparable: ClaimOf<'count'>; risers: ClaimOf<'count'>; fallers: ClaimOf<'count'> };
  /** The top three of the national list, with their NKI. */
  leaders: { unit: Unit; place: ClaimOf<'place'>; value?: ClaimOf<'value'> }[];
  climber?: { unit: Unit; best: ClaimOf<'biggest-climber'>; move: ClaimOf<'place-change'> };
  nuiAverage?: ClaimOf<'average'>;
  participants?: ClaimOf<'participants'>;
  /** The largest notable rises and falls within one series, largest first. */
  changes: { up: Named<ClaimOf<'change'>>[]; down: Named<ClaimOf<'change'>>[] };
  /** True when no municipality compares with the year before (`changes` is then empty). */
  noComparable: boolean;
  /** Some municipality's change from the year before crosses a series break. */
  changeAcrossBreak: boolean;
  /** Every unit of the year (municipalities and förbund), in the records' order. */
  units: UnitYear[];
  /** Codes of the municipalities over 40 000 inhabitants ("större kommuner"). */
  larger: ReadonlySet<string>;
  /** Kommungrupp code → its best: a sole first from a complete list of three or more. */
  peerBests: Map<string, Named<ClaimOf<'best'>>>;
}

/** The claims of a data year's page; throws when the year has no data. */
export function yearStory(derived: Derived, year: number): YearStory {
  const summary = derived.years.find((y) => y.year === year);
  if (!summary) throw new Error(`Inga resultat för ${year}`);
  const previous = derived.years.filter((y) => y.year < year).at(-1);
  const h = yearHighlights(derived, year);
  const units = unitsInYear(derived, year);
  const kommuner = units.filter((u) => u.unit.kind === 'kommun');
  const sameSeries = previous?.series === summary.series;
  // The in-between year's mean is of the municipalities measured then, not the country's: its
  // average is never compared with a national year's (domain notes §2).
  const averagesComparable =
    sameSeries && previous && isInBetweenYear(previous.year) === isInBetweenYear(year);
  const avg = usable(summary.nkiAverage, summary);
  const prevAvg = previous && usable(previous.nkiAverage, previous);
  const average = avg && averageClaim('nki', year, avg);
  const previousAverage =
    prevAvg && averagesComparable && previous
      ? averageClaim('nki', previous.year, prevAvg)
      : undefined;
  const delta =
    average && previousAverage
      ? published(average.value) - published(previousAverage.value)
      : undefined;
  const nui = usable(summary.nuiAverage, summary);

  const count = (what: 'comparable' | 'risers' | 'fallers', n: number): ClaimOf<'count'> => ({
    kind: 'count',
    what,
    year,
    fromYear: previous!.year,
    n,
  });
  const counted =
    previous && summary.complete && previous.complete && sameSeries && h.comparable.length > 0;

  const climber = h.biggestClimber;
  const climb = climber?.placeChange;
  const named = (u: UnitYear) => ({
    unit: u.unit,
    claim: changeClaim(u.unit.code, 'nki', u.nkiChange!),
  });

  return {
    year,
    summary,
    previous,
    inBetween: isInBetweenYear(year),
    average,
    previousAverage,
    averageChange:
      delta !== undefined ? { delta, notable: Math.abs(delta) >= NOTABLE_DELTA } : undefined,
    seriesBreak:
      previous && !sameSeries
        ? {
            claim: { kind: 'series-break', fromYear: previous.year, toYear: year },
            fromAreas: SERIES_AREAS[previous.series].length,
            toAreas: SERIES_AREAS[summary.series].length,
          }
        : undefined,
    counts: counted
      ? {
          comparable: count('comparable', h.comparable.length),
          risers: count('risers', h.risers.length),
          fallers: count('fallers', h.fallers.length),
        }
      : undefined,
    leaders: h.ranked.slice(0, 3).map((u) => ({
      unit: u.unit,
      place: {
        kind: 'place',
        unit: u.unit.code,
        list: 'national',
        year,
        rank: rankOf(u.national)!,
      },
      value:
        u.nki.kind === 'measured'
          ? { kind: 'value', unit: u.unit.code, measure: 'nki', year, value: u.nki.value }
          : undefined,
    })),
    climber:
      climber && climb
        ? {
            unit: climber.unit,
            best: {
              kind: 'biggest-climber',
              unit: climber.unit.code,
              year,
              fromYear: climb.fromYear,
              climbed: climb.climbed,
            },
            move: {
              kind: 'place-change',
              unit: climber.unit.code,
              list: 'national',
              fromYear: climb.fromYear,
              toYear: year,
              from: climb.from,
              to: climb.to,
              acrossBreak: false,
            },
          }
        : undefined,
    nuiAverage: nui && averageClaim('nui', year, nui),
    participants: summary.complete ? participantsClaim(summary) : undefined,
    changes: previous
      ? { up: h.risers.map(named), down: h.fallers.map(named) }
      : { up: [], down: [] },
    noComparable: h.comparable.length === 0,
    changeAcrossBreak: kommuner.some((u) => u.nkiChange?.acrossBreak),
    units,
    larger: new Set(kommuner.filter((u) => isLarger(u.unit)).map((u) => u.unit.code)),
    peerBests: peerBests(summary, kommuner, year),
  };
}

export function participantsClaim(s: {
  year: number;
  municipalitiesInFile: number;
  forbundInFile: number;
  municipalitiesWithNki: number;
}): ClaimOf<'participants'> {
  return {
    kind: 'participants',
    year: s.year,
    municipalities: s.municipalitiesInFile,
    forbund: s.forbundInFile,
    withNki: s.municipalitiesWithNki,
  };
}

function peerBests(summary: YearSummary, kommuner: UnitYear[], year: number) {
  const out = new Map<string, Named<ClaimOf<'best'>>>();
  for (const g of summary.peerGroups ?? []) {
    const members = kommuner.filter((u) => u.peers?.group.code === g.group.code);
    const size = members.filter((u) => u.peers?.rank.kind === 'ranked').length;
    const best = members.find((u) => isSuperlativeRank(rankOf(u.peers?.rank), size));
    if (!best) continue;
    out.set(g.group.code, {
      unit: best.unit,
      claim: {
        kind: 'best',
        unit: best.unit.code,
        list: 'peers',
        year,
        groupSize: size,
        group: { code: g.group.code, edition: g.edition },
      },
    });
  }
  return out;
}

function isLarger(unit: Unit): boolean {
  return unit.kind === 'kommun' && unit.population > LARGER_THAN;
}

function averageClaim(measure: 'nki' | 'nui', year: number, avg: Average): ClaimOf<'average'> {
  return { kind: 'average', measure, year, value: avg.value, official: avg.basis === 'official' };
}

/** SKR's average always; a computed one only when the file has every participant. */
function usable(avg: Average | undefined, s: YearSummary): Average | undefined {
  return avg && (avg.basis === 'official' || s.complete) ? avg : undefined;
}

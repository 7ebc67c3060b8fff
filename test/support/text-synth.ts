/**
 * Small builders for synthesized derived data, so text tests read as scenarios: a municipality,
 * its UnitYears with ranks and changes, and a Derived around them.
 */
import type {
  Change,
  County,
  Derived,
  JointAuthority,
  Municipality,
  PlaceChange,
  Rank,
  RankOutcome,
  Score,
  SeriesId,
  Unit,
  UnitYear,
  YearSummary,
} from '../../src/lib/model';
import type { AreaId } from '../../src/lib/areas';
import { slugify } from '../../src/lib/slug';

export const COUNTIES: County[] = [
  { code: '01', name: 'Stockholms län', slug: 'stockholms-lan' },
  { code: '04', name: 'Södermanlands län', slug: 'sodermanlands-lan' },
  { code: '25', name: 'Norrbottens län', slug: 'norrbottens-lan' },
];

export function kommun(code: string, name: string, opts: Partial<Municipality> = {}): Municipality {
  return {
    kind: 'kommun',
    code,
    name,
    displayName: `${name} kommun`,
    slug: slugify(name),
    countyCode: '25',
    population: 15000,
    populationDate: '2021-12-31',
    ...opts,
  };
}

export function forbund(code: string, name: string): JointAuthority {
  return { kind: 'forbund', code, name, displayName: name, slug: slugify(name), memberCodes: [] };
}

export const m = (value: number): Score => ({ kind: 'measured', value });

export function seriesFor(year: number): SeriesId {
  return year >= 2024 ? 'four-areas' : year >= 2015 ? 'six-areas' : 'five-areas';
}

/** An official (or computed) rank outcome. */
export function ranked(place: number, opts: Partial<Rank> = {}): RankOutcome {
  return { kind: 'ranked', rank: { place, basis: 'official', tied: false, ...opts } };
}

/** A change; NKI totalt breaks between series, areas and NUI do not (pass `acrossBreak: false`). */
export function change(
  fromYear: number,
  toYear: number,
  from: number,
  to: number,
  acrossBreak = seriesFor(fromYear) !== seriesFor(toYear),
): Change {
  const delta = Math.round(to) - Math.round(from);
  return {
    fromYear,
    toYear,
    from,
    to,
    delta,
    acrossBreak,
    notable: Math.abs(delta) >= 2 && !acrossBreak,
  };
}

export function placeChange(
  fromYear: number,
  toYear: number,
  from: number,
  to: number,
  basis: Rank['basis'] = 'official',
): PlaceChange {
  const rank = (place: number): Rank => ({ place, basis, tied: false });
  return { fromYear, toYear, from: rank(from), to: rank(to), climbed: from - to };
}

export function gradeOf(value: number): UnitYear['grade'] {
  const r = Math.round(value);
  return r >= 80 ? 'mycket-hogt' : r >= 70 ? 'hogt' : r >= 62 ? 'godkant' : 'lagt';
}

/** An area result with its grade; extra fields (rank, change) through `opts`. */
export function area(
  id: AreaId,
  value: number | undefined,
  opts: Partial<UnitYear['areas'][number]> = {},
): UnitYear['areas'][number] {
  const score: Score =
    value === undefined ? { kind: 'missing', reason: 'too-few-answers' } : m(value);
  return {
    area: id,
    score,
    grade: value === undefined ? undefined : gradeOf(value),
    rank: { kind: 'not-ranked', reason: 'no-result' },
    ...opts,
  };
}

/** One UnitYear; NKI value sets score and grade, everything else through `patch`. */
export function unitYear(
  unit: Unit,
  year: number,
  nki: number | undefined,
  patch: Partial<UnitYear> = {},
): UnitYear {
  const score: Score = nki === undefined ? { kind: 'missing', reason: 'suppressed' } : m(nki);
  return {
    unit,
    year,
    series: seriesFor(year),
    row: {
      source: { file: `${year}.csv`, line: 2 },
      year,
      unitCode: unit.code,
      nki: score,
      areas: {},
      nui: { kind: 'missing', reason: 'not-measured' },
      factors: {},
    },
    nki: score,
    grade: nki === undefined ? undefined : gradeOf(nki),
    national:
      unit.kind === 'forbund'
        ? { kind: 'not-ranked', reason: 'not-a-municipality' }
        : { kind: 'not-ranked', reason: 'no-result' },
    nui: { kind: 'missing', reason: 'not-measured' },
    nuiRank: { kind: 'not-ranked', reason: 'no-result' },
    areas: [],
    factors: [],
    afterGap: false,
    firstYear: false,
    ...patch,
  };
}

/** A Derived around the given UnitYears; one YearSummary per year, overridable per year. */
/** A summary that states its participants states them all with NKI totalt unless it says. */
function withNki(s: YearSummary, given: Partial<YearSummary> | undefined): YearSummary {
  if (given?.municipalitiesInFile !== undefined && given.municipalitiesWithNki === undefined)
    return { ...s, municipalitiesWithNki: given.municipalitiesInFile };
  return s;
}

export function derivedOf(
  unitYears: UnitYear[],
  summaries: Partial<YearSummary>[] = [],
  opts: { years?: number[]; isExample?: boolean } = {},
): Derived {
  const units = [...new Map(unitYears.map((u) => [u.unit.code, u.unit])).values()];
  const years = [
    ...new Set([
      ...(opts.years ?? []),
      ...unitYears.map((u) => u.year),
      ...summaries.flatMap((x) => (x.year ? [x.year] : [])),
    ]),
  ].sort();
  const summaryList: YearSummary[] = years.map((year) =>
    withNki(
      {
        year,
        series: seriesFor(year),
        municipalitiesInFile: unitYears.filter((u) => u.year === year && u.unit.kind === 'kommun')
          .length,
        forbundInFile: unitYears.filter((u) => u.year === year && u.unit.kind === 'forbund').length,
        municipalitiesWithNki: unitYears.filter(
          (u) => u.year === year && u.unit.kind === 'kommun' && u.nki.kind === 'measured',
        ).length,
        complete: true,
        ...summaries.find((s) => s.year === year),
      },
      summaries.find((s) => s.year === year),
    ),
  );
  return {
    dataset: {
      reference: {
        municipalities: units.filter((u): u is Municipality => u.kind === 'kommun'),
        counties: COUNTIES,
        jointAuthorities: units.filter((u): u is JointAuthority => u.kind === 'forbund'),
      },
      years: years.map((year) => ({
        year,
        file: `${year}.csv`,
        rowsRead: 0,
        rows: unitYears.filter((u) => u.year === year).map((u) => u.row),
      })),
      isExample: opts.isExample ?? false,
    },
    years: summaryList,
    records: units.map((unit) => ({
      unit,
      years: unitYears.filter((u) => u.unit.code === unit.code).sort((a, b) => a.year - b.year),
    })),
    byUnitYear: new Map(unitYears.map((u) => [`${u.unit.code}:${u.year}`, u])),
  };
}

/** All text of a release as sentences (headline first), for opening and number checks. */
export function sentencesOf(texts: string[]): string[] {
  return texts.flatMap((t) => t.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9–])/)).filter((s) => s.length > 0);
}

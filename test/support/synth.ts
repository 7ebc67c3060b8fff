/**
 * Test synthesizers: build reference data, result rows, years and datasets with sensible
 * defaults, so a test states only what it is about. Real municipalities (codes, names, counties
 * and rounded populations from SCB) keep the inputs recognisable.
 */
import type { AreaId, FactorId } from '../../src/lib/areas';
import type {
  AreaResult,
  County,
  Dataset,
  Derived,
  JointAuthority,
  Municipality,
  MissingReason,
  Reference,
  ResultRow,
  Score,
  UnitYear,
  YearResults,
} from '../../src/lib/model';

/** A measured score, unrounded. */
export function measured(value: number): Score {
  return { kind: 'measured', value };
}

/** A missing score; 'not-measured' unless a reason is given. */
export function missing(reason: MissingReason = 'not-measured'): Score {
  return { kind: 'missing', reason };
}

const KNOWN: [code: string, name: string, displayName: string, county: string, pop: number][] = [
  ['0126', 'Huddinge', 'Huddinge kommun', '01', 115_000],
  ['0180', 'Stockholm', 'Stockholms stad', '01', 985_000],
  ['0187', 'Vaxholm', 'Vaxholms stad', '01', 12_000],
  ['0461', 'Gnesta', 'Gnesta kommun', '04', 11_400],
  ['0480', 'Nyköping', 'Nyköpings kommun', '04', 58_000],
  ['0484', 'Eskilstuna', 'Eskilstuna kommun', '04', 107_000],
  ['0488', 'Trosa', 'Trosa kommun', '04', 14_500],
  ['2513', 'Överkalix', 'Överkalix kommun', '25', 3_200],
  ['2514', 'Kalix', 'Kalix kommun', '25', 15_800],
  ['2580', 'Luleå', 'Luleå kommun', '25', 79_000],
  ['2582', 'Boden', 'Bodens kommun', '25', 28_000],
  ['2583', 'Haparanda', 'Haparanda stad', '25', 9_600],
];

/**
 * A municipality. Known codes ("2514") get their real name, county and population; any other
 * code gets a made-up name in county "25" with 10 000 inhabitants. `over` replaces any field.
 */
export function municipality(code: string, over: Partial<Municipality> = {}): Municipality {
  const known = KNOWN.find((k) => k[0] === code);
  const name = known?.[1] ?? `Kommun ${code}`;
  return {
    kind: 'kommun',
    code,
    name,
    displayName: known?.[2] ?? `${name} kommun`,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    countyCode: known?.[3] ?? '25',
    population: known?.[4] ?? 10_000,
    populationDate: '2023-12-31',
    ...over,
  };
}

/** A förbund with project code `code` ("F01") and the given member municipalities. */
export function forbund(code: string, over: Partial<JointAuthority> = {}): JointAuthority {
  const name = `Miljöförbundet ${code}`;
  return {
    kind: 'forbund',
    code,
    name,
    displayName: name,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    memberCodes: [],
    ...over,
  };
}

const COUNTIES: County[] = [
  { code: '01', name: 'Stockholms län', slug: 'stockholms-lan' },
  { code: '04', name: 'Södermanlands län', slug: 'sodermanlands-lan' },
  { code: '25', name: 'Norrbottens län', slug: 'norrbottens-lan' },
];

/**
 * A reference list: the twelve known municipalities and förbund F01–F02 by default; pass codes
 * or units to choose. Counties are those the municipalities use.
 */
export function reference(
  municipalities: (string | Municipality)[] = KNOWN.map((k) => k[0]),
  jointAuthorities: (string | JointAuthority)[] = ['F01', 'F02'],
): Reference {
  return {
    municipalities: municipalities.map((m) => (typeof m === 'string' ? municipality(m) : m)),
    jointAuthorities: jointAuthorities.map((f) => (typeof f === 'string' ? forbund(f) : f)),
    counties: COUNTIES,
  };
}

/** An area result: a number is a measured value, anything else a score; extra fields in `over`. */
export function area(value: number | Score, over: Partial<AreaResult> = {}): AreaResult {
  return { score: typeof value === 'number' ? measured(value) : value, ...over };
}

/** Row fields a test may give, with plain numbers allowed for scores. */
export type RowInput = Partial<Omit<ResultRow, 'nki' | 'nui' | 'areas' | 'factors'>> & {
  nki?: number | Score;
  nui?: number | Score;
  areas?: Partial<Record<AreaId, number | AreaResult>>;
  factors?: Partial<Record<FactorId, number | Score>>;
};

/**
 * A result row for `unitCode` in `year`. NKI is measured at 70 unless given; NUI is missing
 * ('not-measured'); no areas, factors, counts or places unless given.
 */
export function row(unitCode: string, year: number, input: RowInput = {}): ResultRow {
  const { nki = 70, nui = missing(), areas = {}, factors = {}, ...rest } = input;
  const toScore = (s: number | Score): Score => (typeof s === 'number' ? measured(s) : s);
  return {
    source: { file: `${year}.csv`, line: 2 },
    year,
    unitCode,
    nki: toScore(nki),
    nui: toScore(nui),
    areas: Object.fromEntries(
      Object.entries(areas).map(([id, a]) => [id, typeof a === 'number' ? area(a) : a]),
    ),
    factors: Object.fromEntries(Object.entries(factors).map(([id, s]) => [id, toScore(s)])),
    ...rest,
  };
}

/** A year's file holding `rows` (their source lines numbered from 2, after the header). */
export function yearResults(
  year: number,
  rows: ResultRow[],
  over: Partial<YearResults> = {},
): YearResults {
  return {
    year,
    file: `${year}.csv`,
    rowsRead: rows.length,
    rows: rows.map((r, i) => ({ ...r, year, source: { file: `${year}.csv`, line: i + 2 } })),
    ...over,
  };
}

/** A dataset of `years` (sorted here) over `ref`, not marked as example data. */
export function dataset(years: YearResults[], ref: Reference = reference()): Dataset {
  return { reference: ref, years: [...years].sort((a, b) => a.year - b.year), isExample: false };
}

/** Rows for `values` keyed by unit code: `{ '2514': 86, '2580': 74 }` → two rows in `year`. */
export function rows(year: number, values: Record<string, number | RowInput>): ResultRow[] {
  return Object.entries(values).map(([code, v]) =>
    row(code, year, typeof v === 'number' ? { nki: v } : v),
  );
}

/** Code of the i-th filler municipality: "9001", "9002", … (no real SCB code starts with 9). */
function fillerCode(i: number): string {
  return String(9001 + i);
}

/** The twelve known municipalities plus `count` fillers in county "25" with 10 000 inhabitants. */
export function fillerReference(count: number): Reference {
  return reference([
    ...KNOWN.map((k) => k[0]),
    ...Array.from({ length: count }, (_, i) => municipality(fillerCode(i))),
  ]);
}

/**
 * Rows for `count` filler municipalities in `year`, NKI falling from 99 by 0.1 (so all distinct
 * and above any real unit a test adds below 80); `over(i)` adds or replaces fields.
 */
export function fillerRows(
  year: number,
  count: number,
  over: (i: number) => RowInput = () => ({}),
): ResultRow[] {
  return Array.from({ length: count }, (_, i) =>
    row(fillerCode(i), year, { nki: 99 - i * 0.1, ...over(i) }),
  );
}

/** The derived unit-year for `code` in `year`; throws when there is none, naming both. */
export function unitYear(derived: Derived, code: string, year: number): UnitYear {
  const uy = derived.byUnitYear.get(`${code}:${year}`);
  if (!uy) throw new Error(`Ingen enhetsår för ${code}:${year}`);
  return uy;
}

/**
 * Reference data (data/reference/*.csv) as typed values. The files are kept by hand, so the first
 * fault stops the build with file, line and column rather than surfacing later as a broken page.
 *
 * Longer than 250 lines on purpose: one small reader per reference file, side by side.
 */
import Papa from 'papaparse';
import type {
  County,
  JointAuthority,
  Municipality,
  PeerGroup,
  PeerGrouping,
  Reference,
  Unit,
} from './model';
import { PEER_GROUP_COUNTS } from './peers';
import { PEER_GROUPINGS } from './rules';
import { slugify } from './slug';

/** The three reference files as text, keyed by what they hold. */
export interface ReferenceTexts {
  kommuner: string;
  lan: string;
  forbund: string;
  /** SKR's kommungrupper by edition (kommungrupper-2017.csv, …); optional for small test sets. */
  kommungrupper?: Readonly<Record<number, string>>;
}

/** One data row with its 1-based line number and a cell getter that names the fault. */
interface Row {
  line: number;
  get(column: string, pattern?: RegExp): string;
}

const FILES = {
  kommuner: 'kommuner.csv',
  lan: 'lan.csv',
  forbund: 'forbund.csv',
} as const;

function fail(file: string, line: number, column: number, message: string): never {
  throw new Error(`${file}:${line}:${column}: ${message}`);
}

function rowsOf(file: string, text: string, required: readonly string[]): Row[] {
  // header: false so that line numbers stay exact; the files have no multi-line cells.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false });
  const [header = [], ...body] = parsed.data.map((cells) => cells.map((c) => c.trim()));
  for (const name of required) {
    if (!header.includes(name)) fail(file, 1, 0, `kolumnen "${name}" saknas`);
  }
  const rows: Row[] = [];
  body.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c === '')) return; // blank line, e.g. at the end of the file
    if (cells.length !== header.length) {
      fail(file, line, 0, `raden har ${cells.length} fält, rubrikraden ${header.length}`);
    }
    rows.push({
      line,
      get(column, pattern = /\S/) {
        const index = header.indexOf(column);
        const value = cells[index] ?? '';
        if (!pattern.test(value)) {
          fail(file, line, index + 1, `ogiltigt värde "${value}" i kolumnen "${column}"`);
        }
        return value;
      },
    });
  });
  return rows;
}

/** The slug column is redundant with the name, so a mismatch means one of them was mistyped. */
function checkedSlug(file: string, row: Row, expected: string): string {
  const slug = row.get('slug');
  if (slug !== expected) {
    fail(file, row.line, 0, `slug "${slug}" följer inte regeln (väntade "${expected}")`);
  }
  return slug;
}

function parseCounties(text: string): County[] {
  const counties = rowsOf(FILES.lan, text, ['code', 'name', 'slug']).map((row) => {
    const name = row.get('name');
    const slug = checkedSlug(FILES.lan, row, slugify(name));
    return { line: row.line, county: { code: row.get('code', /^\d{2}$/), name, slug } };
  });
  checkUnique(counties.map(({ line, county }) => ({ file: FILES.lan, line, value: county.code })));
  return counties.map(({ county }) => county);
}

function parseMunicipalities(text: string, counties: County[]) {
  const columns = ['code', 'name', 'display_name', 'slug', 'county_code', 'population'];
  const rows = rowsOf(FILES.kommuner, text, [...columns, 'population_date']);
  // Codes first: a repeated row would otherwise be reported as a slug collision below.
  checkUnique(rows.map(({ line, get }) => ({ file: FILES.kommuner, line, value: get('code') })));
  // Håbo and Habo both slugify to "habo"; a name shared this way gets its county appended to
  // both, so that neither municipality owns the plain slug by accident of order.
  const baseCount = new Map<string, number>();
  for (const row of rows) {
    const base = slugify(row.get('name'));
    baseCount.set(base, (baseCount.get(base) ?? 0) + 1);
  }
  return rows.map((row) => {
    const name = row.get('name');
    const countyCode = row.get('county_code', /^\d{2}$/);
    const county = counties.find((c) => c.code === countyCode);
    if (!county)
      fail(FILES.kommuner, row.line, 0, `länet "${countyCode}" finns inte i ${FILES.lan}`);
    const shared = (baseCount.get(slugify(name)) ?? 0) > 1;
    const municipality: Municipality = {
      kind: 'kommun',
      code: row.get('code', /^\d{4}$/),
      name,
      displayName: row.get('display_name'),
      slug: checkedSlug(FILES.kommuner, row, slugify(shared ? `${name} ${county.name}` : name)),
      countyCode,
      population: Number(row.get('population', /^[1-9]\d*$/)),
      // SCB counts on 31 December; anything else is a typo or a different statistic.
      populationDate: row.get('population_date', /^\d{4}-12-31$/),
    };
    return { line: row.line, unit: municipality };
  });
}

function parseJointAuthorities(text: string, municipalities: Municipality[]) {
  const known = new Set(municipalities.map((m) => m.code));
  return rowsOf(FILES.forbund, text, ['code', 'name', 'slug', 'member_codes']).map((row) => {
    const name = row.get('name');
    const memberCodes = row.get('member_codes', /^\d{4}( \d{4})*$/).split(' ');
    const unknown = memberCodes.find((code) => !known.has(code));
    if (unknown)
      fail(FILES.forbund, row.line, 0, `medlemmen "${unknown}" finns inte i kommunlistan`);
    const unit: JointAuthority = {
      kind: 'forbund',
      code: row.get('code', /^F\d{2}$/),
      name,
      displayName: name,
      slug: checkedSlug(FILES.forbund, row, slugify(name)),
      memberCodes,
    };
    return { line: row.line, unit };
  });
}

/**
 * One edition of SKR's kommungrupper: every municipality of the list exactly once, with the same
 * name, and the edition's counts per group (a list cut short, or a group mistyped, stops here).
 */
export function parsePeerGrouping(
  edition: number,
  text: string,
  municipalities: readonly Municipality[],
): PeerGrouping {
  const file = `kommungrupper-${edition}.csv`;
  const rows = rowsOf(file, text, ['code', 'name', 'group_code', 'group_name']);
  checkUnique(rows.map(({ line, get }) => ({ file, line, value: get('code') })));
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  const groups = new Map<string, PeerGroup>();
  const counts = new Map<string, number>();
  const groupOf: Record<string, string> = {};
  for (const row of rows) {
    const code = row.get('code', /^\d{4}$/);
    const name = row.get('name');
    const known = names.get(code);
    if (known === undefined)
      fail(file, row.line, 1, `kommunkoden "${code}" finns inte i kommuner.csv`);
    if (known !== name) fail(file, row.line, 2, `namnet "${name}" är "${known}" i kommuner.csv`);
    const group = { code: row.get('group_code', /^[ABC][1-9]$/), name: row.get('group_name') };
    const seen = groups.get(group.code);
    if (seen && seen.name !== group.name) {
      fail(file, row.line, 4, `gruppen ${group.code} heter "${seen.name}" på en tidigare rad`);
    }
    groups.set(group.code, group);
    counts.set(group.code, (counts.get(group.code) ?? 0) + 1);
    groupOf[code] = group.code;
  }
  const missing = municipalities.find((m) => groupOf[m.code] === undefined);
  if (missing) fail(file, 0, 0, `${missing.name} (${missing.code}) saknas`);
  const expected = PEER_GROUP_COUNTS[edition];
  if (!expected) fail(file, 0, 0, `upplagan ${edition} är okänd`);
  for (const [code, n] of Object.entries(expected)) {
    const got = counts.get(code) ?? 0;
    if (got !== n) fail(file, 0, 0, `gruppen ${code} har ${got} kommuner, SKR:s upplaga ${n}`);
  }
  for (const code of counts.keys()) {
    if (!(code in expected)) fail(file, 0, 0, `gruppen ${code} finns inte i SKR:s upplaga`);
  }
  const sorted = [...groups.values()].sort((a, b) => a.code.localeCompare(b.code));
  return { edition, groups: sorted, groupOf };
}

function checkUnique(values: { file: string; line: number; value: string }[]) {
  const seen = new Set<string>();
  for (const { file, line, value } of values) {
    if (seen.has(value)) fail(file, line, 0, `"${value}" förekommer mer än en gång`);
    seen.add(value);
  }
}

/**
 * Parses the reference files (and SKR's kommungrupper, when given). Throws an Error ("kommuner.csv:12:3: …") on the first
 * malformed row, on a county or member code that does not exist, and on duplicate codes or slugs.
 */
export function parseReference(texts: ReferenceTexts): Reference {
  const counties = parseCounties(texts.lan);
  const kommuner = parseMunicipalities(texts.kommuner, counties);
  const municipalities = kommuner.map(({ unit }) => unit);
  const forbund = parseJointAuthorities(texts.forbund, municipalities);
  // Municipalities and förbund share one URL space and one code space in result files.
  const located = [
    ...kommuner.map((k) => ({ ...k, file: FILES.kommuner })),
    ...forbund.map((f) => ({ ...f, file: FILES.forbund })),
  ];
  for (const key of ['code', 'slug'] as const) {
    checkUnique(located.map(({ file, line, unit }) => ({ file, line, value: unit[key] })));
  }
  const result: Reference = {
    municipalities,
    counties,
    jointAuthorities: forbund.map(({ unit }) => unit),
  };
  if (texts.kommungrupper) {
    result.peerGroupings = PEER_GROUPINGS.map(({ edition }) => {
      const text = texts.kommungrupper?.[edition];
      if (text === undefined) fail(`kommungrupper-${edition}.csv`, 0, 0, 'filen saknas');
      return parsePeerGrouping(edition, text, municipalities);
    });
  }
  return result;
}

const unitIndexes = new WeakMap<Reference, Map<string, Unit>>();

/**
 * The unit (municipality or förbund) with this code, or undefined. Indexed once per reference:
 * the downloads look a unit up for every row.
 */
export function unitByCode(reference: Reference, code: string): Unit | undefined {
  let index = unitIndexes.get(reference);
  if (!index) {
    // Förbund first, so a municipality wins should a code ever be both.
    index = new Map<string, Unit>(reference.jointAuthorities.map((f) => [f.code, f]));
    for (const m of reference.municipalities) index.set(m.code, m);
    unitIndexes.set(reference, index);
  }
  return index.get(code);
}

/**
 * The county a unit belongs to. A förbund has one only when all its members share a county
 * (most do; a cross-county förbund gets undefined and so no county ranking).
 */
export function countyOf(reference: Reference, unit: Unit): County | undefined {
  const codes =
    unit.kind === 'kommun'
      ? [unit.countyCode]
      : unit.memberCodes.map((c) => reference.municipalities.find((m) => m.code === c)?.countyCode);
  const distinct = new Set(codes);
  const [only] = distinct;
  return distinct.size === 1 ? reference.counties.find((c) => c.code === only) : undefined;
}

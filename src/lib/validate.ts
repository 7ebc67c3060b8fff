/**
 * RawTable → YearResults, collecting every problem instead of stopping at the first. The year
 * comes from a year column, the file or sheet name, or a title row (year.ts); each data row
 * becomes a ResultRow, the national-averages row ("Riket", "Samtliga"), or at least one error:
 * no row is ever silently dropped. Besides each cell's own range, a column is checked as a whole
 * (an index column whose values are all 1 or less holds shares, not indexes) and a placement
 * against the number it could be at most (290 municipalities, the municipalities of a county).
 *
 * Longer than 250 lines on purpose: one pass over a table's rows and columns, whose checks share
 * the row's context; split, they would pass it around.
 */
import { areaInfo, type AreaId } from './areas';
import { NATIONAL_ROW_NAMES } from './canonical';
import { mapColumns, type Field } from './columns';
import { matchUnit, suggest } from './match';
import type {
  Problem,
  RawRow,
  RawTable,
  Reference,
  ResultRow,
  YearResults,
  YearSource,
} from './model';
import { clip, count, LIMITS, maxOf, pushAll } from './limits';
import { contentsOf, declaredSource } from './provenance';
import { checkRanking, type Placed } from './placements';
import { readRow, type Columns } from './row';
import { yearOf } from './year';

/** Validates one parsed file against the reference; `results` is absent when the file is unusable. */
export function validateTable(
  table: RawTable,
  reference: Reference,
): {
  year?: number;
  yearSource?: YearSource;
  results?: YearResults;
  fields: Columns;
  problems: Problem[];
} {
  const { file } = table;
  const { fields, problems } = mapColumns(table.header, file, table.headerLine);
  const { year, source: yearSource } = yearOf(table, fields, problems);
  if (table.rows.length === 0) {
    const message = 'Filen innehåller ingen data under rubrikraden.';
    problems.push({ file, line: table.headerLine, column: 0, severity: 'error', message });
  }
  if (problems.some((p) => p.severity === 'error' && p.line === table.headerLine) || !year) {
    return { year, yearSource, fields, problems };
  }

  const nameAt = fields.findIndex((f) => f?.kind === 'name');
  const codeAt = fields.findIndex((f) => f?.kind === 'code');
  const rows: ResultRow[] = [];
  const seen = new Map<string, number>();
  let statedAverage: YearResults['statedAverage'];
  for (const raw of table.rows) {
    // A row that does not fit its header is already an error (parse.ts); its cells are not read.
    if (raw.misfit) continue;
    const name = (raw.cells[nameAt] ?? '').trim();
    const code = (raw.cells[codeAt] ?? '').trim();
    const before = problems.length;
    if (isNational(name, code)) {
      const row = readRow(raw, fields, { file, year, unitCode: '' }, problems);
      if (statedAverage) {
        problems.push(
          at(raw, nameAt, 'error', 'Raden med riksgenomsnittet finns två gånger.', file),
        );
      }
      statedAverage = {
        nki: row.nki.kind === 'measured' ? row.nki.value : undefined,
        nui: row.nui.kind === 'measured' ? row.nui.value : undefined,
      };
      continue;
    }
    const unit = unitOf(raw, { name, nameAt, code, codeAt }, reference, file, problems);
    if (!unit) continue;
    const first = seen.get(unit.code);
    if (first !== undefined) {
      const message = `${unit.name} finns redan på rad ${first}; samma enhet två gånger samma år.`;
      problems.push(at(raw, nameAt >= 0 ? nameAt : codeAt, 'error', message, file));
      continue;
    }
    seen.set(unit.code, raw.line);
    const row = readRow(raw, fields, { file, year, unitCode: unit.code }, problems);
    if (problems.slice(before).some((p) => p.severity === 'error')) continue;
    rows.push(row);
  }
  pushAll(problems, rankingProblems(rows, fields, reference, file));
  pushAll(problems, shareColumns(rows, fields, table));
  pushAll(problems, unlabeled(table));
  // In reading order: the cells of a row are read by field, not left to right.
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const results: YearResults = {
    year,
    file,
    files: [file],
    rowsRead: table.rows.length,
    rows,
    statedAverage,
    source: declaredSource(table.titleLines),
    contents: contentsOf(fields),
  };
  return { year, yearSource, results, fields, problems };
}

/**
 * An error for each index or percent column whose values are all 1 or less (0,72 where 72 is
 * meant): the column holds shares, and read as indexes every figure would be a hundred times
 * too small. One value of 1 or less among others is possible; a whole column is not.
 */
function shareColumns(rows: ResultRow[], fields: Columns, table: RawTable): Problem[] {
  const problems: Problem[] = [];
  fields.forEach((f, i) => {
    if (!f) return;
    const isIndex =
      f.kind === 'nki' || f.kind === 'nui' || f.kind === 'area' || f.kind === 'factor';
    const isRate = f.kind === 'responseRate' || f.kind === 'areaResponseRate';
    if (!isIndex && !isRate) return;
    let values = 0;
    let example: number | undefined;
    for (const row of rows) {
      const v = valueOf(row, f);
      if (v === undefined) continue;
      if (v > 1) return;
      values++;
      if (example === undefined && v > 0) example = v;
    }
    if (values === 0) return;
    const first = table.rows.find(
      (r) => r.line === rows.find((row) => valueOf(row, f) !== undefined)?.source.line,
    );
    const shown = (example ?? 0).toLocaleString('sv-SE');
    const times100 = (Math.round((example ?? 0) * 1000) / 10).toLocaleString('sv-SE');
    const what = isIndex ? 'ett index 0–100' : 'en svarsfrekvens i procent 0–100';
    const message = `Alla värden i kolumnen "${clip(table.header[i]?.trim() ?? '')}" är 1 eller lägre (t.ex. ${shown}): det ser ut som andelar, men kolumnen ska ha ${what}. Skriv ${times100} i stället för ${shown} (multiplicera med 100), eller exportera igen med index.`;
    problems.push({
      file: table.file,
      line: first?.line ?? table.headerLine,
      column: i + 1,
      severity: 'error',
      message,
      raw: first?.cells[i],
    });
  });
  return problems;
}

/** The measured value a row has in the column of `f`, if any. */
function valueOf(row: ResultRow, f: Field): number | undefined {
  const score = (s: ResultRow['nki'] | undefined) => (s?.kind === 'measured' ? s.value : undefined);
  switch (f.kind) {
    case 'nki':
      return score(row.nki);
    case 'nui':
      return score(row.nui);
    case 'area':
      return score(row.areas[f.area]?.score);
    case 'factor':
      return score(row.factors[f.factor]);
    case 'responseRate':
      return row.responseRate;
    case 'areaResponseRate':
      return row.areas[f.area]?.responseRate;
    default:
      return undefined;
  }
}

/** One warning per column that has values but no header: those values are not read. */
function unlabeled(table: RawTable): Problem[] {
  const width = maxOf(
    table.rows.map((r) => r.cells.length),
    0,
  );
  const problems: Problem[] = [];
  for (let i = 0; i < width; i++) {
    if ((table.header[i] ?? '').trim() !== '') continue;
    const first = table.rows.find((r) => !r.misfit && (r.cells[i] ?? '').trim() !== '');
    if (!first) continue;
    const message = `Kolumn ${i + 1} har värden men ingen rubrik; den läses inte.`;
    problems.push(at(first, i, 'warning', message, table.file));
  }
  return problems;
}

function isNational(name: string, code: string): boolean {
  return NATIONAL_ROW_NAMES.includes(name.toLowerCase()) || /^(0+|riket)$/i.test(code);
}

function unitOf(
  raw: RawRow,
  cell: { name: string; nameAt: number; code: string; codeAt: number },
  reference: Reference,
  file: string,
  problems: Problem[],
) {
  const { name, nameAt, code, codeAt } = cell;
  if (name === '' && code === '') {
    const message = 'Raden har värden men ingen kommun eller förbund.';
    problems.push(at(raw, Math.max(nameAt, codeAt), 'error', message, file));
    return undefined;
  }
  if (name.length > LIMITS.nameChars) {
    const message = `Namnet har ${count(name.length)} tecken; ingen kommun eller inget förbund har ett namn längre än ${count(LIMITS.nameChars)}.`;
    problems.push(at(raw, nameAt, 'error', message, file));
    return undefined;
  }
  const byCode = code ? matchUnit(code, reference) : undefined;
  const byName = name ? matchUnit(name, reference) : undefined;
  if (code && !byCode) {
    problems.push(at(raw, codeAt, 'error', `Okänd kommunkod "${clip(code)}".`, file));
  }
  if (name && !byName) {
    // With a known code the row is still read; the name is only a warning then.
    const severity = byCode ? 'warning' : 'error';
    const suggestions = suggest(name, reference);
    problems.push({
      ...at(raw, nameAt, severity, `Okänd kommun "${clip(name)}".`, file),
      suggestions,
    });
  }
  if (byCode && byName && byCode !== byName) {
    const message = `Koden ${clip(code)} är ${byCode.name}, men namnet är "${clip(name)}" (${byName.name}).`;
    problems.push(at(raw, codeAt, 'error', message, file));
    return undefined;
  }
  return byCode ?? (code ? undefined : byName);
}

function at(
  raw: RawRow,
  i: number,
  severity: Problem['severity'],
  message: string,
  file: string,
): Problem {
  return { file, line: raw.line, column: i + 1, severity, message, raw: raw.cells[i] };
}

/** Every ranking the file states: NKI totalt, per county, per area, and NUI. */
function rankingProblems(
  rows: ResultRow[],
  fields: Columns,
  reference: Reference,
  file: string,
): Problem[] {
  const column = (match: (f: Field) => boolean) =>
    fields.findIndex((f) => f !== undefined && match(f)) + 1;
  const name = (code: string) => matchUnit(code, reference)?.name ?? code;
  const value = (s: ResultRow['nki'] | undefined) => (s?.kind === 'measured' ? s.value : undefined);
  const placed = (
    r: ResultRow,
    place: number | undefined,
    col: number,
    v?: number,
    group?: string,
  ) =>
    place === undefined
      ? []
      : [{ line: r.source.line, column: col, unitName: name(r.unitCode), place, value: v, group }];
  const county = (code: string) =>
    reference.municipalities.find((m) => m.code === code)?.countyCode;

  const problems: Problem[] = [];
  const inCounty = new Map<string, number>();
  for (const m of reference.municipalities)
    inCounty.set(m.countyCode, (inCounty.get(m.countyCode) ?? 0) + 1);
  const countyName = (code: string) =>
    reference.counties.find((c) => c.code === code)?.name ?? `län ${code}`;
  const check = (entries: Placed[], label: string) => {
    pushAll(problems, checkRanking(entries, label, file));
    // A place no ranking can reach ("plats 9999" of 290) is a typo or another column's figure.
    for (const e of entries) {
      const most =
        e.group === undefined ? reference.municipalities.length : (inCounty.get(e.group) ?? 0);
      if (e.place <= most) continue;
      const among =
        e.group === undefined
          ? `Sverige har ${count(most)} kommuner`
          : `${countyName(e.group)} har ${count(most)} kommuner`;
      const message = `Placeringen ${count(e.place)} i ${label} (${e.unitName}) är större än antalet som kan rankas: ${among}.`;
      problems.push({
        file,
        line: e.line,
        column: e.column,
        severity: 'error',
        message,
        raw: String(e.place),
      });
    }
  };
  const nkiCol = column((f) => f.kind === 'place');
  check(
    rows.flatMap((r) => placed(r, r.officialPlace, nkiCol, value(r.nki))),
    'NKI totalt',
  );
  const countyCol = column((f) => f.kind === 'countyPlace');
  check(
    rows.flatMap((r) =>
      placed(r, r.officialCountyPlace, countyCol, value(r.nki), county(r.unitCode)),
    ),
    'länet',
  );
  const nuiCol = column((f) => f.kind === 'nuiPlace');
  check(
    rows.flatMap((r) => placed(r, r.officialNuiPlace, nuiCol, value(r.nui))),
    'NUI',
  );
  const areas = new Set(fields.flatMap((f) => (f?.kind === 'areaPlace' ? [f.area] : [])));
  for (const area of areas as Set<AreaId>) {
    const col = column((f) => f.kind === 'areaPlace' && f.area === area);
    const entries = rows.flatMap((r) =>
      placed(r, r.areas[area]?.officialPlace, col, value(r.areas[area]?.score)),
    );
    check(entries, areaInfo(area).inSentence);
  }
  return problems;
}

/**
 * An error when no unit of a year has NKI totalt: the headline measure every page and release is
 * built on. Checked per year after the files of the year are merged (SKR's ranking list and
 * Kolada's values may come in separate files), naming the file or files.
 */
export function missingHeadline(results: YearResults): Problem | undefined {
  if (results.rows.some((r) => r.nki.kind === 'measured')) return undefined;
  const files = results.files ?? [results.file];
  const where =
    files.length > 1 ? `i någon av filerna för ${results.year} (${files.join(', ')})` : 'i filen';
  const message = `Ingen enhet ${where} har ett värde för NKI totalt: kolumnen för NKI totalt ("NKI", "nki", "NKI totalt") saknas eller är tom. Ett år utan NKI totalt kan inte publiceras; lägg till kolumnen eller ta bort filen.`;
  return { file: results.file, line: 0, column: 0, severity: 'error', message };
}

/**
 * Several tables for one year → one YearResults, merged by unit. A year may come from Kolada's
 * values and SKR's ranking list with its official placements, or from two sheets of a workbook.
 * A value given twice must agree: the same number, or one the published integer of the other
 * (SKR's lists show 75 where Kolada has 74,6). Otherwise it is an error at the later cell that
 * names the earlier one. The report says which file gave which column.
 *
 * A value one file withholds ("..", "x", "ej mätt", or fewer than 7 answers) and another file
 * gives is a conflict, an error at the later cell, in either order. Neither side can simply win:
 * letting the number win publishes a figure a source chose not to show (SKR hides results on
 * few answers); letting the marker win silently drops a figure the other file may rightly have
 * (Kolada leaves out totals under 20 answers, SKR's list shows them from 7). The person who has
 * both files decides, by removing the value or the marker. An empty cell says nothing and is
 * filled from the other file, as before.
 */
import type { Field } from './columns';
import type { Problem, ResultRow, Score, SourceLocation, YearResults } from './model';
import { formatWhere } from './report';
import type { Columns } from './row';

/** One validated table with what is needed to point at its cells. */
export interface MergePart {
  results: YearResults;
  fields: Columns;
  header: string[];
  sheet?: string;
}

type Value = Score | number | undefined;

/** Merges the parts (all of one year, in reading order); the first part's order is kept. */
export function mergeYear(parts: MergePart[]): {
  results: YearResults;
  columns: { file: string; fields: string[] }[];
  problems: Problem[];
} {
  const first = parts[0]!;
  const problems: Problem[] = [];
  const rows = new Map<string, { row: ResultRow; from: Map<string, SourceLocation> }>();
  const locate = (part: MergePart, row: ResultRow, column: number): SourceLocation => ({
    file: part.results.file,
    line: row.source.line,
    column,
    ...(part.sheet === undefined ? {} : { sheet: part.sheet }),
  });

  for (const part of parts) {
    for (const row of part.results.rows) {
      const held = rows.get(row.unitCode);
      if (!held) {
        const from = new Map<string, SourceLocation>();
        part.fields.forEach((f, i) => f && from.set(key(f), locate(part, row, i + 1)));
        rows.set(row.unitCode, { row: structuredClone(row), from });
        continue;
      }
      part.fields.forEach((f, i) => {
        if (!f || !isValueField(f)) return;
        const here = locate(part, row, i + 1);
        const mine = get(row, f);
        const theirs = get(held.row, f);
        const there = held.from.get(key(f));
        const thereText = there ? formatWhere(there) : held.row.source.file;
        const column = part.header[i]?.trim();
        if (given(mine) && withheld(theirs)) {
          const message = `Värdet ${show(mine)} här, men ${thereText} (${column}) anger att värdet inte visas (${withheldWords(theirs)}). Ett värde som en fil undanhåller publiceras inte ur en annan: ta bort värdet eller markeringen i den fil som är fel.`;
          problems.push({ ...here, severity: 'error', message, raw: show(mine) });
          return;
        }
        if (withheld(mine) && given(theirs)) {
          const message = `Här anges att värdet inte visas (${withheldWords(mine)}), men ${thereText} (${column}) har värdet ${show(theirs)}. Ett värde som en fil undanhåller publiceras inte ur en annan: ta bort värdet eller markeringen i den fil som är fel.`;
          problems.push({ ...here, severity: 'error', message });
          return;
        }
        if (withheld(mine) && !withheld(theirs)) {
          // The other file's cell was empty: the marker says more (the value is not shown).
          set(held.row, f, mine);
          held.from.set(key(f), here);
          return;
        }
        if (!given(mine)) return;
        if (!given(theirs)) {
          set(held.row, f, mine);
          held.from.set(key(f), here);
        } else if (!agree(number(mine), number(theirs))) {
          const message = `Värdet ${show(mine)} här skiljer sig från ${show(theirs)} i ${thereText} (${column}); samma värde får bara anges en gång.`;
          problems.push({ ...here, severity: 'error', message, raw: show(mine) });
        } else if (!Number.isInteger(number(mine)) && Number.isInteger(number(theirs))) {
          set(held.row, f, mine); // keep the unrounded value
        }
      });
    }
  }

  // The first file's stated average wins over later ones, field by field.
  let statedAverage: YearResults['statedAverage'];
  for (const part of [...parts].reverse()) {
    const average = part.results.statedAverage;
    if (average) statedAverage = { ...statedAverage, ...average };
  }
  const contents = parts.map((p) => p.results.contents);
  const results: YearResults = {
    year: first.results.year,
    file: parts.map((p) => p.results.file).join(' + '),
    files: parts.flatMap((p) => p.results.files ?? [p.results.file]),
    rowsRead: parts.reduce((n, p) => n + p.results.rowsRead, 0),
    rows: [...rows.values()].map((r) => r.row),
    statedAverage,
    source: parts.find((p) => p.results.source)?.results.source,
    contents: {
      placements: contents.some((c) => c?.placements),
      answers: contents.some((c) => c?.answers),
      responseRates: contents.some((c) => c?.responseRates),
    },
  };
  const label = (p: MergePart) =>
    p.sheet === undefined ? p.results.file : `${p.results.file}, blad "${p.sheet}"`;
  const firstGiven = new Map<string, string>();
  const columns = parts.map((p) => ({
    file: label(p),
    fields: p.header.flatMap((header, i) => {
      const f = p.fields[i];
      if (f === undefined || !isValueField(f)) return [];
      const earlier = firstGiven.get(key(f));
      if (earlier === undefined) firstGiven.set(key(f), p.results.file);
      return [earlier === undefined ? header.trim() : `${header.trim()} (även i ${earlier})`];
    }),
  }));
  return { results, columns, problems };
}

function isValueField(f: Field): boolean {
  return !['name', 'code', 'year', 'ignored'].includes(f.kind);
}

function key(f: Field): string {
  return 'area' in f ? `${f.kind}:${f.area}` : 'factor' in f ? `factor:${f.factor}` : f.kind;
}

function given(v: Value): v is Score | number {
  return typeof v === 'number' || v?.kind === 'measured';
}

/** A score a file says is not to be shown: a marker, "ej mätt", or too few answers. */
function withheld(v: Value): v is Extract<Score, { kind: 'missing' }> {
  return typeof v === 'object' && v.kind === 'missing' && v.reason !== 'no-result';
}

function withheldWords(v: Extract<Score, { kind: 'missing' }>): string {
  if (v.reason === 'not-measured') return '"ej mätt"';
  if (v.reason === 'too-few-answers') return 'färre än 7 svar';
  return 'en markering som ".." eller "x"';
}

function number(v: Score | number): number {
  return typeof v === 'number' ? v : v.kind === 'measured' ? v.value : NaN;
}

/** Equal, or one is the published (rounded) integer of the other. */
function agree(a: number, b: number): boolean {
  if (a === b) return true;
  return (
    (Number.isInteger(a) && Math.round(b) === a) || (Number.isInteger(b) && Math.round(a) === b)
  );
}

function show(v: Score | number): string {
  return number(v).toLocaleString('sv-SE');
}

function get(row: ResultRow, f: Field): Value {
  switch (f.kind) {
    case 'nki':
      return row.nki;
    case 'place':
      return row.officialPlace;
    case 'countyPlace':
      return row.officialCountyPlace;
    case 'answers':
      return row.answers;
    case 'responseRate':
      return row.responseRate;
    case 'nui':
      return row.nui;
    case 'nuiPlace':
      return row.officialNuiPlace;
    case 'nuiAnswers':
      return row.nuiAnswers;
    case 'factor':
      return row.factors[f.factor];
    case 'area':
      return row.areas[f.area]?.score;
    case 'areaPlace':
      return row.areas[f.area]?.officialPlace;
    case 'areaAnswers':
      return row.areas[f.area]?.answers;
    case 'areaResponseRate':
      return row.areas[f.area]?.responseRate;
    default:
      return undefined;
  }
}

function set(row: ResultRow, f: Field, v: Score | number): void {
  const n = v as number;
  const s = v as Score;
  if ('area' in f) {
    const area = (row.areas[f.area] ??= { score: { kind: 'missing', reason: 'no-result' } });
    if (f.kind === 'area') area.score = s;
    else if (f.kind === 'areaPlace') area.officialPlace = n;
    else if (f.kind === 'areaAnswers') area.answers = n;
    else area.responseRate = n;
    return;
  }
  if ('factor' in f) row.factors[f.factor] = s;
  else if (f.kind === 'nki') row.nki = s;
  else if (f.kind === 'place') row.officialPlace = n;
  else if (f.kind === 'countyPlace') row.officialCountyPlace = n;
  else if (f.kind === 'answers') row.answers = n;
  else if (f.kind === 'responseRate') row.responseRate = n;
  else if (f.kind === 'nui') row.nui = s;
  else if (f.kind === 'nuiPlace') row.officialNuiPlace = n;
  else if (f.kind === 'nuiAnswers') row.nuiAnswers = n;
}

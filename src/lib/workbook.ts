/**
 * A workbook → RawTables, one per worksheet that holds a result table, so that a workbook follows
 * the same header, name, missing-value and validation rules as a CSV file. A table's rows are the
 * sheet's rows and its columns the sheet's columns, so every problem can name the cell ("C7").
 * Title rows and merged title cells above the header and notes below are handled as in text files;
 * a sheet without a header (a notes sheet) is listed as skipped; hidden rows are read, with a
 * warning, since a person looking at the sheet does not see them.
 */
import type { Problem, RawTable } from './model';
import { pushAll } from './limits';
import { findHeader, splitRows } from './parse';
import { readWorkbook, type Sheet } from './xlsx';

/** The result tables of a workbook, and what was wrong or skipped; problems carry the sheet. */
export function workbookTables(
  file: string,
  bytes: Uint8Array,
): { tables: RawTable[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (message: string) => ({
    tables: [],
    problems: [{ file, line: 0, column: 0, severity: 'error' as const, message }],
  });
  const book = readWorkbook(bytes);
  if ('error' in book) return fail(book.error);
  if (!book.sheets.some((s) => s.rows.some((r) => r.cells.some((c) => c.trim() !== '')))) {
    return fail('Arbetsboken är tom: inget blad innehåller några värden.');
  }
  const tables: RawTable[] = [];
  for (const sheet of book.sheets) {
    const table = sheetTable(file, sheet, problems);
    if (table) tables.push(table);
  }
  if (tables.length === 0) {
    return fail(
      'Hittar inget blad med en rubrikrad med kända kolumnnamn (t.ex. "Kommun", "NKI", "Placering").',
    );
  }
  return { tables, problems };
}

function sheetTable(file: string, sheet: Sheet, problems: Problem[]): RawTable | undefined {
  const where = { file, sheet: sheet.name };
  for (const fault of sheet.faults) {
    const { row: line, column, message } = fault;
    problems.push({ ...where, line, column, severity: 'error', message });
  }
  const rows: string[][] = [];
  const hidden = new Set<number>();
  for (const r of sheet.rows) {
    while (rows.length < r.row - 1) rows.push([]);
    rows[r.row - 1] = r.cells;
    if (r.hidden) hidden.add(r.row);
  }
  const { headerIndex } = findHeader(rows);
  if (headerIndex < 0) {
    const message =
      'Bladet har ingen resultattabell (ingen rubrikrad med kända kolumnnamn) och hoppas över.';
    problems.push({ ...where, line: 0, column: 0, severity: 'warning', message });
    return undefined;
  }
  if (sheet.hidden) {
    const message = 'Bladet är dolt i Excel men läses ändå.';
    problems.push({ ...where, line: 0, column: 0, severity: 'warning', message });
  }
  const lineText = (i: number) => (rows[i] ?? []).filter((c) => c.trim() !== '').join(' ');
  const split = splitRows(file, rows, headerIndex, (i) => i + 1, lineText);
  const found = split.problems.map((p) => ({ ...p, sheet: sheet.name }));
  for (const row of split.table.rows) {
    if (!hidden.has(row.line)) continue;
    const message = 'Raden är dold i Excel men läses ändå.';
    found.push({ ...where, line: row.line, column: 0, severity: 'warning', message });
  }
  pushAll(
    problems,
    found.sort((a, b) => a.line - b.line),
  );
  return { file, delimiter: '', encoding: 'xlsx', sheet: sheet.name, ...split.table };
}

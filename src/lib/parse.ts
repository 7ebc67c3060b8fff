/**
 * Text → RawTable. The delimiter (";" "," or tab) and the header row are detected together: the
 * header is the first row whose cells are known headers (columns.ts) including a unit column, so
 * title lines above it are skipped, and the delimiter is the one that yields the best such row.
 * Notes below the data ("Källa: …", "Anm.", or single-cell text after a blank line) are kept
 * apart and reported. Line numbers are physical, 1-based lines of the file, counting the line
 * breaks inside quoted cells, so a problem points where the person will look.
 */
import Papa from 'papaparse';
import { matchHeader } from './columns';
import type { Problem, RawRow, RawTable } from './model';

const DELIMITERS = [';', ',', '\t'] as const;
/** How far down a header row is looked for; title blocks are a few lines at most. */
const HEADER_SEARCH_ROWS = 30;
const NOTE_START =
  /^(källa|kalla|anm|anmärkning|not|noter|fotnot|kommentar|förklaring|observera|obs)\b|^\*\S/i;

interface Candidate {
  delimiter: string;
  rows: string[][];
  errors: Papa.ParseError[];
  headerIndex: number;
  score: number;
}

/** Splits a decoded file into title lines, header, data rows and notes; problems are Swedish. */
export function parseTable(
  file: string,
  text: string,
  encoding: RawTable['encoding'],
): { table?: RawTable; problems: Problem[] } {
  const problems: Problem[] = [];
  if (text.trim() === '') {
    return {
      problems: [{ file, line: 0, column: 0, severity: 'error', message: 'Filen är tom.' }],
    };
  }
  const best = DELIMITERS.map((d) => candidate(text, d))
    .filter((c) => c.headerIndex >= 0)
    .sort((a, b) => b.score - a.score)[0];
  if (!best) {
    const message =
      'Hittar ingen rubrikrad med kända kolumnnamn (t.ex. "Kommun", "NKI", "Placering") bland de första raderna.';
    return { problems: [{ file, line: 0, column: 0, severity: 'error', message }] };
  }

  const { rows, headerIndex, delimiter } = best;
  const lines = physicalLines(rows);
  const textLines = text.split(/\r\n|\r|\n/);
  const lineText = (i: number) => (textLines[lines[i]! - 1] ?? '').replace(/[;,\t\s]+$/, '').trim();
  const split = splitRows(file, rows, headerIndex, (i) => lines[i]!, lineText);
  problems.push(...split.problems);

  for (const error of best.errors) {
    if (error.code !== 'MissingQuotes' || error.row === undefined) continue;
    const message = 'Ett citattecken (") avslutas aldrig; resten av filen kan ha lästs fel.';
    problems.push({ file, line: lines[error.row] ?? 0, column: 0, severity: 'error', message });
  }
  return { table: { file, delimiter, encoding, ...split.table }, problems };
}

/**
 * Rows of cells with a known header row → title lines, header, data rows and notes. Shared by
 * text files and workbook sheets, so both follow the same rules; `lineOf` gives each row's line
 * (a sheet's row number) and `lineText` the row as one line of text for the report.
 */
export function splitRows(
  file: string,
  rows: string[][],
  headerIndex: number,
  lineOf: (i: number) => number,
  lineText: (i: number) => string,
): {
  table: Pick<RawTable, 'headerLine' | 'header' | 'rows' | 'titleLines' | 'noteLines'>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const titleLines = rows
    .slice(0, headerIndex)
    .map((_, i) => lineText(i))
    .filter((t) => t !== '');
  const dataRows: RawRow[] = [];
  const noteLines: string[] = [];
  let inNotes = false;
  let afterBlank = false;
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    const filled = cells.filter((c) => c.trim() !== '');
    if (filled.length === 0) {
      afterBlank = true;
      continue;
    }
    const first = (cells[0] ?? '').trim();
    if (inNotes || NOTE_START.test(first) || (afterBlank && filled.length === 1)) {
      inNotes = true;
      noteLines.push(lineText(i));
      const message = `Raden läses som en anteckning, inte som data: "${lineText(i)}".`;
      problems.push({ file, line: lineOf(i), column: 0, severity: 'warning', message });
      continue;
    }
    dataRows.push({ line: lineOf(i), cells });
  }
  const table = {
    headerLine: lineOf(headerIndex),
    header: rows[headerIndex]!,
    rows: dataRows,
    titleLines,
    noteLines,
  };
  return { table, problems };
}

/**
 * Where the header row is: the first row with at least two known headers and a unit column;
 * failing that, the first row with two known headers, scored last so that columns.ts can say the
 * unit column is missing. -1 when there is none.
 */
export function findHeader(rows: string[][]): { headerIndex: number; score: number } {
  let fallback = { headerIndex: -1, score: 0 };
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const fields = rows[i]!.map((cell) => matchHeader(cell));
    const known = fields.filter((f) => f !== undefined).length;
    const hasUnit = fields.some((f) => f?.kind === 'name' || f?.kind === 'code');
    if (known >= 2 && hasUnit) return { headerIndex: i, score: known };
    if (known >= 2 && fallback.headerIndex < 0) fallback = { headerIndex: i, score: known - 1000 };
  }
  return fallback;
}

/** The text parsed with one delimiter, and where its header row is. */
function candidate(text: string, delimiter: string): Candidate {
  const { data: rows, errors } = Papa.parse<string[]>(text, { delimiter });
  return { delimiter, rows, errors, ...findHeader(rows) };
}

/** The 1-based physical line each parsed row starts on. */
function physicalLines(rows: string[][]): number[] {
  let line = 1;
  return rows.map((cells) => {
    const start = line;
    const breaks = cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    line += 1 + breaks;
    return start;
  });
}

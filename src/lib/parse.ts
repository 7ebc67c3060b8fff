/**
 * Text → RawTable. The delimiter (";" "," or tab) and the header row are detected together: the
 * header is the first row whose cells are known headers (columns.ts) including a unit column, so
 * title lines above it are skipped, and the delimiter is the one that yields the best such row.
 * Notes below the data ("Källa: …", "Anm.", or single-cell text after a blank line) are kept
 * apart and reported, but only where no data follows them: a data row after a note is read, and
 * a note inside the table is an error. Line numbers are physical, 1-based lines of the file,
 * counting the line breaks inside quoted cells, so a problem points where the person will look.
 *
 * Longer than 250 lines on purpose: the delimiter, header and note detection are one reading of
 * the lines, and share its line numbers.
 *
 * A data row must fit its header: a row with a cell too many or too few is an error naming its
 * line, with the likely cause where there is one (a decimal comma in a comma-separated file,
 * "78,5" read as the two cells 78 and 5), never a guess at which cell belongs where. The file's
 * lines, columns and cell lengths are held to LIMITS before it is parsed.
 */
import Papa from 'papaparse';
import { matchHeader } from './columns';
import { clip, count, LIMITS } from './limits';
import { rowMisfit } from './row-fit';
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
  const tooLarge = textLimit(text);
  if (tooLarge) {
    return {
      problems: [
        { file, line: tooLarge.line, column: 0, severity: 'error', message: tooLarge.message },
      ],
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
  const long = longCell(rows);
  if (long) {
    const message = `Cellen har ${count(long.length)} tecken; högst ${count(LIMITS.cellChars)} läses. Är det rätt fil?`;
    return {
      problems: [
        { file, line: lines[long.row]!, column: long.column + 1, severity: 'error', message },
      ],
    };
  }
  const textLines = text.split(/\r\n|\r|\n/);
  const lineText = (i: number) =>
    clip((textLines[lines[i]! - 1] ?? '').replace(/[;,\t\s]+$/, '').trim(), 200);
  const split = splitRows(file, rows, headerIndex, (i) => lines[i]!, lineText);
  for (const p of split.problems) problems.push(p);
  // After a quote that never closes, the rest of the file is one cell: that error says enough.
  const unclosed = best.errors.find((e) => e.code === 'MissingQuotes' && e.row !== undefined);
  const readable = unclosed?.row === undefined ? Infinity : (lines[unclosed.row] ?? 0);
  for (const row of split.table.rows) {
    const misfit = row.line < readable && rowMisfit(row.cells, split.table.header, delimiter);
    if (!misfit) continue;
    row.misfit = true;
    const { column, message, raw } = misfit;
    problems.push({ file, line: row.line, column, severity: 'error', message, raw });
  }

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
  // Rows that look like notes, held until it is known whether data follows them.
  let pending: { i: number; starts: boolean }[] = [];
  let afterBlank = false;
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    let filled = 0;
    for (const c of cells) if (c.trim() !== '') filled++;
    if (filled === 0) {
      afterBlank = true;
      continue;
    }
    const first = (cells[0] ?? '').trim();
    const starts = NOTE_START.test(first);
    if (starts || (filled === 1 && (afterBlank || pending.length > 0))) {
      pending.push({ i, starts });
      afterBlank = false;
      continue;
    }
    // Data follows: what looked like notes is inside the table. A row that starts like a note
    // ("Källa: …") is an error, since it cannot be data; single-cell text is read as a row.
    for (const held of pending) {
      if (held.starts) {
        const message = `Raden ser ut som en anteckning ("${lineText(held.i)}"), men rad ${lineOf(i)} under den är data. Anteckningar får bara stå under tabellen: flytta eller ta bort raden.`;
        problems.push({ file, line: lineOf(held.i), column: 1, severity: 'error', message });
      } else dataRows.push({ line: lineOf(held.i), cells: rows[held.i]! });
    }
    pending = [];
    afterBlank = false;
    dataRows.push({ line: lineOf(i), cells });
  }
  for (const { i } of pending) {
    noteLines.push(lineText(i));
    const message = `Raden läses som en anteckning, inte som data: "${lineText(i)}".`;
    problems.push({ file, line: lineOf(i), column: 0, severity: 'warning', message });
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

/**
 * Whether a text is too large to parse: more lines than LIMITS.rows allows (with room for
 * title lines and notes), or a line with more separators than LIMITS.columns. One pass over the
 * characters, before any parsing, so a hostile file costs no more than reading it.
 */
function textLimit(text: string): { line: number; message: string } | undefined {
  const maxLines = LIMITS.rows + HEADER_SEARCH_ROWS;
  let line = 1;
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      semicolons = commas = tabs = 0;
      if (line > maxLines) {
        const lines = count(text.split(/\r\n|\r|\n/).length);
        return {
          line: 0,
          message: `Filen har ${lines} rader; högst ${count(LIMITS.rows)} rader läses (ett års resultat har omkring 300). Är det rätt fil?`,
        };
      }
    } else if (ch === 59) semicolons++;
    else if (ch === 44) commas++;
    else if (ch === 9) tabs++;
    if (semicolons >= LIMITS.columns || commas >= LIMITS.columns || tabs >= LIMITS.columns) {
      return {
        line,
        message: `Raden har fler än ${count(LIMITS.columns)} kolumner; så breda tabeller läses inte (ett års resultat har omkring 60 kolumner).`,
      };
    }
  }
  return undefined;
}

/** The first cell longer than LIMITS.cellChars, by row and column index. */
function longCell(rows: string[][]): { row: number; column: number; length: number } | undefined {
  for (let row = 0; row < rows.length; row++) {
    const cells = rows[row]!;
    for (let column = 0; column < cells.length; column++) {
      const length = cells[column]!.length;
      if (length > LIMITS.cellChars) return { row, column, length };
    }
  }
  return undefined;
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

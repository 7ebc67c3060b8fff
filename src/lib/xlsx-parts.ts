/**
 * The XML parts of a workbook, read with saxes as a stream: a worksheet's rows of cell text, the
 * shared-string table and which styles show a percent. Cell text is what Excel shows: numbers at
 * 15 significant digits, percent cells as "49 %", formulas by their stored result.
 *
 * A part arrives as pieces of text while it is inflated (zip.ts), so no part is ever held whole.
 * The sheet reader checks every row and cell reference against LIMITS before it pads a row out to
 * it (`<row r="300000000">` and `ZZZZZZ2` are refused, not allocated), and reports a cell given
 * twice, a row given twice and a shared-string index the table does not have.
 */
import { SaxesParser } from 'saxes';
import { count, LIMITS } from './limits';
import type { SheetRow } from './xlsx';
import { LimitError } from './zip';

interface Handlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** An XML part: its whole text, or a function that feeds its text piece by piece. */
export type XmlSource = string | ((write: (text: string) => void) => void);

/** A fault in a sheet, at its row and 1-based column (0: the whole row). */
export interface SheetFault {
  row: number;
  column: number;
  message: string;
}

/** Streams an XML part through the handlers; malformed XML throws. */
export function parseXml(source: XmlSource | undefined, on: Handlers): void {
  if (source === undefined || source === '') return;
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  if (on.open)
    parser.on('opentag', (tag) => on.open!(tag.name, tag.attributes as Record<string, string>));
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  if (on.close) parser.on('closetag', (tag) => on.close!(tag.name));
  if (typeof source === 'string') parser.write(source);
  else source((text) => parser.write(text));
  parser.close();
}

/** A worksheet's rows; `faults` collects what is wrong with a cell, a row or a reference. */
export function sheetRows(
  body: XmlSource,
  strings: string[],
  percent: Set<number>,
  faults: SheetFault[] = [],
): SheetRow[] {
  const rows: SheetRow[] = [];
  const seenRows = new Set<number>();
  let row: SheetRow | undefined;
  let cell:
    | { at: number; ref: string; t?: string; s?: string; v: string; f?: string; inline: string }
    | undefined;
  let capture: 'v' | 'f' | 't' | undefined;
  let next = 0;
  let previousRow = 0;
  parseXml(body, {
    open(name, a) {
      if (name === 'row') {
        const number = a.r === undefined ? previousRow + 1 : Number(a.r);
        if (!Number.isInteger(number) || number < 1)
          throw new Error(`raden har en ogiltig radreferens "${a.r}"`);
        if (number > LIMITS.rows || rows.length >= LIMITS.rows) {
          throw new LimitError(
            `Bladet har en rad ${count(number)}; högst ${count(LIMITS.rows)} rader läses (ett verkligt blad har omkring 300).`,
          );
        }
        previousRow = number;
        row = { row: number, hidden: a.hidden === '1' || a.hidden === 'true', cells: [] };
        if (seenRows.has(number)) {
          const message = `Rad ${number} finns två gånger i bladet; det går inte att veta vilken som gäller. Arbetsboken är skadad: öppna den i Excel och spara den igen.`;
          faults.push({ row: number, column: 0, message });
        }
        seenRows.add(number);
        next = 0;
      } else if (name === 'c') {
        const ref = a.r ?? '';
        const at = ref ? cellColumn(ref, row?.row ?? 0) : next;
        next = at + 1;
        cell = { at, ref, t: a.t, s: a.s, v: '', inline: '' };
      } else if (cell && (name === 'v' || name === 't')) {
        capture = name;
      } else if (cell && name === 'f') {
        capture = 'f';
        cell.f ??= '';
      }
    },
    text(t) {
      if (!cell || !capture) return;
      if (capture === 'v') cell.v += t;
      else if (capture === 'f') cell.f += t;
      else cell.inline += t;
      if (cell.v.length + cell.inline.length + (cell.f?.length ?? 0) > LIMITS.cellChars) {
        throw new LimitError(
          `Cellen ${cell.ref || `i rad ${row?.row ?? ''}`} har mer än ${count(LIMITS.cellChars)} tecken.`,
        );
      }
    },
    close(name) {
      if (name === 'v' || name === 'f' || name === 't') capture = undefined;
      else if (name === 'c' && cell && row) {
        const column = cell.at + 1;
        if (row.cells.length > cell.at && row.cells[cell.at] !== undefined) {
          const message = `Cellen finns två gånger i bladet; det går inte att veta vilken som gäller. Arbetsboken är skadad: öppna den i Excel och spara den igen.`;
          faults.push({ row: row.row, column, message });
        }
        while (row.cells.length < cell.at) row.cells.push('');
        row.cells[cell.at] = cellText(cell, strings, percent, (message) =>
          faults.push({ row: row!.row, column, message }),
        );
        cell = undefined;
      } else if (name === 'row' && row) {
        rows.push(row);
        row = undefined;
      }
    },
  });
  return rows;
}

function cellText(
  c: { t?: string; s?: string; v: string; f?: string; inline: string },
  strings: string[],
  percent: Set<number>,
  fault: (message: string) => void,
): string {
  const v = c.v;
  if (c.t === 's') {
    const text = /^\d+$/.test(v.trim()) ? strings[Number(v)] : undefined;
    // A missing text is a damaged workbook, not an empty cell: read as '' it would be "no result".
    if (text === undefined) {
      fault(
        `Cellen hänvisar till text nr ${v.trim() || '(ingen)'} i arbetsbokens texttabell, som bara har ${count(strings.length)}. Arbetsboken är skadad: öppna den i Excel och spara den igen.`,
      );
      return '';
    }
    return text;
  }
  if (c.t === 'inlineStr') return c.inline;
  if (c.t === 'str' || c.t === 'e') return v;
  if (c.t === 'b') return v === '1' ? 'SANT' : 'FALSKT';
  // A formula without a stored result was never calculated; say so rather than read it as empty.
  if (v === '' && c.f !== undefined) return `=${c.f}`;
  if (v === '') return '';
  const n = Number(v);
  if (percent.has(Number(c.s ?? 0))) return `${shown(n * 100)} %`;
  return shown(n);
}

/** The number as Excel shows it: 15 significant digits, so 77.400000000000006 is 77.4. */
function shown(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** The shared-string table; rich-text runs are joined, phonetic guides (rPh) left out. */
export function sharedStrings(body: XmlSource | undefined): string[] {
  const out: string[] = [];
  let current: string | undefined;
  let inT = false;
  let inPhonetic = false;
  parseXml(body ?? '', {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inT = !inPhonetic;
    },
    text(t) {
      if (inT && current !== undefined) current += t;
      if (current !== undefined && current.length > LIMITS.cellChars) {
        throw new LimitError(
          `Text nr ${count(out.length)} i arbetsbokens texttabell har mer än ${count(LIMITS.cellChars)} tecken.`,
        );
      }
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        if (out.length >= LIMITS.rows * LIMITS.columns) {
          throw new LimitError('Arbetsbokens texttabell har fler texter än bladen kan ha celler.');
        }
        out.push(current ?? '');
        current = undefined;
      }
    },
  });
  return out;
}

/** Style indexes whose number format shows a percent (built-in 9 and 10, or any format with %). */
export function percentStyles(body: XmlSource | undefined): Set<number> {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  parseXml(body ?? '', {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  const out = new Set<number>();
  formats.forEach((id, i) => {
    const code = (custom.get(id) ?? '').replace(/"[^"]*"|\\./g, '');
    if (id === 9 || id === 10 || code.includes('%')) out.add(i);
  });
  return out;
}

/**
 * "C7" → 2, checked: the letters stop at LIMITS.columns before they are counted out ("ZZZZZZ2" is
 * refused, not a column 321 272 406), and the digits must be the row the cell is in.
 */
function cellColumn(ref: string, row: number): number {
  const match = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(ref);
  let n = 0;
  for (const ch of (match?.[1] ?? ref.slice(0, 8)).toUpperCase()) {
    n = n * 26 + ch.charCodeAt(0) - 64;
    if (n > LIMITS.columns) break;
  }
  if (n > LIMITS.columns) {
    throw new LimitError(
      `Cellen ${ref.slice(0, 20)} ligger bortom kolumn ${count(LIMITS.columns)}; så breda blad läses inte (ett verkligt blad har omkring 60 kolumner).`,
    );
  }
  if (!match) throw new Error(`cellreferensen "${ref.slice(0, 20)}" är ogiltig`);
  if (Number(match[2]) !== row)
    throw new Error(`cellen ${ref} står i rad ${row}, inte i sin egen rad`);
  return n - 1;
}

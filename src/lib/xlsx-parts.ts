/**
 * The XML parts of a workbook, read with saxes as a stream: a worksheet's rows of cell text, the
 * shared-string table and which styles show a percent. Cell text is what Excel shows: numbers at
 * 15 significant digits, percent cells as "49 %", formulas by their stored result.
 */
import { SaxesParser } from 'saxes';
import type { SheetRow } from './xlsx';

interface Handlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Streams an XML part through the handlers; malformed XML throws. */
export function parseXml(body: string, on: Handlers): void {
  if (body === '') return;
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
  parser.write(body).close();
}

export function sheetRows(body: string, strings: string[], percent: Set<number>): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: SheetRow | undefined;
  let cell:
    { at: number; t?: string; s?: string; v: string; f?: string; inline: string } | undefined;
  let capture: 'v' | 'f' | 't' | undefined;
  let next = 0;
  parseXml(body, {
    open(name, a) {
      if (name === 'row') {
        row = {
          row: Number(a.r ?? rows.length + 1),
          hidden: a.hidden === '1' || a.hidden === 'true',
          cells: [],
        };
        next = 0;
      } else if (name === 'c') {
        const at = a.r ? columnIndex(a.r) : next;
        next = at + 1;
        cell = { at, t: a.t, s: a.s, v: '', inline: '' };
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
    },
    close(name) {
      if (name === 'v' || name === 'f' || name === 't') capture = undefined;
      else if (name === 'c' && cell && row) {
        while (row.cells.length < cell.at) row.cells.push('');
        row.cells[cell.at] = cellText(cell, strings, percent);
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
): string {
  const v = c.v;
  if (c.t === 's') return strings[Number(v)] ?? '';
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
export function sharedStrings(body: string | undefined): string[] {
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
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        out.push(current ?? '');
        current = undefined;
      }
    },
  });
  return out;
}

/** Style indexes whose number format shows a percent (built-in 9 and 10, or any format with %). */
export function percentStyles(body: string | undefined): Set<number> {
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

/** "C7" → 2. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '').toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

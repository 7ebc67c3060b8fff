/**
 * Workbook bytes (.xlsx, Office Open XML) → sheets of cell text, as a person sees them in Excel.
 * Built on fflate (zip) and saxes (streaming XML); see docs/decisions/xlsx-reader.md for why not
 * a full spreadsheet library. Numbers are written back without floating-point noise (Excel stores
 * 77.4 as 77.400000000000006 and shows 15 significant digits), percent-formatted cells as
 * percent ("0.49" shown as 49 % → "49 %"), formulas by their stored result, and the markers
 * "–", "..", "x" as the text they are. An old binary .xls, an encrypted (password-protected)
 * workbook, a damaged zip and a zip that is no workbook each give a Swedish error.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export interface SheetRow {
  /** 1-based sheet row. */
  row: number;
  hidden: boolean;
  /** `cells[i]` is column i + 1 ("A" is 0); empty cells are "". */
  cells: string[];
}

export interface Sheet {
  name: string;
  /** Hidden in Excel's sheet tabs. */
  hidden: boolean;
  rows: SheetRow[];
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Stream name of an encrypted OOXML package inside its OLE container, as UTF-16LE bytes. */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');
const RESAVE = 'Öppna den i Excel och spara den igen som .xlsx, eller spara som CSV.';

/** Reads every worksheet; `error` is a Swedish message for the person who supplied the file. */
export function readWorkbook(bytes: Uint8Array): { sheets: Sheet[] } | { error: string } {
  if (bytes.length === 0) return { error: 'Filen är tom.' };
  if (OLE.every((b, i) => bytes[i] === b)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(ENCRYPTED)
      ? {
          error:
            'Arbetsboken är lösenordsskyddad (krypterad) och kan inte läsas. Ta bort lösenordet i Excel (Arkiv > Info > Skydda arbetsbok) och spara igen, eller spara som CSV.',
        }
      : {
          error:
            'Filen är en äldre Excel-arbetsbok (.xls) som inte läses. Öppna den i Excel och spara som .xlsx eller CSV.',
        };
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') });
  } catch (error) {
    return {
      error: `Arbetsboken är skadad eller ofullständig (${(error as Error).message}). ${RESAVE}`,
    };
  }
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : undefined);
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined)
    return { error: `Filen är en zip-fil men ingen Excel-arbetsbok. ${RESAVE}` };
  try {
    return { sheets: readSheets(workbook, text) };
  } catch (error) {
    return { error: `Arbetsboken är skadad (${(error as Error).message}). ${RESAVE}` };
  }
}

function readSheets(workbookXml: string, text: (path: string) => string | undefined): Sheet[] {
  const target = new Map<string, string>();
  parseXml(text('xl/_rels/workbook.xml.rels') ?? '', {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Target) return;
      target.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
    },
  });
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const percent = percentStyles(text('xl/styles.xml'));
  const listed: Record<string, string>[] = [];
  parseXml(workbookXml, { open: (name, a) => name === 'sheet' && listed.push(a) });
  return listed.map((s) => {
    const body = text(target.get(s['r:id'] ?? '') ?? '');
    if (body === undefined) throw new Error(`bladet "${s.name}" saknas i arkivet`);
    return {
      name: s.name ?? '',
      hidden: s.state === 'hidden' || s.state === 'veryHidden',
      rows: sheetRows(body, strings, percent),
    };
  });
}

interface Handlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Streams an XML part through the handlers; malformed XML throws. */
function parseXml(body: string, on: Handlers): void {
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

function sheetRows(body: string, strings: string[], percent: Set<number>): SheetRow[] {
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
function sharedStrings(body: string | undefined): string[] {
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
function percentStyles(body: string | undefined): Set<number> {
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

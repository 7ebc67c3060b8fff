/**
 * Workbook bytes (.xlsx, Office Open XML) → sheets of cell text, as a person sees them in Excel.
 * Built on fflate (zip) and fast-xml-parser (XML); see docs/decisions/xlsx-reader.md for why not
 * a full spreadsheet library. Numbers are written back without floating-point noise (Excel stores
 * 77.4 as 77.400000000000006 and shows 15 significant digits), percent-formatted cells as
 * percent ("0.49" shown as 49 % → "49 %"), formulas by their stored result, and the markers
 * "–", "..", "x" as the text they are. An old binary .xls, an encrypted (password-protected)
 * workbook, a damaged zip and a zip that is no workbook each give a Swedish error.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

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

const ARRAYS = new Set(['row', 'c', 'si', 'r', 'sheet', 'Relationship', 'xf', 'numFmt']);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

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
  const rels =
    xml.parse(text('xl/_rels/workbook.xml.rels') ?? '')?.Relationships?.Relationship ?? [];
  const target = new Map<string, string>(
    rels.map((r: { Id: string; Target: string }) => [
      r.Id,
      r.Target.startsWith('/') ? r.Target.slice(1) : `xl/${r.Target}`,
    ]),
  );
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const percent = percentStyles(text('xl/styles.xml'));
  const sheets = xml.parse(workbookXml)?.workbook?.sheets?.sheet ?? [];
  return sheets.map((s: Record<string, string>) => {
    const path = target.get(s['r:id'] ?? '') ?? '';
    const body = text(path);
    if (body === undefined) throw new Error(`bladet "${s.name}" saknas i arkivet`);
    const data = xml.parse(body)?.worksheet?.sheetData;
    const rows: SheetRow[] = (data?.row ?? []).map((r: XmlRow) => readRow(r, strings, percent));
    return { name: String(s.name), hidden: s.state === 'hidden' || s.state === 'veryHidden', rows };
  });
}

interface XmlCell {
  r?: string;
  t?: string;
  s?: string;
  v?: string | { '#text'?: string };
  f?: unknown;
  is?: XmlString;
}
interface XmlRow {
  r: string;
  hidden?: string;
  c?: XmlCell[];
}
type XmlText = string | { '#text'?: string };
interface XmlString {
  t?: XmlText;
  r?: { t?: XmlText }[];
}

function readRow(r: XmlRow, strings: string[], percent: Set<number>): SheetRow {
  const cells: string[] = [];
  let next = 0;
  for (const c of r.c ?? []) {
    const at = c.r ? columnIndex(c.r) : next;
    next = at + 1;
    while (cells.length < at) cells.push('');
    cells[at] = cellText(c, strings, percent);
  }
  return { row: Number(r.r), hidden: r.hidden === '1' || r.hidden === 'true', cells };
}

function cellText(c: XmlCell, strings: string[], percent: Set<number>): string {
  const v = plain(c.v);
  if (c.t === 's') return strings[Number(v)] ?? '';
  if (c.t === 'inlineStr') return stringOf(c.is);
  if (c.t === 'str' || c.t === 'e') return v;
  if (c.t === 'b') return v === '1' ? 'SANT' : 'FALSKT';
  // A formula without a stored result was never calculated; say so rather than read it as empty.
  if (v === '' && c.f !== undefined) return `=${plain(c.f as XmlText)}`;
  if (v === '') return '';
  const n = Number(v);
  if (percent.has(Number(c.s ?? 0))) return `${shown(n * 100)} %`;
  return shown(n);
}

/** The number as Excel shows it: 15 significant digits, so 77.400000000000006 is 77.4. */
function shown(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function plain(v: XmlText | undefined): string {
  return typeof v === 'object' ? (v['#text'] ?? '') : (v ?? '');
}

function stringOf(si: XmlString | undefined): string {
  if (!si) return '';
  if (si.r) return si.r.map((run) => plain(run.t)).join('');
  return plain(si.t);
}

function sharedStrings(body: string | undefined): string[] {
  if (body === undefined) return [];
  return (xml.parse(body)?.sst?.si ?? []).map((si: XmlString) => stringOf(si));
}

/** Style indexes whose number format shows a percent (built-in 9 and 10, or any format with %). */
function percentStyles(body: string | undefined): Set<number> {
  const out = new Set<number>();
  if (body === undefined) return out;
  const styles = xml.parse(body)?.styleSheet;
  const custom = new Map<number, string>(
    (styles?.numFmts?.numFmt ?? []).map((f: Record<string, string>) => [
      Number(f.numFmtId),
      f.formatCode ?? '',
    ]),
  );
  (styles?.cellXfs?.xf ?? []).forEach((xf: Record<string, string>, i: number) => {
    const id = Number(xf.numFmtId ?? 0);
    const code = custom.get(id) ?? '';
    if (id === 9 || id === 10 || /%/.test(code.replace(/"[^"]*"|\\./g, ''))) out.add(i);
  });
  return out;
}

/** "C7" → 2. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '').toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

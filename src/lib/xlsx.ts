/**
 * Workbook bytes (.xlsx, Office Open XML) → sheets of cell text, as a person sees them in Excel.
 * Built on fflate (zip) and saxes (streaming XML); see docs/decisions/xlsx-reader.md for why not
 * a full spreadsheet library. Numbers are written back without floating-point noise (Excel stores
 * 77.4 as 77.400000000000006 and shows 15 significant digits), percent-formatted cells as
 * percent ("0.49" shown as 49 % → "49 %"), formulas by their stored result, and the markers
 * "–", "..", "x" as the text they are. An old binary .xls, an encrypted (password-protected)
 * workbook, a damaged zip and a zip that is no workbook each give a Swedish error.
 */
import { parseXml, percentStyles, sharedStrings, sheetRows, type SheetFault } from './xlsx-parts';
import { inflateEntry, LimitError, zipEntries, ZipError, type ZipEntry } from './zip';
import { LIMITS } from './limits';

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
  /** Cells and rows given twice, shared-string indexes out of range: each an error. */
  faults: SheetFault[];
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
  let entries: Map<string, ZipEntry>;
  try {
    entries = new Map(zipEntries(bytes).map((e) => [e.name, e]));
  } catch (error) {
    if (error instanceof LimitError) return { error: error.message };
    return {
      error: `Arbetsboken är skadad eller ofullständig (${(error as Error).message}). ${RESAVE}`,
    };
  }
  if (!entries.has('xl/workbook.xml'))
    return { error: `Filen är en zip-fil men ingen Excel-arbetsbok. ${RESAVE}` };
  // One part at a time, each inflated as it is parsed; all parts together have a budget too.
  let budget = LIMITS.workbookBytes;
  const part = (path: string) => {
    const entry = entries.get(path);
    if (!entry) return undefined;
    return (write: (text: string) => void) => {
      const decoder = new TextDecoder();
      const limit = Math.min(LIMITS.partBytes, budget);
      budget -= inflateEntry(bytes, entry, limit, (chunk) =>
        write(decoder.decode(chunk, { stream: true })),
      );
      write(decoder.decode());
    };
  };
  try {
    return { sheets: readSheets(part) };
  } catch (error) {
    if (error instanceof LimitError) return { error: error.message };
    const damaged = error instanceof ZipError ? 'skadad eller ofullständig' : 'skadad';
    return { error: `Arbetsboken är ${damaged} (${(error as Error).message}). ${RESAVE}` };
  }
}

function readSheets(
  part: (path: string) => ((write: (text: string) => void) => void) | undefined,
): Sheet[] {
  const target = new Map<string, string>();
  parseXml(part('xl/_rels/workbook.xml.rels'), {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Target) return;
      target.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
    },
  });
  const strings = sharedStrings(part('xl/sharedStrings.xml'));
  const percent = percentStyles(part('xl/styles.xml'));
  const listed: Record<string, string>[] = [];
  parseXml(part('xl/workbook.xml'), { open: (name, a) => name === 'sheet' && listed.push(a) });
  return listed.map((s) => {
    const body = part(target.get(s['r:id'] ?? '') ?? '');
    if (body === undefined) throw new Error(`bladet "${s.name}" saknas i arkivet`);
    const faults: SheetFault[] = [];
    return {
      name: s.name ?? '',
      hidden: s.state === 'hidden' || s.state === 'veryHidden',
      rows: sheetRows(body, strings, percent, faults),
      faults,
    };
  });
}

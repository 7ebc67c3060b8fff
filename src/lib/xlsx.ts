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
import { parseXml, percentStyles, sharedStrings, sheetRows } from './xlsx-parts';

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

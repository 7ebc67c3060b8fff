/**
 * Writes .xlsx files the way Excel saves them, for test fixtures: the same package parts
 * ([Content_Types].xml, workbook, relationships, styles, shared strings, one XML part per sheet),
 * numbers as Excel stores doubles (17 significant digits, so 77.4 is "77.400000000000006"),
 * strings in the shared-string table, formulas with their stored result, percent cells with the
 * built-in "0 %" format, merged cells, hidden rows and hidden sheets. Deflated with fflate.
 */
import { strToU8, zipSync } from 'fflate';

/** A cell: text, a number, a percent (0.49 shown as 49 %), or a formula with its stored result. */
export type CellSpec =
  | string
  | number
  | null
  | { percent: number }
  | { formula: string; result: number | string | null };

export interface RowSpec {
  /** 1-based row; rows not listed are empty (Excel does not store them). */
  row: number;
  cells: CellSpec[];
  hidden?: boolean;
}

export interface SheetSpec {
  name: string;
  rows: RowSpec[];
  /** Ranges such as "A1:F1". */
  merged?: string[];
  hidden?: boolean;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
/** A fixed time, so that the fixtures are byte-identical each time they are made. */
const MTIME = new Date('2024-04-23T08:00:00Z');

export function writeXlsx(sheets: SheetSpec[]): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (s: string) => {
    if (!stringIndex.has(s)) stringIndex.set(s, strings.push(s) - 1);
    return stringIndex.get(s)!;
  };
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes(sheets.length),
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'docProps/app.xml': `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    'docProps/core.xml': `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>SKR</dc:creator></cp:coreProperties>`,
    'xl/workbook.xml': `${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': `${HEAD}<Relationships xmlns="${PKG}">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `${HEAD}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
  };
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet, shared);
  });
  parts['xl/sharedStrings.xml'] =
    `${HEAD}<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${esc(s)}</t></si>`)
      .join('')}</sst>`;
  const files = Object.fromEntries(
    Object.entries(parts).map(([path, text]) => [path, [strToU8(text), { mtime: MTIME }]]),
  );
  return zipSync(files as Parameters<typeof zipSync>[0], { level: 6, mtime: MTIME });
}

function sheetXml(sheet: SheetSpec, shared: (s: string) => number): string {
  const rows = sheet.rows
    .map((r) => {
      const cells = r.cells
        .map((c, i) => cellXml(c, `${letters(i + 1)}${r.row}`, shared, r.row === 1))
        .join('');
      return `<row r="${r.row}" spans="1:${Math.max(1, r.cells.length)}"${r.hidden ? ' hidden="1"' : ''}>${cells}</row>`;
    })
    .join('');
  const merged = sheet.merged?.length
    ? `<mergeCells count="${sheet.merged.length}">${sheet.merged.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  return `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${rows}</sheetData>${merged}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

function cellXml(c: CellSpec, ref: string, shared: (s: string) => number, title: boolean): string {
  if (c === null) return '';
  if (typeof c === 'string')
    return `<c r="${ref}"${title ? ' s="3"' : ''} t="s"><v>${shared(c)}</v></c>`;
  if (typeof c === 'number') return `<c r="${ref}"><v>${excelNumber(c)}</v></c>`;
  if ('percent' in c) return `<c r="${ref}" s="1"><v>${excelNumber(c.percent)}</v></c>`;
  const f = `<f>${esc(c.formula)}</f>`;
  if (c.result === null) return `<c r="${ref}">${f}</c>`;
  if (typeof c.result === 'string') return `<c r="${ref}" t="str">${f}<v>${esc(c.result)}</v></c>`;
  return `<c r="${ref}" s="2">${f}<v>${excelNumber(c.result)}</v></c>`;
}

/** A double as Excel writes it: up to 17 significant digits (77.4 → "77.400000000000006"). */
export function excelNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return n.toPrecision(17).replace(/0+$/, '').replace(/\.$/, '');
}

function letters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
}

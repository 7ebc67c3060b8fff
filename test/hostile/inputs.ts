/**
 * Generators of hostile and careless result files, made in memory by each test rather than
 * committed: CSV text of any size, workbooks whose XML is written by hand (a row reference of
 * 300 000 000, a cell "ZZZZZZ2", a cell or row given twice, a shared-string index out of range),
 * zip archives with a part listed twice, and a zip bomb: a few MB of deflate data that inflate to
 * a gigabyte, written bit by bit with the fixed Huffman code (RFC 1951, 3.2.6) so that making it
 * takes milliseconds rather than the seconds a real compressor needs for a gigabyte.
 */
import { deflateSync, strToU8 } from 'fflate';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** One zip entry: its name, its bytes, and whether they are deflated (true) or stored. */
export interface ZipPart {
  name: string;
  data: Uint8Array | string;
  /** Already deflated bytes (raw deflate), written as method 8 without compressing again. */
  deflated?: boolean;
}

/**
 * A zip archive with the parts in the order given, names repeated if the caller repeats them
 * (no zip library writes that). Text parts are deflated; CRCs are left 0, as the reader under
 * test does not check them.
 */
export function zipParts(parts: ZipPart[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = strToU8(part.name);
    const raw = typeof part.data === 'string' ? strToU8(part.data) : part.data;
    const data = part.deflated ? raw : deflateSync(raw);
    const size = part.deflated ? 0xfffffffe : raw.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, parts.length, true);
  ev.setUint16(10, parts.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const chunk of [...locals, ...centrals, end]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The parts of a one-sheet workbook around the sheet XML given (and shared strings, if any). */
export function workbookParts(
  sheetXml: string | Uint8Array,
  strings?: string[],
  sheet: Partial<ZipPart> = {},
): ZipPart[] {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      name: 'xl/workbook.xml',
      data: `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="NKI 2023" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml, ...sheet },
  ];
  if (strings) {
    parts.push({
      name: 'xl/sharedStrings.xml',
      data: `<sst xmlns="${NS}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    });
  }
  return parts;
}

/** A worksheet from rows of raw `<c>` XML, each row given as [r attribute, cells XML]. */
export function sheetXml(rows: [string, string][]): string {
  const body = rows.map(([r, cells]) => `<row r="${r}">${cells}</row>`).join('');
  return `<worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`;
}

/** An inline-string cell and a number cell, for hand-written sheets. */
export const text = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
export const num = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;

/** A small valid sheet: header Kommun, NKI and two municipalities; rows 1–3. */
export function goodRows(): [string, string][] {
  return [
    ['1', text('A1', 'Kommun') + text('B1', 'NKI')],
    ['2', text('A2', 'Kalix') + num('B2', 86)],
    ['3', text('A3', 'Boden') + num('B3', 71)],
  ];
}

/**
 * Raw deflate data that inflates to `prefix`, then `spaces` spaces, then `suffix`: a zip bomb
 * when `spaces` is large. Fixed Huffman codes, one back-reference of 258 bytes (13 bits) after
 * another, so 1 GB of spaces takes about 6.5 MB.
 */
export function deflatedSpaces(prefix: string, spaces: number, suffix: string): Uint8Array {
  const out = new Uint8Array(
    Math.ceil((spaces / 258) * 13) / 8 + (prefix.length + suffix.length) * 2 + 64,
  );
  let at = 0;
  let bits = 0;
  let held = 0;
  /** Writes `n` bits of `value`, least significant first (the order of headers and extras). */
  const put = (value: number, n: number) => {
    for (let i = 0; i < n; i++) {
      held |= ((value >> i) & 1) << bits;
      if (++bits === 8) {
        out[at++] = held;
        held = bits = 0;
      }
    }
  };
  /** Writes a Huffman code of `n` bits, most significant first. */
  const code = (value: number, n: number) => {
    for (let i = n - 1; i >= 0; i--) put((value >> i) & 1, 1);
  };
  const literal = (byte: number) =>
    byte < 144 ? code(0x30 + byte, 8) : code(0x190 + byte - 144, 9);
  put(1, 1); // final block
  put(1, 2); // fixed Huffman codes
  for (const byte of strToU8(prefix)) literal(byte);
  let left = spaces;
  if (left > 0) {
    literal(32);
    left--;
  }
  for (; left >= 258; left -= 258) {
    code(0xc5, 8); // length 258
    code(0, 5); // distance 1
  }
  for (; left > 0; left--) literal(32);
  for (const byte of strToU8(suffix)) literal(byte);
  code(0, 7); // end of block
  if (bits > 0) out[at++] = held;
  return out.subarray(0, at);
}

/** CSV text: a header and `rows` data rows, each row given by the function. */
export function csvText(
  header: string[],
  rows: number,
  row: (i: number) => string[],
  sep = ',',
): string {
  const lines = [header.join(sep)];
  for (let i = 0; i < rows; i++) lines.push(row(i).join(sep));
  return `${lines.join('\n')}\n`;
}

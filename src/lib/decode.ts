/**
 * Result file bytes → text. Files arrive as Excel saved them: UTF-8 with or without a BOM, or
 * Windows-1252 ("CSV (semikolonavgränsad)" on Swedish Windows). The encoding is detected, never
 * asked for: strict UTF-8 first (Windows-1252 text with å, ä, ö or "–" is never valid UTF-8),
 * then Windows-1252. Bytes that are not text at all (a workbook, a PDF) give a Swedish error.
 */
import type { RawTable } from './model';

export type DecodeResult = { text: string; encoding: RawTable['encoding'] } | { error: string };

/**
 * Windows-1252 characters for bytes 0x80–0x9F. Node 20's TextDecoder('windows-1252') decodes
 * these as C1 control codes (Latin-1), which would turn "–" and “ ” into invisible garbage, so
 * the table is kept here. The five bytes Windows-1252 leaves undefined map to themselves.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Leading bytes of formats people save by mistake instead of CSV. */
const NOT_TEXT: { magic: number[]; what: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'en Excel-arbetsbok (.xlsx) eller en zip-fil' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'en äldre Excel-arbetsbok (.xls)' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'en PDF' },
  { magic: [0xff, 0xfe], what: 'UTF-16-text (Excels "Unicode-text")' },
  { magic: [0xfe, 0xff], what: 'UTF-16-text' },
];

const SAVE_AS_CSV = 'Spara den som CSV (UTF-8 eller semikolonavgränsad) i Excel.';

/** Decodes a result file; `error` is a Swedish message for the person who supplied it. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { error: 'Filen är tom.' };
  for (const { magic, what } of NOT_TEXT) {
    if (magic.every((b, i) => bytes[i] === b)) {
      return { error: `Filen är inte text utan ${what}. ${SAVE_AS_CSV}` };
    }
  }
  // A NUL byte never occurs in CSV text in any of the accepted encodings.
  if (bytes.includes(0))
    return { error: `Filen är inte text (den innehåller binära data). ${SAVE_AS_CSV}` };

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not valid UTF-8: a BOM followed by invalid bytes is a broken file, anything else is 1252.
    if (hasBom) return { error: 'Filen börjar som UTF-8 men innehåller ogiltiga tecken.' };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) {
    text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return text;
}

/**
 * Whether a data row fits its header row (parse.ts): a cell too many, with the decimal-comma hint
 * for a comma-separated file, or a cell too few. Never a guess at which cell belongs where.
 */
import { parseNumber } from './numbers';

/** Digits only, as a decimal comma leaves the two halves of "78,5". */
const WHOLE = /^-?\d+$/;
const DECIMALS = /^\d+$/;

/**
 * Why a data row does not fit its header, if it does not: a cell too many (with the decimal-comma
 * hint in a comma-separated file) or a cell too few. Empty cells past the header's last name are
 * the separators Excel leaves and do not count, and text there is a column without a header (a
 * comment), which validate.ts reports as not read; a number there has been pushed out of place.
 */
export function rowMisfit(
  cells: string[],
  header: string[],
  delimiter: string,
): { column: number; message: string; raw?: string } | undefined {
  const width = lastFilled(header) + 1;
  const used = lastFilled(cells) + 1;
  const said = (n: number) => (n === 1 ? '1 cell' : `${n} celler`);
  if (used > width) {
    const extra = used - width;
    if (delimiter === ',') {
      // The first pair of neighbouring whole numbers after the unit column: "78" and "5".
      for (let i = 1; i + 1 < cells.length; i++) {
        if (!WHOLE.test(cells[i]!.trim()) || !DECIMALS.test(cells[i + 1]!.trim())) continue;
        const raw = `${cells[i]!.trim()},${cells[i + 1]!.trim()}`;
        return {
          column: i + 1,
          raw,
          message: `Raden har ${said(used)} men rubrikraden ${said(width)}. Troligen decimalkomma i en kommaseparerad fil ("${raw}" i kolumn ${i + 1}): sätt värdet inom citattecken eller spara med semikolon som avgränsare.`,
        };
      }
    }
    // Text past the header is a column without a name (validate.ts warns that it is not read);
    // a number there is a value pushed out of its column, and every value after it is wrong.
    const pushed = cells.findIndex((c, i) => i >= width && parseNumber(c).kind === 'number');
    if (pushed < 0) return undefined;
    return {
      column: pushed + 1,
      raw: cells[pushed],
      message: `Raden har ${said(used)} men rubrikraden ${said(width)}: ${extra === 1 ? 'en cell' : `${extra} celler`} för mycket, och det går inte att veta vilket värde som hör till vilken kolumn. Kontrollera avgränsarna på raden.`,
    };
  }
  if (cells.length < width) {
    const missing = width - cells.length;
    return {
      column: cells.length + 1,
      message: `Raden har ${said(cells.length)} men rubrikraden ${said(width)}: ${missing === 1 ? 'en cell' : `${missing} celler`} saknas, och det går inte att veta vilken. Varje rad ska ha lika många celler som rubrikraden; en tom cell skrivs som två avgränsare i rad (Excel utelämnar ibland avgränsarna för tomma celler sist på en rad: spara då som .xlsx i stället).`,
    };
  }
  return undefined;
}

/** Index of the last non-blank cell, −1 for none. */
export function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i;
  return -1;
}

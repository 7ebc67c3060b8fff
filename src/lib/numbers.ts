/**
 * Cell text → number, as Swedish spreadsheets write numbers: decimal commas ("78,4"), spaces or
 * non-breaking spaces between thousands in answer counts ("31 037"), a percent sign on response
 * rates ("49 %"), and a handful of markers for a value that is not shown. Ranges (0–100) and
 * integer rules are the validator's business; this module only reads.
 */
import type { MissingReason } from './model';

export type Cell =
  | { kind: 'number'; value: number }
  /**
   * Empty → 'no-result' (the file does not say why); "ej mätt", "inga ärenden" →
   * 'not-measured'; a marker ("–", "..", "*", "x") → 'suppressed'.
   */
  | { kind: 'missing'; reason: Extract<MissingReason, 'no-result' | 'not-measured' | 'suppressed'> }
  | { kind: 'invalid' };

/** Markers SKR's tables and Excel sheets use for a value that is withheld. */
const MISSING_MARKERS = new Set(['–', '—', '-', '−', '..', '...', '…', '*', 'x', '.']);
/** Words that say the unit had no cases in the area. */
const NOT_MEASURED = new Set([
  'ej mätt',
  'inte mätt',
  'mättes inte',
  'inga ärenden',
  'ej aktuellt',
]);

/** Reads one cell; never throws, never returns NaN. */
export function parseNumber(raw: string): Cell {
  // \s covers the non-breaking space (U+00A0) and the narrow one (U+202F) Excel writes.
  const text = raw.replace(/^\s+|\s+$/g, '');
  if (text === '') return { kind: 'missing', reason: 'no-result' };
  if (MISSING_MARKERS.has(text.toLowerCase())) return { kind: 'missing', reason: 'suppressed' };
  if (NOT_MEASURED.has(text.toLowerCase().replace(/\s+/g, ' ')))
    return { kind: 'missing', reason: 'not-measured' };

  let s = text
    .replace(/\s*%$/, '')
    .replace(/^[−–]/, '-') // a typographic minus, still a number (the validator rejects it)
    .replace(/(\d)\s+(?=\d{3}(?:\D|$))/g, '$1');
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(s)) s = s.replace(/\./g, ''); // "1.234,5"
  if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(s)) s = s.replace(/,/g, ''); // "1,234.5"
  s = s.replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return { kind: 'invalid' };
  return { kind: 'number', value: Number(s) };
}

/**
 * Year and unit downloads as CSV, in two dialects:
 * - 'excel': what Swedish Excel opens right by double-click — UTF-8 with BOM (or åäö break),
 *   semicolons (the Swedish list separator), decimal commas, CRLF line ends;
 * - 'plain': comma, decimal point, LF, no BOM — for scripts, R, pandas.
 * Source and example-data flag are columns (`kalla`, `exempeldata`), not extra lines, so the file
 * stays one clean table: a header row, then exactly one row per unit and year.
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) gets a leading apostrophe, as OWASP recommends against CSV injection: a name in a result
 * file cannot become a live formula in the Excel of someone who downloads the figures.
 */
import type { Dataset, ResultRow } from '../lib/model';
import { DOWNLOAD_COLUMNS, downloadRecord, type Cell } from './columns';

export type CsvVariant = 'excel' | 'plain';

/** Every unit in `year`'s input, in the order of the input file. Throws for a year not in the data. */
export function yearToCsv(dataset: Dataset, year: number, variant: CsvVariant): string {
  const results = dataset.years.find((y) => y.year === year);
  if (!results) throw new Error(`Inga resultat för ${year}`);
  return toCsv(dataset, results.rows, variant);
}

/** One unit's rows, every year it has a result, ascending by year. */
export function unitToCsv(dataset: Dataset, unitCode: string, variant: CsvVariant): string {
  return toCsv(dataset, unitRows(dataset, unitCode), variant);
}

/** Every year stacked in one table (the columns are the same every year). */
export function datasetToCsv(dataset: Dataset, variant: CsvVariant): string {
  return toCsv(
    dataset,
    dataset.years.flatMap((y) => y.rows),
    variant,
  );
}

const rowsByUnit = new WeakMap<Dataset, Map<string, ResultRow[]>>();

/** One unit's rows across all years, ascending by year. */
export function unitRows(dataset: Dataset, unitCode: string): ResultRow[] {
  let index = rowsByUnit.get(dataset);
  if (!index) {
    index = new Map();
    for (const row of dataset.years.flatMap((y) => y.rows)) {
      const rows = index.get(row.unitCode);
      if (rows) rows.push(row);
      else index.set(row.unitCode, [row]);
    }
    rowsByUnit.set(dataset, index);
  }
  return [...(index.get(unitCode) ?? [])];
}

function toCsv(dataset: Dataset, rows: readonly ResultRow[], variant: CsvVariant): string {
  const excel = variant === 'excel';
  const sep = excel ? ';' : ',';
  const eol = excel ? '\r\n' : '\n';
  const line = (cells: Cell[]) => cells.map((c) => field(c, sep, excel)).join(sep);
  const lines = [
    line(DOWNLOAD_COLUMNS.map((c) => c.name)),
    ...rows.map((row) => line(Object.values(downloadRecord(row, dataset)))),
  ];
  return (excel ? '\uFEFF' : '') + lines.join(eol) + eol;
}

/**
 * A cell as CSV text. Numbers are written exactly (no rounding, no thousands separator), with a
 * decimal comma for Excel: `toLocaleString('sv-SE')` would round to three decimals and insert a
 * non-breaking space in 31 037, which Excel then reads as text.
 */
function field(cell: Cell, sep: string, excel: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nej';
  if (typeof cell === 'number') return excel ? String(cell).replace('.', ',') : String(cell);
  return quoted(defused(cell), sep);
}

/** Text that starts like a formula, with the apostrophe that makes a spreadsheet show it as text. */
export function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quoted(cell: string, sep: string): string {
  const needsQuotes =
    cell.includes(sep) || /["\r\n]/.test(cell) || cell !== cell.trim() || cell.includes(',');
  return needsQuotes ? `"${cell.replace(/"/g, '""')}"` : cell;
}

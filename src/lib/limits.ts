/**
 * Hard limits on what a result file may hold, checked before the work they bound: a file's size
 * before it is read, its lines and columns before it is parsed, a workbook part's inflated size
 * while it is inflated, a cell reference before a row is padded out to it. They are far above
 * what SKR and Kolada publish (about 300 rows of about 60 columns per year, a file of 50–300 kB),
 * so a real file never meets them, and far below what would take a check past 1 GB or a minute.
 * The numbers are stated in data/README.md ("Gränser"); change both together.
 */

export const LIMITS = {
  /** Bytes of one result file, CSV or workbook (real: 50–300 kB). */
  fileBytes: 10 * 1024 * 1024,
  /** Rows of one table: lines of a text file, rows of a sheet (real: about 300). */
  rows: 5_000,
  /** Columns of one table (real: 15–60; every area's four columns and more stay below 200). */
  columns: 1_000,
  /** Characters of one cell (real: a name of at most 45, a title or note of a few hundred). */
  cellChars: 10_000,
  /** Characters of a unit's name (the longest real name has 45). */
  nameChars: 200,
  /** Entries in a workbook's zip archive (Excel writes 10–30). */
  zipEntries: 1_000,
  /** Inflated bytes of one workbook part, a sheet or the shared strings (real: under 3 MB). */
  partBytes: 16 * 1024 * 1024,
  /** Inflated bytes of all the parts of one workbook that are read. */
  workbookBytes: 64 * 1024 * 1024,
} as const;

/** "10 485 760 byte" → "10 MB": sizes as a person reads them, in Swedish. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
}

/** A number as Swedish text, "5 000". */
export function count(n: number): string {
  return n.toLocaleString('sv-SE');
}

/** Cell text quoted in a message, cut to `max` characters so that a huge cell stays one line. */
export function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${count(text.length)} tecken)`;
}

/**
 * Appends `items` to `target` one by one. `target.push(...items)` passes every item as an argument
 * and overflows the call stack ("Maximum call stack size exceeded") at about 100 000 of them.
 */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The largest of `values` (or `floor` when there are none), without spreading them into a call. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/**
 * Helpers for the result-file tests: the project's real reference lists (so names like "Håbo" and
 * "Habo" meet the real ambiguity) and small synthesizers for RawTables and CSV text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawTable, Reference } from '../../src/lib/model';
import { parseReference } from '../../src/lib/reference';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file in the project. */
export function projectPath(relative: string): string {
  return root + relative;
}

let cached: Reference | undefined;

/** data/reference/*.csv, parsed once. */
export function realReference(): Reference {
  const read = (name: string) => readFileSync(projectPath(`data/reference/${name}`), 'utf8');
  cached ??= parseReference({
    kommuner: read('kommuner.csv'),
    lan: read('lan.csv'),
    forbund: read('forbund.csv'),
  });
  return cached;
}

/** A RawTable with the header on line 1 and one row per following line. */
export function rawTable(file: string, header: string[], rows: string[][]): RawTable {
  return {
    file,
    delimiter: ';',
    encoding: 'utf-8',
    headerLine: 1,
    header,
    rows: rows.map((cells, i) => ({ line: i + 2, cells })),
    titleLines: [],
    noteLines: [],
  };
}

/** CSV text from rows of cells, with the given delimiter and line break. */
export function csv(rows: string[][], delimiter = ';', newline = '\r\n'): string {
  return rows.map((r) => r.join(delimiter)).join(newline) + newline;
}

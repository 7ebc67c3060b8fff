/**
 * The loader: the only module that reads the disk. It reads the reference lists and every result
 * file (.csv, .txt, .tsv, in name order), runs decode → parse → validate on each, and returns the
 * Dataset only when no file has an error, together with the report that says why not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBytes } from './decode';
import type { Dataset, Problem, Reference, ValidationReport, YearResults } from './model';
import { parseTable } from './parse';
import { parseReference } from './reference';
import { validateTable } from './validate';

const RESULT_FILE = /\.(csv|txt|tsv)$/i;
/** Files a person may keep beside the data without a warning. */
const QUIET_FILE = /^\.|\.md$/i;

/** Where result files are read from: NKI_RESULTS_DIR if set, else the embedded example data. */
export function resultsDirFromEnv(
  projectRoot: string,
  env: Record<string, string | undefined> = process.env,
): { resultsDir: string; isExample: boolean } {
  const fromEnv = env.NKI_RESULTS_DIR?.trim();
  if (fromEnv) return { resultsDir: resolve(projectRoot, fromEnv), isExample: false };
  return { resultsDir: join(projectRoot, 'data', 'results'), isExample: true };
}

/** Loads and validates everything; `dataset` is undefined when the report has an error. */
export function loadDataset(opts: {
  resultsDir: string;
  referenceDir: string;
  isExample?: boolean;
}): {
  dataset?: Dataset;
  report: ValidationReport;
} {
  const report: ValidationReport = { problems: [], files: [] };
  const fail = (file: string, message: string) =>
    report.problems.push({ file, line: 0, column: 0, severity: 'error', message });

  let reference: Reference;
  try {
    const read = (name: string) => readFileSync(join(opts.referenceDir, name), 'utf8');
    reference = parseReference({
      kommuner: read('kommuner.csv'),
      lan: read('lan.csv'),
      forbund: read('forbund.csv'),
    });
  } catch (error) {
    fail(opts.referenceDir, `Referensdata kunde inte läsas: ${(error as Error).message}`);
    return { report };
  }

  let names: string[];
  try {
    names = readdirSync(opts.resultsDir).sort((a, b) => a.localeCompare(b, 'sv-SE'));
  } catch {
    fail(opts.resultsDir, 'Mappen med resultatfiler finns inte.');
    return { report };
  }
  const years: YearResults[] = [];
  for (const name of names) {
    const path = join(opts.resultsDir, name);
    if (!statSync(path).isFile()) continue;
    if (!RESULT_FILE.test(name)) {
      if (!QUIET_FILE.test(name)) {
        const message = 'Filen läses inte: bara .csv, .txt och .tsv är resultatfiler.';
        report.problems.push({ file: name, line: 0, column: 0, severity: 'warning', message });
      }
      continue;
    }
    const { results, year, rowsRead, problems } = loadFile(name, readFileSync(path), reference);
    report.problems.push(...problems);
    report.files.push({ file: name, year, rowsRead, units: results?.rows.length ?? 0 });
    if (!results) continue;
    const earlier = years.find((y) => y.year === results.year);
    if (earlier) fail(name, `Året ${results.year} finns redan i ${earlier.file}; en fil per år.`);
    else years.push(results);
  }
  if (report.files.length === 0)
    fail(opts.resultsDir, 'Mappen innehåller inga resultatfiler (.csv, .txt, .tsv).');

  if (report.problems.some((p) => p.severity === 'error')) return { report };
  years.sort((a, b) => a.year - b.year);
  return { dataset: { reference, years, isExample: opts.isExample ?? false }, report };
}

function loadFile(
  file: string,
  bytes: Uint8Array,
  reference: Reference,
): { results?: YearResults; year?: number; rowsRead: number; problems: Problem[] } {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) {
    return {
      rowsRead: 0,
      problems: [{ file, line: 0, column: 0, severity: 'error', message: decoded.error }],
    };
  }
  const parsed = parseTable(file, decoded.text, decoded.encoding);
  if (!parsed.table) return { rowsRead: 0, problems: parsed.problems };
  const validated = validateTable(parsed.table, reference);
  return {
    results: validated.results,
    year: validated.year,
    rowsRead: parsed.table.rows.length,
    problems: [...parsed.problems, ...validated.problems],
  };
}

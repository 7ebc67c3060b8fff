/**
 * The loader: the only module that reads the disk. It reads the reference lists and every result
 * file (.csv, .txt, .tsv and .xlsx workbooks, in name order), runs decode → parse → validate on
 * each table (a workbook gives one per result sheet), merges the tables of one year by unit,
 * refuses a year in which no unit has NKI totalt, and returns the Dataset only when nothing has an
 * error, together with the report that says why not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBytes } from './decode';
import { mergeYear, type MergePart } from './merge';
import type { Dataset, Problem, RawTable, Reference, ValidationReport, YearResults } from './model';
import { parseTable } from './parse';
import { declaresExample } from './provenance';
import { parseReference } from './reference';
import { missingHeadline, validateTable } from './validate';
import { workbookTables } from './workbook';

const RESULT_FILE = /\.(csv|txt|tsv|xlsx|xlsm|xls)$/i;
/** Read as workbooks; an old binary .xls gets an error telling how to save it. */
const WORKBOOK_FILE = /\.(xlsx|xlsm|xls)$/i;
/** Files a person may keep beside the data without a warning. */
const QUIET_FILE = /^\.|\.md$/i;

/**
 * Where result files are read from: NKI_RESULTS_DIR if set, else the committed real results. The
 * folder says nothing about whether the figures are real: a file says so itself (see loadDataset).
 */
export function resultsDirFromEnv(
  projectRoot: string,
  env: Record<string, string | undefined> = process.env,
): { resultsDir: string } {
  const fromEnv = env.NKI_RESULTS_DIR?.trim();
  if (fromEnv) return { resultsDir: resolve(projectRoot, fromEnv) };
  return { resultsDir: join(projectRoot, 'data', 'results') };
}

/**
 * Loads and validates everything; `dataset` is undefined when the report has an error.
 *
 * The dataset is example data when any of its files declares itself invented (the title line
 * `EXAMPLE_DATA_LINE` that scripts/make-example-data.ts writes), wherever the files lie: one
 * example file among real ones marks the whole site, since a reader cannot tell which figures are
 * invented, and the report warns about the mix. `isExample: true` marks the data as example even
 * without such a line; nothing unmarks a file that declares itself.
 */
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
  const parts: MergePart[] = [];
  const exampleFiles: string[] = [];
  const realFiles: string[] = [];
  for (const name of names) {
    const path = join(opts.resultsDir, name);
    if (!statSync(path).isFile()) continue;
    if (!RESULT_FILE.test(name)) {
      if (!QUIET_FILE.test(name)) {
        const message = 'Filen läses inte: bara .csv, .txt, .tsv och .xlsx är resultatfiler.';
        report.problems.push({ file: name, line: 0, column: 0, severity: 'warning', message });
      }
      continue;
    }
    const { tables, problems } = readTables(name, readFileSync(path));
    report.problems.push(...problems);
    if (tables.some((t) => declaresExample(t.titleLines))) exampleFiles.push(name);
    else if (tables.length > 0) realFiles.push(name);
    if (tables.length === 0) report.files.push({ file: name, rowsRead: 0, units: 0 });
    for (const table of tables) {
      const validated = validateTable(table, reference);
      const sheet = table.sheet;
      report.problems.push(...validated.problems.map((p) => (sheet ? { ...p, sheet } : p)));
      const { results, year, yearSource, fields } = validated;
      report.files.push({
        file: name,
        ...(sheet === undefined ? {} : { sheet }),
        year,
        yearSource,
        rowsRead: table.rows.length,
        units: results?.rows.length ?? 0,
      });
      if (results) parts.push({ results, fields, header: table.header, sheet });
    }
  }
  if (report.files.length === 0)
    fail(opts.resultsDir, 'Mappen innehåller inga resultatfiler (.csv, .txt, .tsv, .xlsx).');

  const years: YearResults[] = [];
  for (const year of [...new Set(parts.map((p) => p.results.year))]) {
    const ofYear = parts.filter((p) => p.results.year === year);
    if (ofYear.length === 1) {
      years.push(ofYear[0]!.results);
      continue;
    }
    const merged = mergeYear(ofYear);
    report.problems.push(...merged.problems);
    years.push(merged.results);
    report.merges = [
      ...(report.merges ?? []),
      { year, units: merged.results.rows.length, columns: merged.columns },
    ];
  }

  for (const year of years) {
    const problem = missingHeadline(year);
    if (problem) report.problems.push(problem);
  }

  if (exampleFiles.length > 0 && realFiles.length > 0) {
    const message = `Filen är påhittad exempeldata bland riktiga resultat (${realFiles.join(', ')}): hela webbplatsen märks som exempeldata.`;
    for (const file of exampleFiles)
      report.problems.push({ file, line: 0, column: 0, severity: 'warning', message });
  }

  if (report.problems.some((p) => p.severity === 'error')) return { report };
  years.sort((a, b) => a.year - b.year);
  const isExample = exampleFiles.length > 0 || opts.isExample === true;
  return { dataset: { reference, years, isExample }, report };
}

/** A file's tables: one for a text file, one per result sheet for a workbook. */
function readTables(file: string, bytes: Uint8Array): { tables: RawTable[]; problems: Problem[] } {
  const error = (message: string) => ({
    tables: [],
    problems: [{ file, line: 0, column: 0, severity: 'error' as const, message }],
  });
  if (WORKBOOK_FILE.test(file)) return workbookTables(file, bytes);
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return error(decoded.error);
  const parsed = parseTable(file, decoded.text, decoded.encoding);
  return { tables: parsed.table ? [parsed.table] : [], problems: parsed.problems };
}

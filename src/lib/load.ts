/**
 * The loader: the only module that reads the disk. It reads the reference lists and every result
 * file (.csv, .txt, .tsv and .xlsx workbooks, in name order), runs decode → parse → validate on
 * each table (a workbook gives one per result sheet), merges the tables of one year by unit,
 * refuses a year in which no unit has NKI totalt, and returns the Dataset only when nothing has an
 * error, together with the report that says why not.
 */
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBytes } from './decode';
import { LIMITS, megabytes, pushAll } from './limits';
import { mergeYear, type MergePart } from './merge';
import type { Dataset, Problem, RawTable, Reference, ValidationReport, YearResults } from './model';
import { parseTable } from './parse';
import { declaresExample } from './provenance';
import { parseReference } from './reference';
import { PEER_GROUPINGS } from './rules';
import { missingHeadline, validateTable } from './validate';
import { workbookTables } from './workbook';

const RESULT_FILE = /\.(csv|txt|tsv|xlsx|xlsm|xls)$/i;
/** Read as workbooks; an old binary .xls gets an error telling how to save it. */
const WORKBOOK_FILE = /\.(xlsx|xlsm|xls)$/i;
/** Files a person may keep beside the data without a warning. */
const QUIET_FILE = /\.md$/i;

/**
 * Files that are never data, whatever their extension, skipped with the reason in the report:
 * the lock file Excel keeps beside an open workbook ("~$Insikt 2023.xlsx", a few bytes that are
 * no workbook), LibreOffice's and editors' lock, swap and temp files, hidden files, and backups.
 */
const NOT_DATA: [RegExp, string][] = [
  [/^~\$/, 'Excels låsfil medan arbetsboken är öppen'],
  [/^\.~lock\./, 'LibreOffices låsfil'],
  [/^\./, 'dold fil'],
  [/\.(bak|backup|old|orig)$|~$/i, 'säkerhetskopia'],
  [/\.(tmp|temp|part|crdownload|swp)$|^~.*\.tmp$/i, 'tillfällig fil'],
];

/**
 * Where result files are read from: NKI_RESULTS_DIR if set, else the committed real results. The
 * folder says nothing about whether the figures are real: a file says so itself (see loadDataset).
 */
export function resultsDirFromEnv(
  projectRoot: string,
  env: Record<string, string | undefined>,
): { resultsDir: string } {
  const fromEnv = env.NKI_RESULTS_DIR?.trim();
  if (fromEnv) return { resultsDir: resolve(projectRoot, fromEnv) };
  return { resultsDir: join(projectRoot, 'data', 'results') };
}

/** The reference lists: NKI_REFERENCE_DIR (tests that build from a modified copy), else data/reference. */
export function referenceDirFromEnv(
  projectRoot: string,
  env: Record<string, string | undefined>,
): string {
  const fromEnv = env.NKI_REFERENCE_DIR?.trim();
  return fromEnv ? resolve(projectRoot, fromEnv) : join(projectRoot, 'data', 'reference');
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
      kommungrupper: Object.fromEntries(
        PEER_GROUPINGS.map(({ edition }) => [edition, read(`kommungrupper-${edition}.csv`)]),
      ),
    });
  } catch (error) {
    fail(opts.referenceDir, `Referensdata kunde inte läsas: ${(error as Error).message}`);
    return { report };
  }

  let names: string[];
  try {
    names = readdirSync(opts.resultsDir).sort((a, b) => a.localeCompare(b, 'sv-SE'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      opts.resultsDir,
      code === 'ENOTDIR'
        ? 'Är ingen mapp: NKI_RESULTS_DIR ska peka ut mappen med resultatfiler.'
        : code === 'ENOENT'
          ? 'Mappen med resultatfiler finns inte.'
          : `Mappen med resultatfiler kan inte läsas (${code ?? (error as Error).message}).`,
    );
    return { report };
  }
  const parts: MergePart[] = [];
  const exampleFiles: string[] = [];
  const realFiles: string[] = [];
  for (const name of names) {
    const path = join(opts.resultsDir, name);
    const skip = NOT_DATA.find(([pattern]) => pattern.test(name));
    if (skip) {
      (report.skipped ??= []).push({ file: name, reason: skip[1] });
      continue;
    }
    const entry = inspect(path, name);
    if ('error' in entry) {
      fail(name, entry.error);
      continue;
    }
    if (entry.stats.isDirectory()) {
      if (RESULT_FILE.test(name))
        fail(name, 'Är en mapp, inte en fil; lägg resultatfilen direkt i mappen.');
      else (report.skipped ??= []).push({ file: name, reason: 'mapp' });
      continue;
    }
    if (!entry.stats.isFile()) {
      if (RESULT_FILE.test(name)) fail(name, 'Är ingen vanlig fil och läses inte.');
      continue;
    }
    if (!RESULT_FILE.test(name)) {
      if (!QUIET_FILE.test(name)) {
        const message = 'Filen läses inte: bara .csv, .txt, .tsv och .xlsx är resultatfiler.';
        report.problems.push({ file: name, line: 0, column: 0, severity: 'warning', message });
      }
      continue;
    }
    if (entry.stats.size > LIMITS.fileBytes) {
      report.files.push({ file: name, rowsRead: 0, units: 0 });
      fail(
        name,
        `Filen är ${megabytes(entry.stats.size)}; högst ${megabytes(LIMITS.fileBytes)} läses (ett års resultat är under 1 MB). Är det rätt fil?`,
      );
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      report.files.push({ file: name, rowsRead: 0, units: 0 });
      fail(name, `Filen kan inte läsas (${(error as NodeJS.ErrnoException).code ?? 'fel'}).`);
      continue;
    }
    const { tables, problems } = readTables(name, bytes);
    pushAll(report.problems, problems);
    if (tables.some((t) => declaresExample(t.titleLines))) exampleFiles.push(name);
    else if (tables.length > 0) realFiles.push(name);
    if (tables.length === 0) report.files.push({ file: name, rowsRead: 0, units: 0 });
    for (const table of tables) {
      const validated = validateTable(table, reference);
      const sheet = table.sheet;
      for (const p of validated.problems) report.problems.push(sheet ? { ...p, sheet } : p);
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
    pushAll(report.problems, merged.problems);
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

/**
 * What is at `path`, following a symbolic link; a link to nothing, a loop of links or a file
 * that cannot be read is a one-line Swedish message naming the cause, never a stack trace.
 */
function inspect(path: string, name: string): { stats: Stats } | { error: string } {
  try {
    return { stats: statSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: 'Är en symbolisk länk till något som inte finns.' };
    if (code === 'ELOOP') return { error: 'Är en symbolisk länk som leder runt i en slinga.' };
    if (code === 'EACCES' || code === 'EPERM')
      return { error: 'Filen får inte läsas (behörighet saknas).' };
    return { error: `${name} kan inte läsas (${code ?? (error as Error).message}).` };
  }
}

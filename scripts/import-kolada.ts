/**
 * Imports SKR Insikt's results from Kolada into result files the site builds from:
 *   npm run import:kolada                      adds the data years 2012–last year the folder lacks
 *   npm run import:kolada -- --from 2023 --to 2024 [--force]
 *   options: --out data/results --mapping FILE --base-url URL --timeout 30 (scripts/kolada/options.ts)
 *
 * Without years the folder is brought up to date: the years that have a file (the committed ones,
 * "Källa: Kolada …") are left byte for byte as they are, and the others are fetched; a year
 * Kolada has nothing for yet (SKR publishes in late April) is reported and gets no file. --force
 * fetches every year again and replaces the files.
 *
 * The KPIs are found by title (scripts/kolada/measures.ts); each year is fetched from the KPIs
 * of its definition (kpisForYear: U07451 to 2023, U07453 from 2024, one measure "nki" with the
 * series break at 2024). A year with other values but no NKI totalt is an error. Everything is
 * fetched and checked first (the project's own validation, as check-data reads the files), then
 * all files are written at once or none (scripts/kolada/write.ts); any failure exits 1 with a
 * Swedish message and leaves the folder as it was.
 */
import {
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  closeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTable } from '../src/lib/parse';
import { parseReference } from '../src/lib/reference';
import { formatProblem } from '../src/lib/report';
import { validateTable } from '../src/lib/validate';
import type { Reference } from '../src/lib/model';
import { allPages, KoladaError, type HttpOptions } from './kolada/http';
import {
  HEADLINE_MEASURE,
  headlineTitle,
  kpisForYear,
  mapKpis,
  mappingCsv,
  type Kpi,
  type MappedKpi,
} from './kolada/measures';
import {
  NO_SURVEY_YEARS,
  parseOptions,
  UsageError,
  USAGE,
  type ImportOptions,
} from './kolada/options';
import { yearFile, type KoladaRow, type YearFile } from './kolada/table';
import { writeAll } from './kolada/write';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULT_FILE = /\.(csv|txt|tsv|xlsx|xlsm|xls)$/i;
const KOLADA_LABEL = 'Källa: Kolada';

async function main(opts: ImportOptions): Promise<void> {
  const out = resolve(
    opts.out ?? process.env.NKI_RESULTS_DIR ?? join(projectRoot, 'data', 'results'),
  );
  const mappingPath = resolve(
    opts.mapping ?? join(projectRoot, 'data', 'reference', 'kolada-kpis.csv'),
  );
  const http: HttpOptions = {
    base: opts.base,
    timeoutMs: opts.timeoutMs,
    retries: 4,
    retryDelayMs: Number(process.env.KOLADA_RETRY_MS ?? 500),
  };

  // Everything that can be refused without Kolada is refused before the first request.
  const present = resultFiles(out);
  const wanted = opts.explicit
    ? opts.years
    : opts.years.filter((y) => !NO_SURVEY_YEARS.includes(y));
  const have = wanted.filter((y) => present.has(`${y}.csv`));
  if (opts.explicit && have.length > 0 && !opts.force) {
    const first = join(out, `${have[0]}.csv`);
    const more = have.length > 1 ? ` och ${have.length - 1} filer till` : '';
    throw new KoladaError(
      `${first}${more} finns redan. Kör med --force för att skriva över, eller välj en annan mapp med --out.`,
    );
  }
  const years = opts.force || opts.explicit ? wanted : wanted.filter((y) => !have.includes(y));
  if (!opts.explicit && have.length > 0) {
    console.log(
      opts.force
        ? `Hämtar alla år igen (--force); filerna för ${yearList(have)} skrivs över om allt går igenom.`
        : `Finns redan i ${out} och lämnas som de är: ${yearList(have)} (--force hämtar dem igen).`,
    );
  }
  if (years.length === 0) {
    console.log(
      `${out} har alla dataår ${yearList(wanted)} (${NO_SURVEY_YEARS.join(', ')} hade ingen undersökning); inget att hämta.`,
    );
    return;
  }
  refuseForeign(out, present);
  refuseNonFile(mappingPath);

  console.log(`Söker Insikts nyckeltal i Kolada (${opts.base}) …`);
  const found = await allPages<Kpi>(`${opts.base}/kpi?title=${encodeURIComponent('Insikt')}`, http);
  const { mapped, unknown, ambiguous, missing } = mapKpis(
    found.filter(isKpi).map(({ id, title }) => ({ id, title })),
  );
  if (ambiguous.length > 0) {
    const list = ambiguous
      .map((a) => `${a.measure}: ${a.kpis.map((k) => `${k.id} "${k.title}"`).join(' och ')}`)
      .join('; ');
    throw new KoladaError(`Tvetydig koppling, flera nyckeltal för samma mått (${list}).`);
  }
  if (mapped.length === 0) throw new KoladaError('Hittade inga Insikt-nyckeltal i Kolada.');
  for (const k of mapped) console.log(`  ${k.measure}: ${k.id} "${k.title}"`);
  const notFound = missing.filter((m) => m !== HEADLINE_MEASURE);
  if (notFound.length > 0) console.log(`  Inget nyckeltal i Kolada för: ${notFound.join(', ')}.`);
  for (const k of unknown) console.log(`  Okänd titel, används inte: ${k.id} "${k.title}"`);

  const mappingText = mappingCsv(mapped);
  if (existsSync(mappingPath) && readFileSync(mappingPath, 'utf8') !== mappingText && !opts.force) {
    throw new KoladaError(
      `${mappingPath} finns redan med en annan koppling. Granska den och ta bort den, eller kör med --force.`,
    );
  }

  const reference = parseReference({
    kommuner: readFileSync(join(projectRoot, 'data', 'reference', 'kommuner.csv'), 'utf8'),
    lan: readFileSync(join(projectRoot, 'data', 'reference', 'lan.csv'), 'utf8'),
    forbund: readFileSync(join(projectRoot, 'data', 'reference', 'forbund.csv'), 'utf8'),
  });
  const fetched = new Date().toISOString().slice(0, 10);
  const plan = years.map((year) => ({ year, kpis: kpisForYear(mapped, year) }));
  const total = plan.reduce((n, p) => n + p.kpis.length, 0);
  let done = 0;
  const files: YearFile[] = [];
  const empty: number[] = [];
  const headless: string[] = [];
  for (const { year, kpis } of plan) {
    const rows: { kpi: MappedKpi; rows: KoladaRow[] }[] = [];
    for (const kpi of kpis) {
      progress(`Hämtar ${kpi.id} (${kpi.measure}) ${year} … ${++done}/${total}`);
      const url = `${opts.base}/data/kpi/${encodeURIComponent(kpi.id)}/year/${year}?per_page=500`;
      rows.push({ kpi, rows: await allPages<KoladaRow>(url, http) });
    }
    const file = yearFile(year, rows, reference.municipalities, fetched);
    if (!file || file.valued.length === 0) empty.push(year);
    else if (!file.valued.includes(HEADLINE_MEASURE)) headless.push(noHeadline(year, kpis, file));
    else files.push(file);
  }
  progress('');
  if (headless.length > 0) {
    throw new KoladaError(
      `${headless.join(' ')} Ett år utan NKI totalt kan inte publiceras; importen stoppas.`,
    );
  }
  for (const f of files) checkFile(f, reference);
  const noValues = `Kolada har inga värden för ${yearList(empty)} (inte publicerade än, eller ingen undersökning det året); ingen fil.`;
  if (files.length === 0) {
    if (opts.explicit) throw new KoladaError(noValues);
    console.log(noValues);
    console.log(`${out} är aktuell; inget skrivet.`);
    return;
  }

  // Again just before writing: the folder may have changed while Kolada was asked.
  const now = resultFiles(out);
  refuseForeign(out, now);
  const appeared = files.filter((f) => now.has(`${f.year}.csv`) && !present.has(`${f.year}.csv`));
  if (appeared.length > 0 && !opts.force) {
    throw new KoladaError(
      `${join(out, `${appeared[0]!.year}.csv`)} kom till medan importen pågick; kör igen.`,
    );
  }
  writeAll([
    ...files.map((f) => ({ path: join(out, `${f.year}.csv`), text: f.text })),
    { path: mappingPath, text: mappingText },
  ]);
  for (const f of files) {
    const extra = [
      f.national ? 'riket' : 'inget riksvärde',
      f.ignored > 0 ? `${f.ignored} rader för regioner m.fl. ignorerade` : '',
      f.nulls > 0 ? `${f.nulls} värden saknas (null)` : '',
    ].filter((s) => s !== '');
    console.log(`${join(out, `${f.year}.csv`)}: ${f.municipalities} kommuner; ${extra.join('; ')}`);
  }
  if (empty.length > 0) console.log(noValues);
  console.log(`Kopplingen mellan nyckeltal och mått: ${mappingPath} (granska den).`);
  console.log('Källa: Kolada (RKA), CC BY 4.0; ursprung SKR Insikt.');
}

/** Why `year` has no NKI totalt: which title was looked for, and what the year does have. */
function noHeadline(year: number, kpis: MappedKpi[], file: YearFile): string {
  const title = headlineTitle(year);
  const kpi = kpis.find((k) => k.measure === HEADLINE_MEASURE);
  const why = kpi
    ? `nyckeltalet ${kpi.id} "${kpi.title}" gav inga värden för något av kommunerna`
    : `Kolada har inget nyckeltal med titeln "${title}" (sökning på "Insikt")`;
  return `NKI totalt saknas för ${year}: ${why}, fast året har värden för ${file.valued.join(', ')}.`;
}

/** The generated file read back as check-data reads it; any error stops the import. */
function checkFile(file: YearFile, reference: Reference): void {
  const name = `${file.year}.csv`;
  const parsed = parseTable(name, file.text, 'utf-8');
  const problems = [...parsed.problems];
  if (parsed.table) problems.push(...validateTable(parsed.table, reference).problems);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return;
  const shown = errors.slice(0, 5).map(formatProblem).join('; ');
  const more = errors.length > 5 ? ` (och ${errors.length - 5} fel till)` : '';
  throw new KoladaError(`Koladas värden för ${file.year} klarar inte kontrollen: ${shown}${more}.`);
}

/** The names of the regular files in `dir` (none when it does not exist); other entries are refused. */
function resultFiles(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  if (!lstatSync(dir).isDirectory()) throw new KoladaError(`${dir} är inte en mapp.`);
  const names = new Set<string>();
  for (const name of readdirSync(dir)) {
    if (!RESULT_FILE.test(name)) continue;
    refuseNonFile(join(dir, name));
    names.add(name);
  }
  return names;
}

/** A path the importer may replace must be a regular file, or not exist. */
function refuseNonFile(path: string): void {
  if (!existsSync(path) && !isLink(path)) return;
  if (!lstatSync(path).isFile()) {
    throw new KoladaError(`${path} är inte en vanlig fil (en mapp eller länk); flytta den först.`);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Result files that are not Kolada exports would be mixed in with the real figures, and are never
 * the importer's to replace, not even with --force.
 */
function refuseForeign(dir: string, present: Set<string>): void {
  const foreign = [...present].filter((f) => !startsWith(join(dir, f), KOLADA_LABEL));
  if (foreign.length === 0) return;
  const list = `${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ' …' : ''}`;
  throw new KoladaError(
    `${dir} innehåller andra resultatfiler (${list}) som skulle blandas med Kolada-data. Välj en egen mapp med --out (och bygg med NKI_RESULTS_DIR) eller flytta filerna.`,
  );
}

/** True when the file begins with `prefix` (reads only that much). */
function startsWith(path: string, prefix: string): boolean {
  const bytes = Buffer.from(prefix, 'utf8');
  const head = Buffer.alloc(bytes.length + 3);
  const fd = openSync(path, 'r');
  try {
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head
      .subarray(0, n)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .replace(/^"/, '');
    return text.startsWith(prefix);
  } finally {
    closeSync(fd);
  }
}

function isKpi(k: unknown): k is Kpi {
  return (
    typeof k === 'object' &&
    k !== null &&
    typeof (k as Kpi).id === 'string' &&
    typeof (k as Kpi).title === 'string'
  );
}

/** "2012, 2014–2022" */
function yearList(years: number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return runs.join(', ');
}

/** One line per KPI and year, rewritten in place, only on a terminal. */
function progress(text: string): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\r\x1b[K${text}`);
}

function run(): Promise<void> {
  let opts: ImportOptions;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`Fel: ${error.message}`);
    console.error(USAGE);
    process.exitCode = 1;
    return Promise.resolve();
  }
  if (opts.help) {
    console.log(USAGE);
    return Promise.resolve();
  }
  return main(opts);
}

run().catch((error: unknown) => {
  progress('');
  if (error instanceof KoladaError) console.error(`Fel: ${error.message}\nInget skrivet.`);
  else {
    const e = error as Error & { code?: string; path?: string };
    // A file-system failure (a full disk, no permission) names its path. Anything else is a
    // bug: one line, and the stack only when asked for. Files are written last, all or none, so
    // nothing is half-written either way.
    if (e?.code && e.path) console.error(`Fel: ${e.message}\nInget skrivet.`);
    else {
      console.error(`Fel (oväntat): ${e?.message ?? String(error)}\nInget skrivet.`);
      if (process.env.NKI_DEBUG) console.error(error);
      else console.error('Kör med NKI_DEBUG=1 för detaljer.');
    }
  }
  process.exitCode = 1;
});

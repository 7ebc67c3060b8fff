/**
 * Imports SKR Insikt's results from Kolada into result files the site builds from:
 *   npm run import:kolada -- [--from 2010] [--to 2024] [--out data/results] [--base-url URL] [--force]
 * The KPIs are found by title (scripts/kolada/measures.ts) and the mapping is written to
 * data/reference/kolada-kpis.csv (--mapping) for review. One file per year is written in the
 * canonical layout, atomically: everything is fetched and checked first, then each file is
 * written beside its target and renamed into place. An existing file is never overwritten
 * without --force; a failure leaves nothing written and exits 1. Base URL: --base-url, else
 * KOLADA_BASE_URL, else https://api.kolada.se/v3. --out defaults to NKI_RESULTS_DIR, else
 * data/results.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseReference } from '../src/lib/reference';
import { allPages, KoladaError, type HttpOptions } from './kolada/http';
import { mapKpis, mappingCsv, type Kpi, type MappedKpi } from './kolada/measures';
import { yearFile, type KoladaRow, type YearFile } from './kolada/table';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULT_FILE = /\.(csv|txt|tsv|xlsx|xlsm|xls)$/i;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string', default: '2010' },
      to: { type: 'string', default: String(new Date().getFullYear() - 1) },
      out: { type: 'string' },
      'base-url': { type: 'string' },
      mapping: { type: 'string' },
      force: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '30' },
    },
  });
  const from = Number(values.from);
  const to = Number(values.to);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < 2000) {
    throw new KoladaError(`Ogiltiga år: --from ${values.from} --to ${values.to}.`);
  }
  const base = (
    values['base-url'] ??
    process.env.KOLADA_BASE_URL ??
    'https://api.kolada.se/v3'
  ).replace(/\/+$/, '');
  const out = resolve(
    values.out ?? process.env.NKI_RESULTS_DIR ?? join(projectRoot, 'data', 'results'),
  );
  const mappingPath = resolve(
    values.mapping ?? join(projectRoot, 'data', 'reference', 'kolada-kpis.csv'),
  );
  const http: HttpOptions = {
    timeoutMs: Number(values.timeout) * 1000,
    retries: 4,
    retryDelayMs: Number(process.env.KOLADA_RETRY_MS ?? 500),
  };
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);

  // Refuse before fetching anything: nothing the user has is overwritten unasked.
  const taken = years.map((y) => `${y}.csv`).filter((f) => existsSync(join(out, f)));
  if (taken.length > 0 && !values.force) {
    throw new KoladaError(
      `${join(out, taken[0]!)}${taken.length > 1 ? ` och ${taken.length - 1} filer till` : ''} finns redan. Kör med --force för att skriva över, eller välj en annan mapp med --out.`,
    );
  }

  console.log(`Söker Insikts nyckeltal i Kolada (${base}) …`);
  const found = await allPages<Kpi>(`${base}/kpi?title=${encodeURIComponent('Insikt')}`, http);
  const { mapped, unknown, ambiguous, missing } = mapKpis(
    found.map(({ id, title }) => ({ id, title })),
  );
  if (ambiguous.length > 0) {
    const list = ambiguous
      .map((a) => `${a.measure}: ${a.kpis.map((k) => `${k.id} "${k.title}"`).join(' och ')}`)
      .join('; ');
    throw new KoladaError(
      `Tvetydig koppling, flera nyckeltal för samma mått (${list}). Inget skrivet.`,
    );
  }
  if (mapped.length === 0)
    throw new KoladaError('Hittade inga Insikt-nyckeltal i Kolada. Inget skrivet.');
  for (const k of mapped) console.log(`  ${k.measure}: ${k.id} "${k.title}"`);
  if (missing.length > 0) console.log(`  Hittades inte: ${missing.join(', ')}.`);
  for (const k of unknown) console.log(`  Okänd titel, används inte: ${k.id} "${k.title}"`);

  const mappingText = mappingCsv(mapped);
  if (
    existsSync(mappingPath) &&
    readFileSync(mappingPath, 'utf8') !== mappingText &&
    !values.force
  ) {
    throw new KoladaError(
      `${mappingPath} finns redan med en annan koppling. Granska den och kör med --force för att skriva över.`,
    );
  }

  const reference = parseReference({
    kommuner: readFileSync(join(projectRoot, 'data', 'reference', 'kommuner.csv'), 'utf8'),
    lan: readFileSync(join(projectRoot, 'data', 'reference', 'lan.csv'), 'utf8'),
    forbund: readFileSync(join(projectRoot, 'data', 'reference', 'forbund.csv'), 'utf8'),
  });
  const fetched = new Date().toISOString().slice(0, 10);
  const files: YearFile[] = [];
  const total = years.length * mapped.length;
  let done = 0;
  for (const year of years) {
    const rows: { kpi: MappedKpi; rows: KoladaRow[] }[] = [];
    for (const kpi of mapped) {
      progress(`Hämtar ${kpi.id} (${kpi.measure}) ${year} … ${++done}/${total}`);
      rows.push({
        kpi,
        rows: await allPages<KoladaRow>(
          `${base}/data/kpi/${kpi.id}/year/${year}?per_page=500`,
          http,
        ),
      });
    }
    const file = yearFile(year, rows, reference.municipalities, fetched);
    if (file) files.push(file);
  }
  progress('');
  if (files.length === 0)
    throw new KoladaError(`Kolada har inga värden för ${from}–${to}. Inget skrivet.`);

  // Files for other years that are not Kolada exports would be mixed in with the real figures.
  const written = new Set(files.map((f) => `${f.year}.csv`));
  const foreign = existsSync(out)
    ? readdirSync(out).filter(
        (f) =>
          RESULT_FILE.test(f) &&
          !written.has(f) &&
          !readFileSync(join(out, f), 'utf8').startsWith('Källa: Kolada'),
      )
    : [];
  if (foreign.length > 0) {
    throw new KoladaError(
      `${out} innehåller andra resultatfiler (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ' …' : ''}) som skulle blandas med Kolada-data. Välj en egen mapp med --out (och bygg med NKI_RESULTS_DIR) eller flytta filerna. Inget skrivet.`,
    );
  }

  writeAtomically([
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
  const skipped = years.filter((y) => !written.has(`${y}.csv`));
  if (skipped.length > 0) console.log(`Inga värden i Kolada för ${skipped.join(', ')}; ingen fil.`);
  console.log(`Kopplingen mellan nyckeltal och mått: ${mappingPath} (granska den).`);
  console.log('Källa: Kolada (RKA), CC BY 4.0; ursprung SKR Insikt.');
}

/** Writes each file beside its target, then renames all into place; on failure removes them. */
function writeAtomically(files: { path: string; text: string }[]): void {
  const temporary = files.map((f) => ({ ...f, tmp: `${f.path}.${process.pid}.tmp` }));
  try {
    for (const f of temporary) {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.tmp, f.text);
    }
    for (const f of temporary) renameSync(f.tmp, f.path);
  } catch (error) {
    for (const f of temporary) rmSync(f.tmp, { force: true });
    throw error;
  }
}

/** One line per KPI and year, rewritten in place, only on a terminal. */
function progress(text: string): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\r\x1b[K${text}`);
}

main().catch((error: unknown) => {
  progress('');
  if (error instanceof KoladaError) console.error(`Fel: ${error.message}`);
  else console.error(error);
  process.exitCode = 1;
});

/**
 * Writes the committed real results (data/results/<year>.csv) from a Kolada snapshot in the
 * Open Numbers layout (`geo,year,u0NNNN` per KPI, plus kpis.csv with the titles):
 *   npx tsx scripts/import-kolada-snapshot.ts <snapshot-dir> [--out data/results] [--fetched 2024-08-30]
 * The rows go through the importer's own mapping and table (scripts/kolada/), so a snapshot file
 * and a live import are the same layout. Years before 2012 are not SKR's national survey
 * (Stockholm region 2005–2009, five Kalmar municipalities 2010) and are left out, as is any year
 * without NKI totalt. Riket is `0` in the snapshot and `0000` in Kolada.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { parseReference } from '../src/lib/reference';
import { HEADLINE_MEASURE, kpisForYear, mapKpis, type MappedKpi } from './kolada/measures';
import { yearFile, type KoladaRow } from './kolada/table';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIRST_NATIONAL_YEAR = 2012;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: join(projectRoot, 'data', 'results') },
    fetched: { type: 'string', default: '2024-08-30' },
  },
});
const dir = positionals[0];
if (!dir) {
  console.error(
    'Ange mappen med ögonblicksbilden: npx tsx scripts/import-kolada-snapshot.ts <mapp>',
  );
  process.exit(1);
}
const csv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

const titles = csv(join(dir, 'kpis.csv')).map((r) => ({ id: r.kpi!, title: r.title! }));
const { mapped, missing } = mapKpis(titles);
console.log(`Nyckeltal: ${mapped.map((k) => `${k.id}=${k.measure}`).join(' ')}`);
if (missing.length > 0) console.log(`Saknas i ögonblicksbilden: ${missing.join(', ')}`);

const rowsByKpi = new Map<string, KoladaRow[]>();
for (const file of readdirSync(dir).filter((f) => /^U\d+\.csv$/i.test(f))) {
  const id = file.replace(/\.csv$/i, '').toUpperCase();
  const column = id.toLowerCase();
  rowsByKpi.set(
    id,
    csv(join(dir, file)).map((r) => ({
      kpi: id,
      municipality: r.geo === '0' ? '0000' : r.geo!.padStart(4, '0'),
      period: Number(r.year),
      // Text that is not a number becomes NaN, which yearFile refuses with KPI, unit and year.
      values: [{ gender: 'T', value: (r[column] ?? '').trim() === '' ? null : Number(r[column]) }],
    })),
  );
}
const years = [...new Set([...rowsByKpi.values()].flat().map((r) => r.period))]
  .filter((y) => y >= FIRST_NATIONAL_YEAR)
  .sort((a, b) => a - b);

const reference = parseReference({
  kommuner: readFileSync(join(projectRoot, 'data', 'reference', 'kommuner.csv'), 'utf8'),
  lan: readFileSync(join(projectRoot, 'data', 'reference', 'lan.csv'), 'utf8'),
  forbund: readFileSync(join(projectRoot, 'data', 'reference', 'forbund.csv'), 'utf8'),
});
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
for (const year of years) {
  // The KPIs of the year's definition, as the live import takes them (kpisForYear).
  const rows: { kpi: MappedKpi; rows: KoladaRow[] }[] = kpisForYear(mapped, year)
    .filter((kpi) => rowsByKpi.has(kpi.id))
    .map((kpi) => ({ kpi, rows: rowsByKpi.get(kpi.id)!.filter((r) => r.period === year) }));
  const file = yearFile(year, rows, reference.municipalities, values.fetched);
  if (!file?.valued.includes(HEADLINE_MEASURE)) {
    console.log(`${year}: ingen NKI totalt, ingen fil.`);
    continue;
  }
  writeFileSync(join(out, `${year}.csv`), file.text);
  console.log(
    `${year}.csv: ${file.municipalities} kommuner${file.national ? ', riket' : ', inget riksvärde'}`,
  );
}

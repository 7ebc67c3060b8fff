/**
 * The column layout of every download (CSV and JSON alike): one record per unit and year with
 * every value the input had. Names follow the canonical result layout (canonical.ts) so a
 * download can be read back as a result file; a `<column>_saknas` column next to each index says
 * why it is empty. The same fixed columns in every year, so years can be stacked.
 */
import { AREA_IDS, AREAS, FACTORS, FACTOR_IDS } from '../lib/areas';
import { areaColumnStem } from '../lib/canonical';
import type { Dataset, MissingReason, ResultRow, Score } from '../lib/model';
import { figuresCredit } from '../lib/provenance';
import { unitByCode } from '../lib/reference';

/** A cell before formatting: text, number, yes/no, or nothing (an empty cell, `null` in JSON). */
export type Cell = string | number | boolean | null;

export interface DownloadColumn {
  name: string;
  /** Swedish, for the README's column list. */
  description: string;
  get(row: ResultRow, ctx: RowContext): Cell;
}

interface RowContext {
  dataset: Dataset;
}

/** Swedish words for why a value is missing, as written in the `_saknas` columns. */
export const MISSING_TEXT: Record<MissingReason, string> = {
  suppressed: 'dolt',
  'no-result': 'inget resultat',
  'not-measured': 'ej mätt',
  'too-few-answers': 'för få svar',
};

const value = (s: Score | undefined): Cell => (s?.kind === 'measured' ? s.value : null);
const reason = (s: Score | undefined): Cell =>
  s?.kind === 'missing' ? MISSING_TEXT[s.reason] : null;
const opt = (n: number | undefined): Cell => n ?? null;

function unitOf(row: ResultRow, { dataset }: RowContext) {
  const ref = dataset.reference;
  const unit = unitByCode(ref, row.unitCode);
  const county =
    unit?.kind === 'kommun' ? ref.counties.find((c) => c.code === unit.countyCode) : undefined;
  return { unit, county };
}

function scoreColumns(name: string, label: string, get: (row: ResultRow) => Score | undefined) {
  return [
    { name, description: `${label}, index 0–100, oavrundat`, get: (r: ResultRow) => value(get(r)) },
    {
      name: `${name}_saknas`,
      description: `Varför ${name} är tom: ${Object.values(MISSING_TEXT).join(', ')}`,
      get: (r: ResultRow) => reason(get(r)),
    },
  ];
}

/** Every column in order. */
export const DOWNLOAD_COLUMNS: readonly DownloadColumn[] = [
  { name: 'ar', description: 'Dataår (året ärendena avsåg)', get: (r) => r.year },
  {
    name: 'kod',
    description: 'SCB:s kommunkod (fyra siffror) eller förbundets kod (F01…)',
    get: (r) => r.unitCode,
  },
  { name: 'namn', description: 'Kort namn (SCB)', get: (r, c) => unitOf(r, c).unit?.name ?? null },
  {
    name: 'visningsnamn',
    description: 'Namn i löptext',
    get: (r, c) => unitOf(r, c).unit?.displayName ?? null,
  },
  {
    name: 'typ',
    description: 'kommun eller förbund',
    get: (r, c) => typeText(unitOf(r, c).unit?.kind),
  },
  {
    name: 'lan_kod',
    description: 'Länskod (två siffror); tom för förbund',
    get: (r, c) => unitOf(r, c).county?.code ?? null,
  },
  {
    name: 'lan',
    description: 'Län; tomt för förbund',
    get: (r, c) => unitOf(r, c).county?.name ?? null,
  },
  ...scoreColumns('nki', 'NKI totalt', (r) => r.nki),
  {
    name: 'placering',
    description: 'SKR:s placering i riket (NKI totalt)',
    get: (r) => opt(r.officialPlace),
  },
  {
    name: 'placering_lan',
    description: 'SKR:s placering i länet',
    get: (r) => opt(r.officialCountyPlace),
  },
  { name: 'antal_svar', description: 'Antal svar totalt', get: (r) => opt(r.answers) },
  {
    name: 'svarsfrekvens',
    description: 'Svarsfrekvens totalt, procent',
    get: (r) => opt(r.responseRate),
  },
  ...AREA_IDS.flatMap((area) => {
    const s = areaColumnStem(area);
    const label = AREAS.find((a) => a.id === area)?.name ?? area;
    return [
      ...scoreColumns(s, `NKI ${label.toLowerCase()}`, (r) => r.areas[area]?.score),
      {
        name: `placering_${s}`,
        description: `SKR:s placering, ${label.toLowerCase()}`,
        get: (r: ResultRow) => opt(r.areas[area]?.officialPlace),
      },
      {
        name: `antal_svar_${s}`,
        description: `Antal svar, ${label.toLowerCase()}`,
        get: (r: ResultRow) => opt(r.areas[area]?.answers),
      },
      {
        name: `svarsfrekvens_${s}`,
        description: `Svarsfrekvens, ${label.toLowerCase()}, procent`,
        get: (r: ResultRow) => opt(r.areas[area]?.responseRate),
      },
    ];
  }),
  ...scoreColumns('nui', 'NUI (upphandling, ingår inte i NKI totalt)', (r) => r.nui),
  {
    name: 'placering_nui',
    description: 'SKR:s placering, NUI',
    get: (r) => opt(r.officialNuiPlace),
  },
  { name: 'antal_svar_nui', description: 'Antal svar, NUI', get: (r) => opt(r.nuiAnswers) },
  ...FACTOR_IDS.flatMap((f) =>
    scoreColumns(
      f,
      `Serviceområdet ${FACTORS.find((x) => x.id === f)?.inSentence ?? f}`,
      (r) => r.factors[f],
    ),
  ),
  {
    name: 'kalla',
    description:
      'Källa: "SKR, Insikt <år>", med "via Kolada (CC BY 4.0)" när årets siffror är hämtade från Kolada',
    get: (r, c) => figuresCredit(c.dataset, r.year),
  },
  {
    name: 'exempeldata',
    description: '"ja" när siffrorna är påhittade exempeldata, annars "nej"',
    get: (_r, c) => c.dataset.isExample,
  },
];

const records = new WeakMap<Dataset, WeakMap<ResultRow, Readonly<Record<string, Cell>>>>();

/**
 * One row as a record keyed by column name, in column order. Each row appears in its year's
 * files, its unit's files and the whole dataset's, so the record is made once and shared: do not
 * change it.
 */
export function downloadRecord(row: ResultRow, dataset: Dataset): Readonly<Record<string, Cell>> {
  let byRow = records.get(dataset);
  if (!byRow) records.set(dataset, (byRow = new WeakMap()));
  let record = byRow.get(row);
  if (!record) {
    const ctx = { dataset };
    record = Object.fromEntries(DOWNLOAD_COLUMNS.map((c) => [c.name, c.get(row, ctx)]));
    byRow.set(row, record);
  }
  return record;
}

function typeText(kind: 'kommun' | 'forbund' | undefined): Cell {
  if (kind === 'kommun') return 'kommun';
  return kind === 'forbund' ? 'förbund' : null;
}

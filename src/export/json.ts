/**
 * Downloads as JSON. Records carry the same fields as the CSV columns (one column list documents
 * both), with numbers as numbers, `null` for an empty value and `exempeldata` as true/false.
 * Output is indented, one record per line, and ends in a newline, so files diff well.
 */
import type { Dataset, YearResults } from '../lib/model';
import { downloadRecord, type Cell } from './columns';
import { unitRows } from './csv';
import { figuresCredit } from '../lib/provenance';
import { unitByCode } from '../lib/reference';

/** One year: its file, rows read, the stated national averages and one record per unit. */
export function yearToJson(dataset: Dataset, year: number): string {
  const results = dataset.years.find((y) => y.year === year);
  if (!results) throw new Error(`Inga resultat för ${year}`);
  return stringify({
    kalla: figuresCredit(dataset, year),
    exempeldata: dataset.isExample,
    ...yearObject(dataset, results),
  });
}

/** One unit, every year it has a result; `enhet` names it. Throws for an unknown code. */
export function unitToJson(dataset: Dataset, unitCode: string): string {
  const unit = unitByCode(dataset.reference, unitCode);
  if (!unit) throw new Error(`Okänd kod: ${unitCode}`);
  const rows = unitRows(dataset, unitCode);
  return stringify({
    kalla: figuresCredit(
      dataset,
      rows.map((r) => r.year),
    ),
    exempeldata: dataset.isExample,
    enhet: {
      kod: unit.code,
      namn: unit.name,
      visningsnamn: unit.displayName,
      typ: unit.kind === 'kommun' ? 'kommun' : 'förbund',
    },
    rader: rows.map((row) => downloadRecord(row, dataset)),
  });
}

/** Everything: each year as in `yearToJson`, plus the reference lists (counties, units). */
export function datasetToJson(dataset: Dataset): string {
  const ref = dataset.reference;
  return stringify({
    kalla: figuresCredit(
      dataset,
      dataset.years.map((y) => y.year),
    ),
    exempeldata: dataset.isExample,
    ar: dataset.years.map((y) => yearObject(dataset, y)),
    lan: ref.counties.map((c) => ({ kod: c.code, namn: c.name })),
    kommuner: ref.municipalities.map((m) => ({
      kod: m.code,
      namn: m.name,
      visningsnamn: m.displayName,
      lan_kod: m.countyCode,
      folkmangd: m.population,
      folkmangd_datum: m.populationDate,
    })),
    forbund: ref.jointAuthorities.map((f) => ({
      kod: f.code,
      namn: f.name,
      medlemmar: f.memberCodes,
    })),
  });
}

function yearObject(dataset: Dataset, results: YearResults): Record<string, unknown> {
  return {
    ar: results.year,
    fil: results.file,
    rader_lasta: results.rowsRead,
    riksgenomsnitt: {
      nki: results.statedAverage?.nki ?? null,
      nui: results.statedAverage?.nui ?? null,
    },
    rader: results.rows.map((row): Record<string, Cell> => downloadRecord(row, dataset)),
  };
}

/**
 * Pretty JSON where every flat object (a record: only primitive values) sits on one line, so a
 * file has one line per unit and year — it diffs well and is half the size of fully indented JSON.
 */
function stringify(value: unknown): string {
  return `${format(value, '')}\n`;
}

function format(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return JSON.stringify(value);
    return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value === null || typeof value !== 'object' || isFlat(value)) return JSON.stringify(value);
  const entries = Object.entries(value).map(
    ([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`,
  );
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

function isFlat(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return false;
  return Object.values(value).every((v) => v === null || typeof v !== 'object');
}

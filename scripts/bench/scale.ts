/**
 * The scaled dataset: the example results repeated to `years` data years, each file padded to
 * `units` rows with real municipalities (and the förbund) that the example left out. A padded row
 * is a copy of an existing row under another unit's code and name, with SKR placements cleared
 * (they would clash). Each target year takes the example file of the nearest year, so the series
 * breaks stay where they are. Title lines above the header (the example's "Exempeldata: …"
 * declaration, Kolada's source line) are kept as they are. The loader reads every *.csv of
 * NKI_RESULTS_DIR, year from file name.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export interface Scaled {
  readonly years: number[];
  /** Rows per written file (smallest and largest). */
  readonly unitsMin: number;
  readonly unitsMax: number;
}

interface Unit {
  readonly code: string;
  readonly name: string;
}

function readUnits(referenceDir: string): Unit[] {
  const units: Unit[] = [];
  for (const file of ['kommuner.csv', 'forbund.csv']) {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(referenceDir, file), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    for (const row of parsed.data) if (row.code && row.name) units.push({ code: row.code, name: row.name });
  }
  return units;
}

const NAME_COLUMN = /^(namn|kommun|kommunnamn|enhet|name)$/i;
const CODE_COLUMN = /^(kod|kommunkod|code)$/i;
const PLACE_COLUMN = /^(placering|rank|plats)/i;

/** Pads one results file to `units` rows; returns the text unchanged if its columns are unknown. */
function pad(text: string, all: Unit[], units: number): { text: string; rows: number } {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  const headerAt = parsed.data.findIndex((row) => row.some((cell) => NAME_COLUMN.test(cell.trim())));
  const titles = parsed.data.slice(0, Math.max(0, headerAt));
  const [header, ...rows] = parsed.data.slice(Math.max(0, headerAt));
  const nameAt = header?.findIndex((cell) => NAME_COLUMN.test(cell.trim())) ?? -1;
  const codeAt = header?.findIndex((cell) => CODE_COLUMN.test(cell.trim())) ?? -1;
  if (!header || headerAt < 0 || rows.length === 0) return { text, rows: rows.length };
  const present = new Set(rows.map((row) => row[nameAt]));
  const missing = all.filter((unit) => !present.has(unit.name));
  const places = header.map((cell, i) => (PLACE_COLUMN.test(cell.trim()) ? i : -1)).filter((i) => i >= 0);
  const added: string[][] = [];
  for (let i = 0; rows.length + added.length < units && i < missing.length; i++) {
    const copy = [...rows[i % rows.length]!];
    copy[nameAt] = missing[i]!.name;
    if (codeAt >= 0) copy[codeAt] = missing[i]!.code;
    for (const at of places) copy[at] = '';
    added.push(copy);
  }
  const delimiter = parsed.meta.delimiter;
  const table = Papa.unparse([...titles, header, ...rows, ...added], { delimiter, newline: '\n' });
  return { text: table + '\n', rows: rows.length + added.length };
}

/** Writes the scaled results into `outDir`. */
export function writeScaled(resultsDir: string, referenceDir: string, outDir: string, yearCount = 20, units = 310): Scaled {
  mkdirSync(outDir, { recursive: true });
  const sources = readdirSync(resultsDir)
    .filter((file) => file.endsWith('.csv'))
    .map((file) => ({ file, year: Number(/(19|20)\d{2}/.exec(file)?.[0]) }))
    .filter((source) => Number.isFinite(source.year))
    .sort((a, b) => a.year - b.year);
  if (sources.length === 0) throw new Error(`Inga resultatfiler (*.csv med årtal i namnet) i ${resultsDir}`);
  const last = sources[sources.length - 1]!.year;
  const years = Array.from({ length: yearCount }, (_, i) => last - yearCount + 1 + i);
  const all = readUnits(referenceDir);
  const counts: number[] = [];
  for (const year of years) {
    const source = sources.reduce((best, s) => (Math.abs(s.year - year) < Math.abs(best.year - year) ? s : best));
    const padded = pad(readFileSync(join(resultsDir, source.file), 'utf8'), all, units);
    writeFileSync(join(outDir, source.file.replace(String(source.year), String(year))), padded.text);
    counts.push(padded.rows);
  }
  return { years, unitsMin: Math.min(...counts), unitsMax: Math.max(...counts) };
}

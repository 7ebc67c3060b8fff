/**
 * Writes the invented example dataset to test/fixtures/example-data/results/<year>.csv (or the
 * folder given with `--out`) from the reference lists in data/reference/. It is a test fixture:
 * the site is built from the real results in data/results/, and every example file declares
 * itself on its first line, so a site built from it says "Exempeldata" on every page.
 * Run with `npx tsx scripts/make-example-data.ts [--out <folder>]`; the output is deterministic
 * (seed in scripts/example-data/config.ts), so re-running it changes no file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { generateExampleData } from './example-data/generate';
import type { ExampleForbund, ExampleMunicipality } from './example-data/reference';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the example files live: a test fixture, never the folder the site is built from. */
export const EXAMPLE_RESULTS_DIR = join(root, 'test', 'fixtures', 'example-data', 'results');

/** The reference lists the generator needs, read from `referenceDir`. */
export function readReference(referenceDir: string): {
  municipalities: ExampleMunicipality[];
  forbund: ExampleForbund[];
} {
  const kommuner = parse(join(referenceDir, 'kommuner.csv'));
  const forbund = parse(join(referenceDir, 'forbund.csv'));
  return {
    municipalities: kommuner.map((r) => ({
      code: r.code!,
      name: r.name!,
      countyCode: r.county_code!,
      population: r.population ? Number(r.population) : undefined,
    })),
    forbund: forbund.map((r) => ({
      code: r.code!,
      name: r.name!,
      memberCodes: (r.member_codes ?? '').split(/\s+/).filter(Boolean),
    })),
  };
}

function parse(file: string): Record<string, string | undefined>[] {
  const result = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (result.errors.length > 0) throw new Error(`${file}: ${result.errors[0]!.message}`);
  return result.data;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const { municipalities, forbund } = readReference(join(root, 'data', 'reference'));
  const outDir = values.out ? resolve(values.out) : EXAMPLE_RESULTS_DIR;
  mkdirSync(outDir, { recursive: true });
  for (const year of generateExampleData(municipalities, forbund)) {
    writeFileSync(join(outDir, year.file), year.text, 'utf8');
    const units = year.rows.length;
    console.log(`${year.file}: ${units} enheter, ${Buffer.byteLength(year.text)} byte`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

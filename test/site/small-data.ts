/**
 * A small dataset for the tests that build the site more than once (escaping, determinism,
 * editorial additions): the example fixture's 2021–2024 files (2024 starts a new NKI series, so a
 * series break is in it) cut down to a few municipalities and the first förbund, with the lines
 * above the header (the example declaration) kept. Two builds of it take seconds, not minutes; the
 * full default site (the real results) is built once, for the site checks and browser tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The invented example results the small site is cut from (scripts/make-example-data.ts). */
export const EXAMPLE_RESULTS = 'test/fixtures/example-data/results';
/** The example editorial additions (Kalix 2021, Huddinge 2024), read with NKI_EDITORIAL_DIR. */
export const EXAMPLE_EDITORIAL = 'test/fixtures/example-data/editorial';

export const SMALL_YEARS = [2021, 2022, 2023, 2024] as const;
/** Kalix, Överkalix, Luleå, Huddinge, Åmål and Miljöförbundet Blekinge Väst. */
export const SMALL_UNITS = ['2514', '2513', '2580', '0126', '1492', 'F01'] as const;

/** Writes the small dataset's result files of `years` from `resultsDir` into `into`; returns `into`. */
export function writeSmallResults(
  resultsDir: string,
  into: string,
  years: readonly number[] = SMALL_YEARS,
): string {
  mkdirSync(into, { recursive: true });
  for (const year of years) {
    const lines = readFileSync(join(resultsDir, `${year}.csv`), 'utf8').split('\n');
    const header = lines.findIndex((line) => line.startsWith('kod,'));
    if (header < 0) throw new Error(`${resultsDir}/${year}.csv: ingen rubrikrad (kod,namn,…)`);
    const rows = lines.slice(header + 1);
    const kept = rows.filter((row) => SMALL_UNITS.some((code) => row.startsWith(`${code},`)));
    if (kept.length === 0) throw new Error(`${resultsDir}/${year}.csv: ingen av ${SMALL_UNITS}`);
    writeFileSync(
      join(into, `${year}.csv`),
      [...lines.slice(0, header + 1), ...kept, ''].join('\n'),
    );
  }
  return into;
}

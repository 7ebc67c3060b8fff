/**
 * A small dataset for the tests that build the site more than once (escaping, determinism): the
 * example's 2022–2024 files (2024 starts a new NKI series, so a series break is in it) cut down to
 * a few municipalities and the first förbund. Two builds of it take seconds, not minutes; the full
 * example is built once, for the site checks and browser tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SMALL_YEARS = [2022, 2023, 2024] as const;
/** Kalix, Överkalix, Luleå, Huddinge, Åmål and Miljöförbundet Blekinge Väst. */
export const SMALL_UNITS = ['2514', '2513', '2580', '0126', '1492', 'F01'] as const;

/** Writes the small dataset's result files from `resultsDir` into `into`; returns `into`. */
export function writeSmallResults(resultsDir: string, into: string): string {
  mkdirSync(into, { recursive: true });
  for (const year of SMALL_YEARS) {
    const [header, ...rows] = readFileSync(join(resultsDir, `${year}.csv`), 'utf8').split('\n');
    const kept = rows.filter((row) => SMALL_UNITS.some((code) => row.startsWith(`${code},`)));
    if (kept.length === 0) throw new Error(`${resultsDir}/${year}.csv: ingen av ${SMALL_UNITS}`);
    writeFileSync(join(into, `${year}.csv`), [header, ...kept, ''].join('\n'));
  }
  return into;
}

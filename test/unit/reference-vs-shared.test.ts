/**
 * Checks our municipality list against the checked list beside the project
 * (../shared/reference/kommuner.csv, SCB via sjbrg/swedish-geodata). That folder exists for
 * contributors and CI only; on a fresh clone without it, the comparison is skipped and says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../src/lib/reference';

const root = new URL('../../', import.meta.url);
const sharedFile = new URL('../shared/reference/kommuner.csv', root);
const exists = existsSync(sharedFile);
if (!exists) {
  console.warn(
    `reference-vs-shared: ${sharedFile.pathname} saknas; jämförelsen med den kontrollerade ` +
      'kommunlistan hoppas över.',
  );
}

interface SharedRow {
  code: string;
  name: string;
  county_code: string;
}

/** "code|name|county" lines, sorted, so a failure shows exactly which rows differ. */
function lines(rows: SharedRow[]): string[] {
  return rows.map((r) => `${r.code}|${r.name}|${r.county_code}`).sort();
}

describe('data/reference/kommuner.csv against ../shared/reference/kommuner.csv', () => {
  it.skipIf(!exists)('has the same codes, short names and county codes', () => {
    const read = (file: string) => readFileSync(new URL(`data/reference/${file}`, root), 'utf8');
    const ours = parseReference({
      kommuner: read('kommuner.csv'),
      lan: read('lan.csv'),
      forbund: read('forbund.csv'),
    }).municipalities.map((m) => ({ code: m.code, name: m.name, county_code: m.countyCode }));
    const shared = Papa.parse<SharedRow>(readFileSync(sharedFile, 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(shared).toHaveLength(290);
    expect(lines(ours)).toEqual(lines(shared));
  });
});

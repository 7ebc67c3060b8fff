/**
 * Checks our municipality list against SCB's (test/fixtures/scb/kommuner.csv, SCB via
 * sjbrg/swedish-geodata, vendored with its source), so a wrong code, name or county in
 * data/reference/kommuner.csv fails in CI.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../src/lib/reference';

const root = new URL('../../', import.meta.url);

interface ScbRow {
  code: string;
  name: string;
  county_code: string;
}

/** "code|name|county" lines, sorted, so a failure shows exactly which rows differ. */
function lines(rows: ScbRow[]): string[] {
  return rows.map((r) => `${r.code}|${r.name}|${r.county_code}`).sort();
}

describe('data/reference/kommuner.csv against SCB’s list', () => {
  it('has the same 290 codes, short names and county codes', () => {
    const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
    const ours = parseReference({
      kommuner: read('data/reference/kommuner.csv'),
      lan: read('data/reference/lan.csv'),
      forbund: read('data/reference/forbund.csv'),
    }).municipalities.map((m) => ({ code: m.code, name: m.name, county_code: m.countyCode }));
    const scb = Papa.parse<ScbRow>(read('test/fixtures/scb/kommuner.csv').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(scb).toHaveLength(290);
    expect(lines(ours)).toEqual(lines(scb));
  });
});

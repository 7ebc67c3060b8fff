/**
 * A partial file: 11 municipalities with SKR's official placements up to 169. The site must use
 * those placements as they are and never claim how many took part or were ranked.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load';
import { derive } from '../../src/lib/derive';
import { composeRelease } from '../../src/text/release';
import { composeYearRelease } from '../../src/text/year-release';
import { releaseToPlainText } from '../../src/text/plain';

const root = path.resolve(import.meta.dirname, '../..');
const { dataset, report } = loadDataset({
  resultsDir: path.join(root, 'test', 'fixtures', 'results', 'partial-official'),
  referenceDir: path.join(root, 'data', 'reference'),
});
const derived = derive(dataset!);
const codes = dataset!.years[0]!.rows.map((r) => r.unitCode);
const texts = codes.map((c) => releaseToPlainText(composeRelease(derived, c, 2021)));

describe('a partial file with official placements only', () => {
  it('reads all 11 rows without an error', () => {
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(codes).toHaveLength(11);
  });

  it('gives the first-placed municipality the country’s most satisfied customers', () => {
    expect(composeRelease(derived, '0488', 2021).headline).toBe(
      'Trosa kommun har landets mest nöjda kunder',
    );
  });

  it('keeps SKR’s places as they are, with no denominator', () => {
    expect(texts[codes.indexOf('0180')]).toContain('plats 169');
    for (const text of texts) expect(text).not.toMatch(/plats \d+ av \d+/);
  });

  it('never states a number of participants, on any release or the year page', () => {
    const year = releaseToPlainText(composeYearRelease(derived, 2021));
    for (const text of [...texts, year]) {
      expect(text).not.toMatch(/\b\d+ kommuner\b/);
      expect(text).not.toMatch(/deltar|deltog/);
    }
  });
});

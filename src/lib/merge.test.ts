import { describe, expect, it } from 'vitest';
import { projectPath } from '../../test/support/paths';
import { loadDataset } from './load';
import { formatProblem, formatReport } from './report';

const load = (folder: string) =>
  loadDataset({
    resultsDir: projectPath(`test/fixtures/workbooks/${folder}`),
    referenceDir: projectPath('data/reference'),
  });

describe('several files for one year', () => {
  it("merges Kolada's values with SKR's placements by unit, keeping the unrounded value", () => {
    const { dataset, report } = load('merged-year');
    expect(report.problems).toEqual([]);
    const [year] = dataset!.years;
    expect(year?.file).toBe('2023.csv + SKR rankning 2023.xlsx');
    expect(year?.source).toEqual({ name: 'Kolada', kpis: ['U07451'], fetched: '2026-12-01' });
    expect(year?.contents).toEqual({ placements: true, answers: false, responseRates: false });
    expect(
      year?.rows.map((r) => [r.unitCode, r.nki, r.officialPlace, r.officialCountyPlace]),
    ).toEqual([
      ['2514', { kind: 'measured', value: 86.3 }, 2, 1],
      ['2582', { kind: 'measured', value: 71.4 }, 112, 4],
    ]);
  });

  it('says which file gave which column', () => {
    const text = formatReport(load('merged-year').report);
    expect(text).toContain(
      [
        'År 2023 är sammanfogat ur flera filer, per enhet:',
        '  2023.csv: nki',
        '  SKR rankning 2023.xlsx, blad "Rankning": NKI (även i 2023.csv), Placering, Placering län',
      ].join('\n'),
    );
    expect(text).toContain('  2023: 2 enheter');
  });

  it('refuses a value given twice with different numbers, naming both files and cells', () => {
    const { dataset, report } = load('merge-conflict');
    expect(dataset).toBeUndefined();
    expect(report.problems.map(formatProblem)).toEqual([
      'SKR rankning 2023.xlsx, blad "Rankning", B2 fel: Värdet 84 här skiljer sig från 86,3 i 2023.csv:3:3 (NKI); samma värde får bara anges en gång.',
    ]);
  });
});

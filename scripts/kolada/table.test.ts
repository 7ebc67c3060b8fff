import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../src/lib/reference';
import { projectPath } from '../../test/support/paths';
import type { MappedKpi } from './measures';
import { formatValue, yearFile, type KoladaRow } from './table';

const read = (name: string) => readFileSync(projectPath(`data/reference/${name}`), 'utf8');
const { municipalities } = parseReference({
  kommuner: read('kommuner.csv'),
  lan: read('lan.csv'),
  forbund: read('forbund.csv'),
});
const nki: MappedKpi = {
  id: 'U07451',
  title: 'Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)',
  measure: 'nki',
  definition: 'old',
};
const bygglov: MappedKpi = {
  id: 'U07447',
  title: 'Företagsklimat Insikt - Bygglov - Index',
  measure: 'bygglov',
  definition: 'any',
};
const row = (municipality: string, value: unknown, period = 2021): KoladaRow => ({
  kpi: 'U07451',
  municipality,
  period,
  values: [{ gender: 'T', value: value as number }],
});
const file = (rows: { kpi: MappedKpi; rows: KoladaRow[] }[]) =>
  yearFile(2021, rows, municipalities, '2026-12-01');

describe('a year file from Kolada rows', () => {
  it('writes the unrounded values, the country as Riket and the measures that have numbers', () => {
    const made = file([
      { kpi: nki, rows: [row('2514', 86.36136644), row('0000', 73.91966809), row('0025', 75)] },
      { kpi: bygglov, rows: [row('2514', null)] },
    ]);
    expect(made?.text).toBe(
      [
        'Källa: Kolada (RKA) – licens CC BY 4.0 – ursprung SKR Insikt. KPI: U07451 U07447. Hämtad 2026-12-01.',
        'kod,namn,nki,bygglov',
        '2514,Kalix,86.36136644,..',
        '0000,Riket,73.91966809,',
        '',
      ].join('\n'),
    );
    expect(made).toMatchObject({ ignored: 1, nulls: 1, valued: ['nki'], national: true });
  });

  it('gives a KPI without rows for the year no column and leaves it off the title line', () => {
    const made = file([
      { kpi: nki, rows: [row('2514', 86.3)] },
      { kpi: bygglov, rows: [row('2514', 84.1, 2020), row('0025', 70)] },
    ]);
    expect(made?.text.split('\n').slice(0, 3)).toEqual([
      'Källa: Kolada (RKA) – licens CC BY 4.0 – ursprung SKR Insikt. KPI: U07451. Hämtad 2026-12-01.',
      'kod,namn,nki',
      '2514,Kalix,86.3',
    ]);
  });

  it('says which measures have numbers, so a year without NKI totalt can be told apart', () => {
    const made = file([
      { kpi: nki, rows: [row('2514', null)] },
      { kpi: bygglov, rows: [row('2514', 84.1)] },
    ]);
    expect(made?.valued).toEqual(['bygglov']);
  });

  it('refuses a value Kolada sends as text, naming the KPI, the municipality and the year', () => {
    expect(() => file([{ kpi: nki, rows: [row('2514', '86,2')] }])).toThrow(
      'Kolada gav texten "86,2" som värde för U07451 (nki), Kalix (2514), 2021; det är inte ett tal.',
    );
  });

  it('refuses a number that is not finite (1e999 in the JSON)', () => {
    const value = JSON.parse('1e999') as number;
    expect(() => file([{ kpi: nki, rows: [row('2582', value)] }])).toThrow(
      'Kolada gav Infinity som värde för U07451 (nki), Boden (2582), 2021',
    );
  });

  it('refuses the same municipality twice in one answer instead of keeping the last', () => {
    expect(() => file([{ kpi: nki, rows: [row('2514', 86.3), row('2514', 70)] }])).toThrow(
      'Kolada gav U07451 (nki), Kalix (2514), 2021 två gånger i samma svar',
    );
  });

  it('refuses a row that is not a data row', () => {
    const broken = { kpi: 'U07451', municipality: 2514, period: 2021 } as unknown as KoladaRow;
    expect(() => file([{ kpi: nki, rows: [broken] }])).toThrow(
      /en rad som inte är en datarad för U07451 2021/,
    );
  });

  it('writes numbers without an exponent', () => {
    expect(formatValue(86.36136644)).toBe('86.36136644');
    expect(formatValue(88)).toBe('88');
    expect(formatValue(1e-7)).toBe('0.0000001');
  });
});

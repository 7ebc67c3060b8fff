import { describe, expect, it } from 'vitest';
import type { YearResults } from '../lib/model';
import { citation, pageCitation } from './citation';

const kolada = { name: 'Kolada' as const, kpis: ['U07451'], fetched: '2024-08-30' };
const year = (y: number, extra: Partial<YearResults> = {}): YearResults => ({
  year: y,
  file: `${y}.csv`,
  rowsRead: 0,
  rows: [],
  ...extra,
});
const fromKolada = { years: [year(2021, { source: kolada })], isExample: false };
const own = { years: [year(2010), year(2021), year(2024)], isExample: false };

const kalix = {
  title: 'Kalix kommun har landets näst mest nöjda kunder',
  year: 2021,
  url: 'https://nki-rapporten.example/kommun/kalix/2021/',
  dataDate: '2022-04-01',
  dataset: fromKolada,
};

describe('citation', () => {
  it('names the source with Kolada and its licence, the page, its address and the date of the data', () => {
    expect(citation(kalix)).toBe(
      'Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0). ”Kalix kommun har landets näst mest nöjda kunder”, ' +
        'NKI-rapporten, https://nki-rapporten.example/kommun/kalix/2021/ (dataår 2021, publicerat april 2022).',
    );
  });

  it('does not claim Kolada for a year whose file is not from there', () => {
    const text = citation({ ...kalix, dataset: own });
    expect(text.startsWith('Källa: SKR, Insikt 2021. ”Kalix kommun')).toBe(true);
    expect(text).not.toContain('Kolada');
  });

  it('takes the calendar date of a timestamp without shifting it by time zone', () => {
    expect(citation({ ...kalix, dataDate: '2022-04-01T00:00:00Z' })).toContain(
      '(dataår 2021, publicerat april 2022)',
    );
  });

  it('drops a full stop ending the title so the quotation ends cleanly', () => {
    expect(citation({ ...kalix, title: 'Huddinge klättrar.' })).toContain('”Huddinge klättrar”,');
  });

  it('says so when the data is the example', () => {
    expect(citation({ ...kalix, dataset: { years: [year(2021)], isExample: true } })).toContain(
      'Källa: SKR, Insikt 2021. Exempeldata, inte verkliga resultat. ”Kalix kommun',
    );
  });

  it('refuses a date that is not ISO', () => {
    expect(() => citation({ ...kalix, dataDate: '1 april 2022' })).toThrow(
      'Ogiltigt datum för data: "1 april 2022"',
    );
  });
});

describe('pageCitation', () => {
  it('names the span of data years, Kolada where they came from there, and the page', () => {
    const years = [2012, 2014, 2022].map((y) => year(y, { source: kolada }));
    expect(
      pageCitation({
        title: 'Kalix kommun',
        url: 'https://nki-rapporten.example/kommun/kalix/',
        years: [2012, 2014, 2022],
        dataset: { years, isExample: false },
      }),
    ).toBe(
      'Källa: SKR, Insikt 2012–2022, via Kolada (CC BY 4.0). ”Kalix kommun”, NKI-rapporten, https://nki-rapporten.example/kommun/kalix/.',
    );
    expect(
      pageCitation({
        title: 'Kalix kommun',
        url: 'https://x.example/',
        years: [2010, 2024],
        dataset: own,
      }),
    ).toBe('Källa: SKR, Insikt 2010–2024. ”Kalix kommun”, NKI-rapporten, https://x.example/.');
  });

  it('says so while the data is the example', () => {
    const dataset = { years: [year(2021)], isExample: true };
    expect(
      pageCitation({ title: 'Om', url: 'https://x.example/om/', years: [2021], dataset }),
    ).toBe(
      'Källa: SKR, Insikt 2021. Exempeldata, inte verkliga resultat. ”Om”, NKI-rapporten, https://x.example/om/.',
    );
  });
});

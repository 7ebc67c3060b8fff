import { describe, expect, it } from 'vitest';
import { citation, pageCitation } from './citation';

const kalix = {
  title: 'Kalix kommun har landets näst mest nöjda kunder',
  year: 2021,
  url: 'https://nki-rapporten.example/kommun/kalix/2021/',
  dataDate: '2022-04-01',
};

describe('citation', () => {
  it('names the source, the page, its address and the date of the data in Swedish', () => {
    expect(citation(kalix)).toBe(
      'Källa: SKR, Insikt 2021. ”Kalix kommun har landets näst mest nöjda kunder”, NKI-rapporten, ' +
        'https://nki-rapporten.example/kommun/kalix/2021/ (dataår 2021, publicerat april 2022).',
    );
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
    expect(
      citation({ ...kalix, isExample: true }).endsWith(' Obs! Exempeldata, inte SKR:s resultat.'),
    ).toBe(true);
  });

  it('refuses a date that is not ISO', () => {
    expect(() => citation({ ...kalix, dataDate: '1 april 2022' })).toThrow(
      'Ogiltigt datum för data: "1 april 2022"',
    );
  });
});

describe('pageCitation', () => {
  it('names the span of data years and the page', () => {
    expect(
      pageCitation({
        title: 'Kalix kommun',
        url: 'https://nki-rapporten.example/kommun/kalix/',
        years: [2010, 2021, 2024],
      }),
    ).toBe(
      'Källa: SKR, Insikt 2010–2024. ”Kalix kommun”, NKI-rapporten, https://nki-rapporten.example/kommun/kalix/.',
    );
  });

  it('says so while the data is the example', () => {
    expect(
      pageCitation({ title: 'Om', url: 'https://x.example/om/', years: [2021], isExample: true }),
    ).toBe(
      'Källa: SKR, Insikt 2021. ”Om”, NKI-rapporten, https://x.example/om/. Obs! Exempeldata, inte SKR:s resultat.',
    );
  });
});

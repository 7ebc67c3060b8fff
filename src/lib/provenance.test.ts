import { describe, expect, it } from 'vitest';
import type { YearResults } from './model';
import {
  creditLine,
  declaredSource,
  declaresExample,
  EXAMPLE_DATA_LINE,
  figuresCredit,
  koladaSourceLine,
  releaseSource,
  sourceLine,
  sourceSentences,
} from './provenance';

const year = (y: number, extra: Partial<YearResults> = {}): YearResults => ({
  year: y,
  file: `${y}.csv`,
  rowsRead: 0,
  rows: [],
  ...extra,
});
const kolada = { name: 'Kolada' as const, kpis: ['U07451', 'U07455'], fetched: '2026-12-01' };

describe('where the figures come from', () => {
  it('reads back the source line the Kolada import writes', () => {
    expect(declaredSource([koladaSourceLine(['U07451', 'U07455'], '2026-12-01')])).toEqual(kolada);
    expect(declaredSource(['Öppna jämförelser Företagsklimat 2024'])).toBeUndefined();
  });

  it('recognises the line the example data declares itself with, and nothing else', () => {
    expect(declaresExample([EXAMPLE_DATA_LINE])).toBe(true);
    expect(declaresExample([`"${EXAMPLE_DATA_LINE}"`])).toBe(true);
    expect(declaresExample([koladaSourceLine(['U07451'], '2024-08-30')])).toBe(false);
    expect(declaresExample(['Insikt 2021 – exempeldata saknas', 'NKI per kommun'])).toBe(false);
    expect(declaresExample([])).toBe(false);
  });

  it('credits Kolada with its licence, and SKR as the origin, only for years from Kolada', () => {
    expect(creditLine([year(2022), year(2023)])).toBe('Källa: SKR, Insikt.');
    expect(creditLine([year(2023, { source: kolada })])).toBe(
      'Källa: SKR, Insikt, via Kolada (RKA), licens CC BY 4.0.',
    );
    expect(
      creditLine([year(2021), year(2022, { source: kolada }), year(2023, { source: kolada })]),
    ).toBe('Källa: SKR, Insikt, via Kolada (RKA), licens CC BY 4.0 (2022 och 2023).');
  });

  it('ends a release with its year, Kolada when the year came from there, and the example note', () => {
    const years = [year(2021), year(2023, { source: kolada })];
    expect(releaseSource({ years, isExample: false }, 2021)).toBe('Källa: SKR, Insikt 2021.');
    expect(releaseSource({ years, isExample: false }, 2023)).toBe(
      'Källa: SKR, Insikt 2023, via Kolada (RKA), licens CC BY 4.0.',
    );
    expect(releaseSource({ years: [year(2021)], isExample: true }, 2021)).toBe(
      'Källa: SKR, Insikt 2021 (här med påhittade exempeldata).',
    );
  });

  it('gives figures of a Kolada year the short line that names SKR, Kolada and the licence', () => {
    const dataset = { years: [year(2021, { source: kolada })], isExample: false };
    expect(sourceLine(dataset, 2021)).toBe('Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0).');
    expect(figuresCredit(dataset, 2021)).toBe('SKR, Insikt 2021, via Kolada (CC BY 4.0)');
  });

  it('keeps the plain SKR line for a year whose file is not from Kolada, with the example note', () => {
    const years = [year(2020), year(2021, { source: kolada })];
    expect(sourceLine({ years, isExample: false }, 2020)).toBe('Källa: SKR, Insikt 2020.');
    expect(sourceLine({ years: [year(2021)], isExample: true }, 2021)).toBe(
      'Källa: SKR, Insikt 2021. Exempeldata, inte verkliga resultat.',
    );
    expect(figuresCredit({ years }, 2020)).not.toContain('Kolada');
  });

  it("spans the years a chart draws on, naming Kolada's years when only some came from there", () => {
    const all = [2012, 2014, 2015, 2016].map((y) => year(y, { source: kolada }));
    expect(sourceLine({ years: all, isExample: false }, [2016, 2012, 2014])).toBe(
      'Källa: SKR, Insikt 2012–2016, via Kolada (CC BY 4.0).',
    );
    const mixed = [year(2010), ...all, year(2017)];
    expect(figuresCredit({ years: mixed }, [2010, 2012, 2014, 2015, 2016, 2017])).toBe(
      'SKR, Insikt 2010–2017, via Kolada (CC BY 4.0) för 2012 och 2014–2016',
    );
    expect(figuresCredit({ years: mixed }, [])).toBe('SKR, Insikt');
  });

  it('says that eligibility cannot be judged when the data has no answers or response rates', () => {
    const contents = { placements: false, answers: false, responseRates: false };
    expect(sourceSentences(year(2023, { source: kolada, contents }))).toEqual([
      'Siffrorna är hämtade från Kolada (RKA, licens CC BY 4.0) den 2026-12-01; ursprunget är SKR:s undersökning Insikt.',
      'Underlaget har inga antal svar eller svarsfrekvenser, så det går inte att avgöra vilka kommuner som uppfyller SKR:s krav för att rankas.',
    ]);
    const skr = { placements: true, answers: true, responseRates: true };
    expect(sourceSentences(year(2023, { contents: skr }))).toEqual([]);
  });
});

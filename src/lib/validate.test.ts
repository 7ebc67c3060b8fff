import { describe, expect, it } from 'vitest';
import { rawTable, realReference } from '../../test/support/paths';
import type { Problem } from './model';
import { validateTable } from './validate';

const reference = realReference();
const validate = (file: string, header: string[], rows: string[][]) =>
  validateTable(rawTable(file, header, rows), reference);
/** Problems as `line:column severity: message`, the way a person reads them. */
const lines = (problems: Problem[]) =>
  problems.map((p) => `${p.line}:${p.column} ${p.severity}: ${p.message}`);

describe('validateTable', () => {
  it('reads a clean row into a ResultRow with unrounded values and places', () => {
    const { year, results, problems } = validate(
      '2021.csv',
      ['Kommun', 'NKI', 'Placering', 'Bygglov', 'Placering bygglov', 'Antal svar bygglov', 'NUI'],
      [['Kalix kommun', '86,3', '2', '84,1', '3', '52', '–']],
    );
    expect(problems).toEqual([]);
    expect(year).toBe(2021);
    expect(results?.rows).toEqual([
      {
        source: { file: '2021.csv', line: 2 },
        year: 2021,
        unitCode: '2514',
        nki: { kind: 'measured', value: 86.3 },
        officialPlace: 2,
        officialCountyPlace: undefined,
        areas: {
          bygglov: {
            score: { kind: 'measured', value: 84.1 },
            officialPlace: 3,
            answers: 52,
            responseRate: undefined,
          },
        },
        nui: { kind: 'missing', reason: 'suppressed' },
        officialNuiPlace: undefined,
        nuiAnswers: undefined,
        factors: {},
        answers: undefined,
        responseRate: undefined,
      },
    ]);
  });

  it('reports an unknown name with the closest known names as suggestions', () => {
    const { results, problems } = validate('2021.csv', ['Kommun', 'NKI'], [['Kalixx', '86']]);
    expect(problems).toEqual([
      {
        file: '2021.csv',
        line: 2,
        column: 1,
        severity: 'error',
        raw: 'Kalixx',
        message: 'Okänd kommun "Kalixx".',
        suggestions: ['Kalix'],
      },
    ]);
    expect(results?.rowsRead).toBe(1);
    expect(results?.rows).toEqual([]);
  });

  it('reports values outside 0–100, words where numbers belong, and bad placements', () => {
    const { problems } = validate(
      '2021.csv',
      ['Kommun', 'NKI', 'Placering', 'Svarsfrekvens', 'Antal svar'],
      [
        ['Boden', '140', '3', '41', '200'],
        ['Luleå', 'hög', '2,5', '120 %', '12,5'],
        ['Piteå', '70', '0', '40', '-1'],
      ],
    );
    expect(lines(problems)).toEqual([
      '2:2 error: Värdet 140 ligger utanför 0–100.',
      '3:2 error: "hög" är inte ett tal (ett index 0–100).',
      '3:3 error: Placeringen 2,5 är inte ett positivt heltal.',
      '3:4 error: Svarsfrekvensen 120 ligger utanför 0–100 %.',
      '3:5 error: Antalet svar 12,5 är inte ett heltal 0 eller större.',
      '4:3 error: Placeringen 0 är inte ett positivt heltal.',
      '4:5 error: Antalet svar −1 är inte ett heltal 0 eller större.',
    ]);
  });

  it('reports the same unit twice in a year, by any of its names', () => {
    const { results, problems } = validate(
      '2021.csv',
      ['Kommun', 'NKI'],
      [
        ['Stockholm', '70'],
        ['Stockholms stad', '70'],
      ],
    );
    expect(lines(problems)).toEqual([
      '3:1 error: Stockholm finns redan på rad 2; samma enhet två gånger samma år.',
    ]);
    expect(results?.rows.map((r) => r.unitCode)).toEqual(['0180']);
  });

  it('reports a placement that repeats, and warns when places contradict the values', () => {
    const { problems } = validate(
      '2021.csv',
      ['Kommun', 'NKI', 'Placering'],
      [
        ['Kalix', '86', '2'],
        ['Boden', '71', '2'],
        ['Luleå', '75', '9'],
        ['Piteå', '77', '10'],
      ],
    );
    expect(lines(problems)).toEqual([
      '3:3 error: Placering 2 i NKI totalt finns redan på rad 2 (Kalix).',
      '5:3 warning: Placering 10 i NKI totalt (Piteå, 77) har högre värde än placering 9 (Luleå, 75).',
    ]);
  });

  it('checks county placements within each county only', () => {
    const { problems } = validate(
      '2021.csv',
      ['Kommun', 'NKI', 'Placering län'],
      [
        ['Kalix', '86', '1'],
        ['Trosa', '78', '1'],
        ['Boden', '71', '1'],
      ],
    );
    expect(lines(problems)).toEqual([
      '4:3 error: Placering 1 i länet finns redan på rad 2 (Kalix).',
    ]);
  });

  it('takes the "Riket" row as the stated national average, not as a unit', () => {
    const { results, problems } = validate(
      '2021.csv',
      ['Kommun', 'NKI', 'NUI'],
      [
        ['Kalix', '86', ''],
        ['Riket', '74,2', '63,1'],
      ],
    );
    expect(problems).toEqual([]);
    expect(results?.statedAverage).toEqual({ nki: 74.2, nui: 63.1 });
    expect(results?.rowsRead).toBe(2);
    expect(results?.rows).toHaveLength(1);
  });

  it('turns a result on fewer than 7 answers into too-few-answers, with a warning', () => {
    const { results, problems } = validate(
      '2021.csv',
      ['Kommun', 'Bygglov', 'Antal svar bygglov', 'Livsmedel', 'Antal svar livsmedel'],
      [['Kalix', '90', '5', '–', '3']],
    );
    expect(results?.rows[0]?.areas.bygglov?.score).toEqual({
      kind: 'missing',
      reason: 'too-few-answers',
    });
    expect(results?.rows[0]?.areas.livsmedelskontroll?.score).toEqual({
      kind: 'missing',
      reason: 'too-few-answers',
    });
    expect(lines(problems)).toEqual([
      '2:2 warning: Resultatet bygger på 5 svar; färre än 7 svar visas inte, så värdet används inte.',
    ]);
  });

  it('reads the unit by code, and only warns about a misspelled name beside a known code', () => {
    const { results, problems } = validate(
      '2021.csv',
      ['Kommunkod', 'Kommun', 'NKI'],
      [['2514', 'Kalixx', '86']],
    );
    expect(results?.rows.map((r) => r.unitCode)).toEqual(['2514']);
    expect(lines(problems)).toEqual(['2:2 warning: Okänd kommun "Kalixx".']);
  });

  it('refuses a code and a name that point at different units', () => {
    const { problems } = validate(
      '2021.csv',
      ['Kommunkod', 'Kommun', 'NKI'],
      [['2514', 'Boden', '86']],
    );
    expect(lines(problems)).toEqual([
      '2:1 error: Koden 2514 är Kalix, men namnet är "Boden" (Boden).',
    ]);
  });

  it('takes the year from a year column when the file name has none', () => {
    const { year } = validate('insikt.csv', ['År', 'Kommun', 'NKI'], [['2018', 'Trosa', '78,4']]);
    expect(year).toBe(2018);
  });

  it('refuses a file whose year cannot be determined, or whose name and column disagree', () => {
    expect(lines(validate('insikt.csv', ['Kommun', 'NKI'], [['Trosa', '78']]).problems)).toEqual([
      '0:0 error: Kan inte avgöra vilket år filen gäller: döp filen efter dataåret (2021.csv) eller lägg till en kolumn "År".',
    ]);
    const conflicting = validate('2019.csv', ['År', 'Kommun', 'NKI'], [['2018', 'Trosa', '78']]);
    expect(conflicting.results).toBeUndefined();
    expect(lines(conflicting.problems)).toEqual([
      '0:0 error: Filnamnet anger 2019 men kolumnen År anger 2018.',
    ]);
  });

  it('refuses a file with a header but no data rows', () => {
    expect(lines(validate('2021.csv', ['Kommun', 'NKI'], []).problems)).toEqual([
      '1:0 error: Filen innehåller ingen data under rubrikraden.',
    ]);
  });

  it('warns once about a column with values but no header', () => {
    const { results, problems } = validate(
      '2021.csv',
      ['Kommun', 'NKI', ''],
      [
        ['Kalix', '86', ''],
        ['Boden', '71', 'se not', 'extra'],
      ],
    );
    expect(results?.rows).toHaveLength(2);
    expect(lines(problems)).toEqual([
      '3:3 warning: Kolumn 3 har värden men ingen rubrik; den läses inte.',
      '3:4 warning: Kolumn 4 har värden men ingen rubrik; den läses inte.',
    ]);
  });
});

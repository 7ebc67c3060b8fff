import { describe, expect, it } from 'vitest';
import { area, missing, reference, row, rows, yearResults } from '../../test/support/synth';
import type { Unit } from './model';
import { isComplete, summarize } from './summary';

const ref = reference();
const units = new Map<string, Unit>(
  [...ref.municipalities, ...ref.jointAuthorities].map((u) => [u.code, u]),
);

describe('isComplete', () => {
  it('takes a handful of rows without SKR’s places as an extract, not as every participant', () => {
    expect(isComplete(yearResults(2021, rows(2021, { '2514': 86, '2580': 74 })), units)).toBe(
      false,
    );
  });

  it('takes a small file whose SKR places run 1..N as complete', () => {
    const year = yearResults(2021, [
      row('2514', 2021, { nki: 86, officialPlace: 1 }),
      row('2580', 2021, { nki: 74, officialPlace: 2 }),
    ]);
    expect(isComplete(year, units)).toBe(true);
  });

  it('calls a file partial when a national place exceeds the municipalities in it', () => {
    const year = yearResults(2021, [
      row('2514', 2021, { nki: 86, officialPlace: 2 }),
      row('0126', 2021, { nki: 77, officialPlace: 169 }),
    ]);
    expect(isComplete(year, units)).toBe(false);
  });

  it('does not let förbund rows hold national places', () => {
    const year = yearResults(2021, [
      row('2514', 2021, { officialPlace: 1 }),
      row('F01', 2021),
      row('2580', 2021, { officialPlace: 3 }),
    ]);
    expect(isComplete(year, units)).toBe(false);
  });

  it('calls a file partial when a county place exceeds the county rows', () => {
    const year = yearResults(2021, [
      row('2514', 2021, { officialCountyPlace: 1 }),
      row('2580', 2021, { officialCountyPlace: 3 }),
      row('0126', 2021, { officialCountyPlace: 2 }),
    ]);
    expect(isComplete(year, units)).toBe(false);
  });

  it('calls a file partial when an area or NUI place exceeds the rows with that result', () => {
    const byArea = yearResults(2021, [
      row('2514', 2021, { areas: { bygglov: area(81, { officialPlace: 3 }) } }),
      row('2580', 2021, { areas: { bygglov: area(70, { officialPlace: 1 }) } }),
      row('0126', 2021),
    ]);
    expect(isComplete(byArea, units)).toBe(false);
    const byNui = yearResults(2024, [row('0126', 2024, { nui: 67, officialNuiPlace: 33 })]);
    expect(isComplete(byNui, units)).toBe(false);
  });
});

describe('summarize', () => {
  it('counts municipalities and förbund separately', () => {
    const year = yearResults(2021, rows(2021, { '2514': 86, '2580': 74, F01: 71, F02: 69 }));
    const s = summarize(year, units, true, 2);
    expect(s).toMatchObject({
      year: 2021,
      series: 'six-areas',
      municipalitiesInFile: 2,
      forbundInFile: 2,
      complete: true,
      rankedCount: 2,
    });
  });

  it("uses the file's stated average as official", () => {
    const year = yearResults(2021, rows(2021, { '2514': 86 }), {
      statedAverage: { nki: 73.8, nui: 63.1 },
    });
    const s = summarize(year, units, true, undefined);
    expect(s.nkiAverage).toEqual({ value: 73.8, basis: 'official' });
    expect(s.nuiAverage).toEqual({ value: 63.1, basis: 'official' });
  });

  it('computes the mean of municipalities only, leaving out förbund and hidden results', () => {
    const year = yearResults(2021, [
      row('2514', 2021, { nki: 86 }),
      row('2580', 2021, { nki: 74 }),
      row('0126', 2021, { nki: 95, answers: 6 }),
      row('0180', 2021, { nki: missing('suppressed') }),
      row('F01', 2021, { nki: 50 }),
    ]);
    const s = summarize(year, units, true, undefined);
    expect(s.nkiAverage).toEqual({ value: 80, basis: 'computed' });
    expect(s.nuiAverage).toBeUndefined();
  });

  it('computes no average for a partial file', () => {
    const year = yearResults(2021, rows(2021, { '2514': 86, '2580': 74 }));
    const s = summarize(year, units, false, undefined);
    expect(s.nkiAverage).toBeUndefined();
    expect(s.complete).toBe(false);
    expect(s.rankedCount).toBeUndefined();
  });

  it('puts 2024 in the four-area series', () => {
    expect(summarize(yearResults(2024, []), units, true, undefined).series).toBe('four-areas');
  });
});

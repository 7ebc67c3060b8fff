import { describe, expect, it } from 'vitest';
import {
  dataset,
  fillerReference,
  fillerRows,
  municipality,
  reference,
  row,
  rows,
  unitYear,
  yearResults,
} from '../../test/support/synth';
import { derive } from './derive';

describe('derive: ranks and place changes', () => {
  it('tells Kalix climbing from 114th to 2nd among 198', () => {
    const y2020 = [
      row('2514', 2020, { nki: 74, officialPlace: 114 }),
      ...fillerRows(2020, 197, (i) => ({ officialPlace: i < 113 ? i + 1 : i + 2 })),
    ];
    const y2021 = [
      row('2514', 2021, { nki: 86.2, officialPlace: 2, officialCountyPlace: 1 }),
      ...fillerRows(2021, 197, (i) => ({ officialPlace: i === 0 ? 1 : i + 2 })),
    ];
    const d = derive(
      dataset([yearResults(2020, y2020), yearResults(2021, y2021)], fillerReference(197)),
    );
    const kalix = unitYear(d, '2514', 2021);
    expect(kalix.national).toEqual({
      kind: 'ranked',
      rank: { place: 2, basis: 'official', tied: false, outOf: 198 },
    });
    expect(kalix.placeChange).toMatchObject({ fromYear: 2020, toYear: 2021, climbed: 112 });
    expect(kalix.grade).toBe('mycket-hogt');
    expect(d.years[1]).toMatchObject({
      municipalitiesInFile: 198,
      complete: true,
      rankedCount: 198,
    });
  });

  it('compares places with the last ranked year, skipping a year without a rank', () => {
    const d = derive(
      dataset([
        yearResults(2021, rows(2021, { '2514': 80, '2580': 75 })),
        yearResults(2022, [row('2514', 2022, { nki: 81, answers: 12 }), row('2580', 2022)]),
        yearResults(2023, rows(2023, { '2514': 70, '2580': 75 })),
      ]),
    );
    expect(unitYear(d, '2514', 2022).national).toEqual({
      kind: 'not-ranked',
      reason: 'too-few-answers',
    });
    expect(unitYear(d, '2514', 2022).placeChange).toBeUndefined();
    expect(unitYear(d, '2514', 2023).placeChange).toMatchObject({
      fromYear: 2021,
      toYear: 2023,
      climbed: -1,
    });
  });

  it('tells Huddinge eighth in the county both years and NUI from 62 to 33', () => {
    const d = derive(
      dataset([
        yearResults(2023, [
          row('0126', 2023, {
            nki: 75,
            officialPlace: 60,
            officialCountyPlace: 8,
            nui: 64,
            officialNuiPlace: 62,
          }),
        ]),
        yearResults(2024, [
          row('0126', 2024, {
            nki: 78,
            officialPlace: 56,
            officialCountyPlace: 8,
            nui: 67,
            officialNuiPlace: 33,
          }),
        ]),
      ]),
    );
    const h = unitYear(d, '0126', 2024);
    expect(h.placeChange).toMatchObject({
      fromYear: 2023,
      climbed: 4,
      to: { place: 56, basis: 'official' },
    });
    expect(h.placeChange?.to.outOf).toBeUndefined();
    expect(h.countyPlaceChange).toMatchObject({ climbed: 0, to: { place: 8, basis: 'official' } });
    expect(h.nuiPlaceChange).toMatchObject({ climbed: 29 });
    expect(h.nuiChange).toMatchObject({ delta: 3, acrossBreak: false, notable: true });
    expect(h.nuiGrade).toBe('godkant');
    expect(h.larger).toBeUndefined();
    expect(d.years[1]).toMatchObject({ complete: false });
    expect(d.years[1]!.rankedCount).toBeUndefined();
  });

  it('gives a förbund results and grades but no municipal ranks', () => {
    const d = derive(
      dataset([
        yearResults(2021, [
          row('F01', 2021, { nki: 72, areas: { bygglov: 75 } }),
          row('2514', 2021),
        ]),
      ]),
    );
    const f = unitYear(d, 'F01', 2021);
    const notMunicipality = { kind: 'not-ranked', reason: 'not-a-municipality' };
    expect(f.national).toEqual(notMunicipality);
    expect(f.county).toEqual(notMunicipality);
    expect(f.larger).toEqual(notMunicipality);
    expect(f.nuiRank).toEqual(notMunicipality);
    expect(f.areas[0]).toMatchObject({ area: 'bygglov', grade: 'hogt', rank: notMunicipality });
    expect(f.grade).toBe('hogt');
    expect(d.years[0]).toMatchObject({ municipalitiesInFile: 1, forbundInFile: 1 });
  });

  it('gives no larger ranking to a municipality of 40 000 or fewer', () => {
    const ref = reference([municipality('2514'), municipality('2580', { population: 40_000 })]);
    const d = derive(dataset([yearResults(2021, rows(2021, { '2514': 80, '2580': 75 }))], ref));
    expect(unitYear(d, '2580', 2021).larger).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  area,
  dataset,
  fillerReference,
  fillerRows,
  missing,
  row,
  rows,
  unitYear,
  yearResults,
} from '../../test/support/synth';
import { derive } from './derive';

describe('derive: changes and history', () => {
  const derived = derive(
    dataset([
      yearResults(2021, rows(2021, { '2514': 74.4, '2580': 70 })),
      yearResults(2022, rows(2022, { '2580': 71 })),
      yearResults(2023, rows(2023, { '2514': 75.6, '2580': 73.2 })),
      yearResults(2024, rows(2024, { '2514': 78.4, '2580': 74 })),
    ]),
  );

  it('marks the first year a unit appears', () => {
    const first = unitYear(derived, '2514', 2021);
    expect(first.firstYear).toBe(true);
    expect(first.previousYear).toBeUndefined();
    expect(first.afterGap).toBe(false);
    expect(first.nkiChange).toBeUndefined();
  });

  it('compares with the previous year the unit took part, and says it came back after a gap', () => {
    const back = unitYear(derived, '2514', 2023);
    expect(back.previousYear).toBe(2021);
    expect(back.afterGap).toBe(true);
    expect(back.firstYear).toBe(false);
    expect(back.nkiChange).toEqual({
      fromYear: 2021,
      toYear: 2023,
      from: 74.4,
      to: 75.6,
      delta: 2,
      acrossBreak: false,
      notable: true,
    });
  });

  it('does not flag a gap between consecutive data years', () => {
    expect(unitYear(derived, '2580', 2022).afterGap).toBe(false);
    expect(unitYear(derived, '2580', 2022).previousYear).toBe(2021);
  });

  it('flags 2023→2024 NKI as across a break and does not call it notable', () => {
    expect(unitYear(derived, '2514', 2024).nkiChange).toMatchObject({
      fromYear: 2023,
      delta: 2,
      acrossBreak: true,
      notable: false,
    });
  });

  it('gives no long NKI change across the 2024 break', () => {
    expect(unitYear(derived, '2580', 2024).nkiLongChange).toBeUndefined();
  });

  it('gives a long NKI change two data years back within a series', () => {
    expect(unitYear(derived, '2580', 2023).nkiLongChange).toEqual({
      fromYear: 2021,
      toYear: 2023,
      from: 70,
      to: 73.2,
      delta: 3,
      acrossBreak: false,
      notable: true,
    });
  });

  it('keeps records in reference order, only for units with rows, and indexes every unit-year', () => {
    expect(derived.records.map((r) => r.unit.code)).toEqual(['2514', '2580']);
    expect(derived.records[0]!.years.map((y) => y.year)).toEqual([2021, 2023, 2024]);
    expect(derived.byUnitYear.size).toBe(7);
  });
});

describe('derive: areas', () => {
  const bygglov = (v: number) => ({ areas: { bygglov: v } });
  const derived = derive(
    dataset([
      yearResults(2022, rows(2022, { '0126': { nki: 76, ...bygglov(52) } })),
      yearResults(2023, rows(2023, { '0126': { nki: 77, ...bygglov(60.4) } })),
      yearResults(2024, rows(2024, { '0126': { nki: 78, ...bygglov(72.3) } })),
    ]),
  );

  it('tells bygglov 52 → 72 in two years as a long change', () => {
    const by = unitYear(derived, '0126', 2024).areas.find((a) => a.area === 'bygglov')!;
    expect(by.longChange).toEqual({
      fromYear: 2022,
      toYear: 2024,
      from: 52,
      to: 72.3,
      delta: 20,
      acrossBreak: false,
      notable: true,
    });
    expect(by.change).toMatchObject({ fromYear: 2023, delta: 12, acrossBreak: false });
    expect(by.grade).toBe('hogt');
  });

  it('gives no long change when the two-year difference is not notable', () => {
    const d = derive(
      dataset([
        yearResults(2022, rows(2022, { '0126': bygglov(71.2) })),
        yearResults(2023, rows(2023, { '0126': bygglov(68) })),
        yearResults(2024, rows(2024, { '0126': bygglov(71.6) })),
      ]),
    );
    const by = unitYear(d, '0126', 2024).areas[0]!;
    expect(by.longChange).toBeUndefined();
    expect(by.change?.notable).toBe(true);
  });

  it('flags miljö- och hälsoskydd 2014 → 2016 as across a break, but not bygglov', () => {
    const areas = (v: number) => ({ areas: { bygglov: v, 'miljo-och-halsoskydd': v } });
    const d = derive(
      dataset([
        yearResults(2014, rows(2014, { '2514': areas(66) })),
        yearResults(2015, rows(2015, { '2580': areas(70) })),
        yearResults(2016, rows(2016, { '2514': areas(71) })),
      ]),
    );
    const [by, miljo] = unitYear(d, '2514', 2016).areas;
    expect(by).toMatchObject({ area: 'bygglov', change: { acrossBreak: false, notable: true } });
    expect(by!.longChange).toBeUndefined();
    expect(miljo).toMatchObject({
      area: 'miljo-och-halsoskydd',
      change: { fromYear: 2014, delta: 5, acrossBreak: true, notable: false },
    });
  });

  it('hides an area result with fewer than 7 answers, with no grade and no change', () => {
    const d = derive(
      dataset([
        yearResults(2021, rows(2021, { '2514': bygglov(70) })),
        yearResults(2022, [
          row('2514', 2022, { areas: { bygglov: area(95, { answers: 6 }), brandskydd: 80 } }),
        ]),
      ]),
    );
    const [brand, by] = unitYear(d, '2514', 2022).areas;
    expect(by).toEqual({
      area: 'bygglov',
      score: { kind: 'missing', reason: 'too-few-answers' },
      grade: undefined,
      rank: { kind: 'not-ranked', reason: 'too-few-answers' },
      change: undefined,
      longChange: undefined,
      answers: 6,
    });
    expect(brand!.area).toBe('brandskydd');
    expect(brand!.grade).toBe('mycket-hogt');
  });
});

describe('derive: whole dataset', () => {
  it('keeps factors in the fixed order', () => {
    const d = derive(
      dataset([
        yearResults(2021, [row('2514', 2021, { factors: { effektivitet: 71, bemotande: 83 } })]),
      ]),
    );
    expect(unitYear(d, '2514', 2021).factors).toEqual([
      { factor: 'bemotande', score: { kind: 'measured', value: 83 } },
      { factor: 'effektivitet', score: { kind: 'measured', value: 71 } },
    ]);
  });

  it('refuses a row for a unit the reference does not know', () => {
    expect(() => derive(dataset([yearResults(2021, rows(2021, { '9999': 70 }))]))).toThrow(
      'Okänd enhet 9999 i 2021.csv rad 2',
    );
  });

  it('derives 20 years × 310 units with every unit-year indexed and ranked out of 310', () => {
    const years = Array.from({ length: 20 }, (_, y) => {
      const year = 2005 + y;
      return yearResults(
        year,
        fillerRows(year, 310, (i) => ({
          nki: 60 + ((i * 37 + y * 11) % 300) / 10 + i / 1000,
          answers: 30 + (i % 50),
          areas: { bygglov: 60 + (i % 30), 'miljo-och-halsoskydd': 65 + (i % 20) },
          nui: 60 + (i % 10),
          nuiAnswers: 12,
        })),
      );
    });
    const d = derive(dataset(years, fillerReference(310)));
    expect(d.byUnitYear.size).toBe(6200);
    expect(d.records).toHaveLength(310);
    expect(d.records.every((r) => r.years.length === 20)).toBe(true);
    expect(d.years.map((y) => y.rankedCount)).toEqual(Array.from({ length: 20 }, () => 310));
    const last = unitYear(d, '9001', 2024);
    expect(last.national).toMatchObject({
      kind: 'ranked',
      rank: { basis: 'computed', outOf: 310 },
    });
    expect(last.previousYear).toBe(2023);
  });
});

describe('areas that did not exist yet', () => {
  it('leaves out an empty livsmedelskontroll column in 2012 but keeps one in 2016', () => {
    const empty = { score: missing('not-measured') };
    const data = dataset([
      yearResults(2012, [row('2514', 2012, { nki: 70, areas: { livsmedelskontroll: empty } })]),
      yearResults(2016, [row('2514', 2016, { nki: 72, areas: { livsmedelskontroll: empty } })]),
    ]);
    const d = derive(data);
    const areasIn = (y: number) => d.byUnitYear.get(`2514:${y}`)!.areas.map((a) => a.area);
    expect(areasIn(2012)).not.toContain('livsmedelskontroll');
    expect(areasIn(2016)).toContain('livsmedelskontroll');
  });
});

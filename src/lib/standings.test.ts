import { describe, expect, it } from 'vitest';
import { area, reference, row, rows, yearResults } from '../../test/support/synth';
import type { RankOutcome, ResultRow, Unit } from './model';
import { standings } from './standings';

const ref = reference();
const units = new Map<string, Unit>(
  [...ref.municipalities, ...ref.jointAuthorities].map((u) => [u.code, u]),
);

function run(year: number, list: ResultRow[], complete = true) {
  return standings(yearResults(year, list), units, complete);
}

function places(outcomes: Map<string, RankOutcome>): Record<string, number | string> {
  return Object.fromEntries(
    [...outcomes].map(([code, o]) => [code, o.kind === 'ranked' ? o.rank.place : o.reason]),
  );
}

/** Official national places for Norrbotten and Stockholm municipalities, 1..6 complete. */
const officialNational = [
  row('2514', 2021, { nki: 86, officialPlace: 2 }),
  row('0126', 2021, { nki: 87, officialPlace: 1 }),
  row('2580', 2021, { nki: 74, officialPlace: 5 }),
  row('0180', 2021, { nki: 76, officialPlace: 3 }),
  row('2582', 2021, { nki: 75, officialPlace: 4 }),
  row('2583', 2021, { nki: 70, officialPlace: 6 }),
  row('2513', 2021, { nki: 90 }),
];

describe('standings: NKI totalt', () => {
  it('keeps förbund out of national, county and larger rankings', () => {
    const st = run(2021, rows(2021, { '2514': 86, F01: 90 }));
    const notMunicipality = { kind: 'not-ranked', reason: 'not-a-municipality' };
    expect(st.national.get('F01')).toEqual(notMunicipality);
    expect(st.county.get('F01')).toEqual(notMunicipality);
    expect(st.larger.get('F01')).toEqual(notMunicipality);
    expect(st.national.get('2514')).toMatchObject({ rank: { place: 1, outOf: 1 } });
  });

  it('computes county places within each county when the file has no places', () => {
    const st = run(2021, rows(2021, { '2514': 86, '2580': 74, '0126': 77, '0180': 79 }));
    expect(places(st.county)).toEqual({ '2514': 1, '2580': 2, '0126': 2, '0180': 1 });
    expect(st.county.get('2580')).toEqual({
      kind: 'ranked',
      rank: { place: 2, basis: 'computed', tied: false, outOf: 2 },
    });
    expect(st.rankedCount).toBe(4);
  });

  it('derives official county places from a complete official national list', () => {
    const st = run(2021, officialNational);
    expect(places(st.county)).toEqual({
      '2514': 1,
      '0126': 1,
      '2580': 3,
      '0180': 2,
      '2582': 2,
      '2583': 4,
      '2513': 'not-ranked-by-skr',
    });
    expect(st.county.get('2583')).toEqual({
      kind: 'ranked',
      rank: { place: 4, basis: 'official', tied: false, outOf: 4 },
    });
    expect(st.rankedCount).toBe(6);
  });

  it('explains a missing official place by what the data shows, else not-ranked-by-skr', () => {
    const st = run(2021, [
      row('2514', 2021, { nki: 86, officialPlace: 1 }),
      row('2580', 2021, { nki: 79, answers: 15 }),
      row('0126', 2021, { nki: 77 }),
    ]);
    expect(places(st.national)).toEqual({
      '2514': 1,
      '2580': 'too-few-answers',
      '0126': 'not-ranked-by-skr',
    });
  });

  it("uses the file's county places when it has them, even for a county without any", () => {
    const st = run(2024, [
      row('0126', 2024, { nki: 78, officialPlace: 56, officialCountyPlace: 8 }),
      row('2514', 2024, { nki: 80, officialPlace: 20 }),
    ]);
    expect(st.county.get('0126')).toEqual({
      kind: 'ranked',
      rank: { place: 8, basis: 'official', tied: false },
    });
    expect(st.county.get('2514')).toEqual({ kind: 'not-ranked', reason: 'not-ranked-by-skr' });
  });

  it('knows no county or larger place in a partial file without county places', () => {
    const st = run(
      2021,
      [row('0126', 2021, { officialPlace: 60 }), row('2514', 2021, { officialPlace: 2 })],
      false,
    );
    expect(st.county.size).toBe(0);
    expect(st.larger.size).toBe(0);
    expect(st.rankedCount).toBeUndefined();
  });

  it('ranks municipalities over 40 000 inhabitants among themselves, as computed', () => {
    const st = run(2021, officialNational);
    expect(places(st.larger)).toEqual({ '0126': 1, '0180': 2, '2580': 3 });
    expect(st.larger.get('2580')).toEqual({
      kind: 'ranked',
      rank: { place: 3, basis: 'computed', tied: false, outOf: 3 },
    });
  });

  it('ranks larger municipalities by value when the file has no places', () => {
    const st = run(2021, rows(2021, { '0126': 77.2, '0180': 77.9, '2514': 86, '0484': 77.2 }));
    expect(places(st.larger)).toEqual({ '0180': 1, '0126': 2, '0484': 2 });
  });
});

describe('standings: areas and NUI', () => {
  it('computes area places among municipalities, so a förbund does not push them down', () => {
    const st = run(2021, [
      row('2514', 2021, { areas: { bygglov: 84 } }),
      row('2580', 2021, { areas: { bygglov: 79 } }),
      row('F01', 2021, { areas: { bygglov: 90, 'miljo-och-halsoskydd': 77 } }),
    ]);
    expect(places(st.areas.get('bygglov')!)).toEqual({
      '2514': 1,
      '2580': 2,
      F01: 'not-a-municipality',
    });
    expect(places(st.areas.get('miljo-och-halsoskydd')!)).toEqual({ F01: 'not-a-municipality' });
  });

  it("keeps a förbund's official area place when the file gives one", () => {
    const st = run(2021, [
      row('2514', 2021, { areas: { bygglov: area(84, { officialPlace: 2 }) } }),
      row('F01', 2021, { areas: { bygglov: area(90, { officialPlace: 1 }) } }),
    ]);
    expect(st.areas.get('bygglov')!.get('F01')).toEqual({
      kind: 'ranked',
      rank: { place: 1, basis: 'official', tied: false, outOf: 2 },
    });
  });

  it('leaves out an area result with too few answers', () => {
    const st = run(2021, [
      row('2514', 2021, { areas: { bygglov: area(95, { answers: 9 }) } }),
      row('2580', 2021, { areas: { bygglov: area(79, { answers: 30 }) } }),
    ]);
    expect(places(st.areas.get('bygglov')!)).toEqual({ '2514': 'too-few-answers', '2580': 1 });
  });

  it('ranks NUI by value among municipalities with 10 answers or more', () => {
    const st = run(2024, [
      row('0126', 2024, { nui: 67.2, nuiAnswers: 40 }),
      row('0180', 2024, { nui: 68.1, nuiAnswers: 9 }),
      row('2580', 2024, { nui: 66.3, nuiAnswers: 12 }),
      row('2514', 2024),
    ]);
    expect(places(st.nui)).toEqual({
      '0126': 1,
      '0180': 'too-few-answers',
      '2580': 2,
      '2514': 'no-result',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { indexDomain, yearTicks } from './axis';
import { breaksWithin, splitRuns } from './series';

const points = (entries: [number, number | undefined][]) =>
  entries.map(([year, value]) => ({ year, value }));
const years = (runs: { year: number }[][]) => runs.map((run) => run.map((p) => p.year));

describe('splitRuns', () => {
  it('does not join the years on either side of a series break', () => {
    const runs = splitRuns(
      points([
        [2022, 74],
        [2023, 75],
        [2024, 76],
      ]),
      (p) => p.value !== undefined,
      [2024],
    );
    expect(years(runs)).toEqual([[2022, 2023], [2024]]);
  });

  it('breaks the line at a year without a value', () => {
    const runs = splitRuns(
      points([
        [2018, 70],
        [2019, undefined],
        [2020, 72],
        [2021, 73],
      ]),
      (p) => p.value !== undefined,
      [],
    );
    expect(years(runs)).toEqual([[2018], [2020, 2021]]);
  });

  it('treats a break as crossed even when the first year of the new series is absent', () => {
    const runs = splitRuns(
      points([
        [2014, 68],
        [2016, 70],
      ]),
      () => true,
      [2015],
    );
    expect(years(runs)).toEqual([[2014], [2016]]);
  });
});

describe('breaksWithin', () => {
  it('places markers halfway before the first year of each new series inside the span', () => {
    expect(breaksWithin([2010, 2012, 2014, 2015, 2023, 2024], [2024, 2015, 2030])).toEqual([
      2014.5, 2023.5,
    ]);
  });
});

describe('indexDomain', () => {
  it('runs from a round ten below the lowest value, never above the given floor, to 100', () => {
    expect(indexDomain([66, 86], 50)).toEqual([50, 100]);
    expect(indexDomain([48.2, 70], 50)).toEqual([40, 100]);
  });
});

describe('yearTicks', () => {
  it('keeps the first and last year and drops years that would crowd', () => {
    const x = (year: number) => (year - 2010) * 20;
    expect(yearTicks([2010, 2011, 2012, 2013, 2014, 2015, 2016], x, 45)).toEqual([
      2010, 2013, 2016,
    ]);
  });
});

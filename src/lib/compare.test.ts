import { describe, expect, it } from 'vitest';
import { change, placeChange } from './compare';
import type { Rank } from './model';

function official(place: number): Rank {
  return { place, basis: 'official', tied: false, outOf: 198 };
}

describe('change', () => {
  it('does not call a 1.6-point rise notable when the published integers differ by 1', () => {
    const c = change('nki', { year: 2020, value: 77.6 }, { year: 2021, value: 79.2 });
    expect(c).toEqual({
      fromYear: 2020,
      toYear: 2021,
      from: 77.6,
      to: 79.2,
      delta: 1,
      acrossBreak: false,
      notable: false,
    });
  });

  it('calls a 1.2-point rise notable when the published integers differ by 2', () => {
    const c = change('nki', { year: 2020, value: 77.4 }, { year: 2021, value: 78.6 });
    expect(c.delta).toBe(2);
    expect(c.notable).toBe(true);
  });

  it('calls a fall of 3 notable with a negative delta', () => {
    const c = change('bygglov', { year: 2022, value: 71 }, { year: 2023, value: 68 });
    expect(c.delta).toBe(-3);
    expect(c.notable).toBe(true);
  });

  it('flags 2023→2024 NKI as across a break and never notable', () => {
    const c = change('nki', { year: 2023, value: 75 }, { year: 2024, value: 78 });
    expect(c.acrossBreak).toBe(true);
    expect(c.delta).toBe(3);
    expect(c.notable).toBe(false);
  });

  it('keeps bygglov 2023→2024 an ordinary change', () => {
    const c = change('bygglov', { year: 2023, value: 66 }, { year: 2024, value: 72 });
    expect(c.acrossBreak).toBe(false);
    expect(c.notable).toBe(true);
  });
});

describe('placeChange', () => {
  it('counts a climb from 114th to 2nd as 112 places up', () => {
    const c = placeChange({ year: 2020, rank: official(114) }, { year: 2021, rank: official(2) });
    expect(c).toEqual({
      fromYear: 2020,
      toYear: 2021,
      from: official(114),
      to: official(2),
      climbed: 112,
    });
  });

  it('counts a fall as negative', () => {
    const c = placeChange({ year: 2023, rank: official(33) }, { year: 2024, rank: official(62) });
    expect(c.climbed).toBe(-29);
  });
});

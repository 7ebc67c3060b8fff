import { describe, expect, it } from 'vitest';
import { isOwnRecord, yearHighlights } from './highlights';
import {
  change,
  derivedOf,
  kommun,
  placeChange,
  ranked,
  unitYear,
} from '../../test/unit/text-synth';

const a = kommun('0001', 'Aby');
const b = kommun('0002', 'Bby', { countyCode: '04' });

describe('yearHighlights', () => {
  it('orders the ranked municipalities by place and finds the official county best', () => {
    const d = derivedOf([
      unitYear(a, 2021, 70, { national: ranked(9), county: ranked(1) }),
      unitYear(b, 2021, 80, { national: ranked(3), county: ranked(1, { basis: 'computed' }) }),
    ]);
    const h = yearHighlights(d, 2021);
    expect(h.ranked.map((u) => u.unit.name)).toEqual(['Bby', 'Aby']);
    expect([...h.bestInCounty.keys()]).toEqual(['25']);
  });

  it('has no biggest climber when two share the largest climb', () => {
    const d = derivedOf([
      unitYear(a, 2021, 70, { national: ranked(10), placeChange: placeChange(2020, 2021, 30, 10) }),
      unitYear(b, 2021, 80, { national: ranked(3), placeChange: placeChange(2020, 2021, 23, 3) }),
    ]);
    expect(yearHighlights(d, 2021).biggestClimber).toBeUndefined();
  });

  it('counts only notable changes as rises and falls', () => {
    const d = derivedOf([
      unitYear(a, 2021, 71, { nkiChange: change(2020, 2021, 70, 71) }),
      unitYear(b, 2021, 80, { nkiChange: change(2020, 2021, 74, 80) }),
    ]);
    expect(yearHighlights(d, 2021)).toMatchObject({ comparable: 2, improved: 1, fell: 0 });
  });
});

describe('isOwnRecord', () => {
  it('needs two earlier years in the same series to beat', () => {
    const d = derivedOf([unitYear(a, 2022, 70), unitYear(a, 2023, 72), unitYear(a, 2024, 80)]);
    expect(isOwnRecord(d.records[0]!, 2024)).toBe(false);
    expect(isOwnRecord(d.records[0]!, 2023)).toBe(false);
    const e = derivedOf([unitYear(a, 2021, 70), unitYear(a, 2022, 72), unitYear(a, 2023, 73)]);
    expect(isOwnRecord(e.records[0]!, 2023)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { ownRecord, yearHighlights } from './highlights';
import {
  change,
  derivedOf,
  kommun,
  placeChange,
  ranked,
  unitYear,
} from '../../test/support/text-synth';

const a = kommun('0001', 'Aby');
const b = kommun('0002', 'Bby', { countyCode: '04' });
const c = kommun('0003', 'Cby');
const e = kommun('0004', 'Eby');

describe('yearHighlights', () => {
  it('names a county best only in a group of three or more ranked', () => {
    const d = derivedOf([
      unitYear(a, 2021, 80, { national: ranked(3), county: ranked(1) }),
      unitYear(c, 2021, 75, { national: ranked(9), county: ranked(2) }),
      unitYear(e, 2021, 70, { national: ranked(12), county: ranked(3) }),
      // Alone in its county, like Region Gotland: no "bäst i länet".
      unitYear(b, 2021, 85, { national: ranked(1), county: ranked(1) }),
    ]);
    const h = yearHighlights(d, 2021);
    expect(h.ranked.map((u) => u.unit.name)).toEqual(['Bby', 'Aby', 'Cby', 'Eby']);
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
      unitYear(a, 2020, 70),
      unitYear(b, 2020, 74),
      unitYear(a, 2021, 71, { nkiChange: change(2020, 2021, 70, 71) }),
      unitYear(b, 2021, 80, { nkiChange: change(2020, 2021, 74, 80) }),
    ]);
    const h = yearHighlights(d, 2021);
    expect([h.comparable.length, h.risers.length, h.fallers.length]).toEqual([2, 1, 0]);
  });
});

describe('ownRecord', () => {
  it('needs two earlier years of the same series to beat, and never reaches across a break', () => {
    const d = derivedOf([unitYear(a, 2022, 70), unitYear(a, 2023, 72), unitYear(a, 2024, 80)]);
    expect(ownRecord(d.records[0]!, 2023)).toBeUndefined();
    // 2024 has four areas in NKI totalt: 2022 and 2023 are another series.
    expect(ownRecord(d.records[0]!, 2024)).toBeUndefined();
  });

  it('counts only its own series and names the older years it leaves out', () => {
    const d = derivedOf([
      unitYear(a, 2014, 85),
      unitYear(a, 2016, 72),
      unitYear(a, 2017, 74),
      unitYear(a, 2018, 80),
    ]);
    expect(ownRecord(d.records[0]!, 2018)).toEqual({
      since: 2016,
      olderSeriesYears: [2014],
      beaten: 2,
      seriesFrom: 2015,
    });
  });

  it('is no record when an earlier year of the series was as high', () => {
    const d = derivedOf([unitYear(a, 2016, 80), unitYear(a, 2017, 72), unitYear(a, 2018, 80)]);
    expect(ownRecord(d.records[0]!, 2018)).toBeUndefined();
  });
});

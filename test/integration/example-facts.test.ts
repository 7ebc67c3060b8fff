/**
 * The example dataset must reproduce the facts of both seed texts (domain notes §5), read
 * through the real loader and derive — the same path the site takes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load';
import { derive } from '../../src/lib/derive';
import type { RankOutcome, UnitYear } from '../../src/lib/model';

const root = path.resolve(import.meta.dirname, '../..');
const { dataset, report } = loadDataset({
  resultsDir: path.join(root, 'test', 'fixtures', 'example-data', 'results'),
  referenceDir: path.join(root, 'data', 'reference'),
});
const derived = derive(dataset!);
const KALIX = '2514';
const HUDDINGE = '0126';

function at(code: string, year: number): UnitYear {
  const uy = derived.byUnitYear.get(`${code}:${year}`);
  if (!uy) throw new Error(`no result for ${code} ${year}`);
  return uy;
}
const place = (o: RankOutcome | undefined) => (o?.kind === 'ranked' ? o.rank.place : undefined);
const basis = (o: RankOutcome | undefined) => (o?.kind === 'ranked' ? o.rank.basis : undefined);
const indexOf = (uy: UnitYear) =>
  uy.nki.kind === 'measured' ? Math.round(uy.nki.value) : undefined;
const area = (uy: UnitYear, id: string) => uy.areas.find((a) => a.area === id);
const areaIndex = (uy: UnitYear, id: string) => {
  const s = area(uy, id)?.score;
  return s?.kind === 'measured' ? Math.round(s.value) : undefined;
};

describe('the example data', () => {
  it('loads without a single error, and says of itself that it is example data', () => {
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset!.isExample).toBe(true);
  });

  it('has Kalix 2021 at NKI 86, second in Sweden by SKR placement, from 114th in 2020', () => {
    const k = at(KALIX, 2021);
    expect(indexOf(k)).toBe(86);
    expect(place(k.national)).toBe(2);
    expect(basis(k.national)).toBe('official');
    expect(place(at(KALIX, 2020).national)).toBe(114);
    expect(k.placeChange?.climbed).toBe(112);
  });

  it('has bygglov as Kalix’s largest area increase in 2021, third in Sweden', () => {
    const k = at(KALIX, 2021);
    const rises = k.areas
      .filter((a) => a.change && !a.change.acrossBreak)
      .sort((a, b) => b.change!.to - b.change!.from - (a.change!.to - a.change!.from));
    expect(rises[0]?.area).toBe('bygglov');
    expect(place(area(k, 'bygglov')?.rank)).toBe(3);
  });

  it('has 198 municipalities and 11 förbund in 2021, with SKR’s national average 74', () => {
    const y = derived.years.find((s) => s.year === 2021)!;
    expect(y.municipalitiesInFile).toBe(198);
    expect(y.forbundInFile).toBe(11);
    expect(Math.round(y.nkiAverage!.value)).toBe(74);
    expect(y.nkiAverage!.basis).toBe('official');
  });

  it('has Huddinge 2024 at NKI 78, national place 56 from 60, eighth in Stockholms län both years', () => {
    const h = at(HUDDINGE, 2024);
    expect(indexOf(h)).toBe(78);
    expect(place(h.national)).toBe(56);
    expect(place(at(HUDDINGE, 2023).national)).toBe(60);
    expect(place(h.county)).toBe(8);
    expect(place(at(HUDDINGE, 2023).county)).toBe(8);
  });

  it('has Huddinge’s bygglov at 72 in 2024, up from 52 two years earlier', () => {
    expect(areaIndex(at(HUDDINGE, 2024), 'bygglov')).toBe(72);
    expect(areaIndex(at(HUDDINGE, 2022), 'bygglov')).toBe(52);
    const long = area(at(HUDDINGE, 2024), 'bygglov')?.longChange;
    expect([long?.fromYear, long?.delta]).toEqual([2022, 20]);
  });

  it('has Huddinge’s NUI at 67, up 3, and its NUI place from 62 to 33', () => {
    const h = at(HUDDINGE, 2024);
    expect(h.nui.kind === 'measured' && Math.round(h.nui.value)).toBe(67);
    expect(h.nuiChange?.delta).toBe(3);
    expect(place(h.nuiRank)).toBe(33);
    expect(place(at(HUDDINGE, 2023).nuiRank)).toBe(62);
  });

  it('grades all four areas that make up Huddinge’s NKI 2024 högt or better', () => {
    const h = at(HUDDINGE, 2024);
    for (const id of [
      'bygglov',
      'miljo-och-halsoskydd',
      'livsmedelskontroll',
      'serveringstillstand',
    ]) {
      expect(areaIndex(h, id), id).toBeGreaterThanOrEqual(70);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../src/lib/areas';
import { areasWithData, areaView } from '../../src/site/area-view';
import type { TableCell } from '../../src/site/table';
import { formatIndex } from '../../src/text/format';
import { exampleDerived } from '../support/example-data';

const derived = exampleDerived();
const cell = (c: string | TableCell | undefined): TableCell =>
  typeof c === 'string' || c === undefined ? { text: c ?? '' } : c;

describe('areasWithData', () => {
  it('lists every area with a measured value, in the survey order', () => {
    expect(areasWithData(derived)).toEqual([...AREA_IDS]);
  });
});

describe('areaView', () => {
  const view = areaView(derived, 'bygglov');

  it('names the area in the headline and summarises the latest year', () => {
    expect(view.headline).toBe('Nöjd Kund Index för bygglov');
    expect(view.year).toBe(2024);
    expect(view.summary[0]).toMatch(
      /^2024 har \d+ kommuner resultat för bygglov, och \d+ av dem rankas\.$/,
    );
    expect(view.summary[1]).toMatch(/^Bäst är .+ med index \d+\.$/);
    expect(view.summary[2]).toMatch(/beräknat/);
  });

  it('uses the computed mean of the municipalities as the average', () => {
    const values = derived.records.flatMap((r) => {
      const s = derived.byUnitYear
        .get(`${r.unit.code}:2024`)
        ?.areas.find((a) => a.area === 'bygglov')?.score;
      return r.unit.kind === 'kommun' && s?.kind === 'measured' ? [s.value] : [];
    });
    const mean: number | undefined = values.reduce((a, b) => a + b, 0) / values.length;
    expect(view.summary[2]).toContain(`är ${formatIndex(mean!)}`);
    const rows = view.trend.table.rows;
    expect(rows.at(-1)![1]).toBe(formatIndex(mean!));
    for (const r of rows) expect(r[2]).toBe('beräknat');
    expect(view.trend.table.columns).toContain('Kommuner med resultat');
    expect(view.trend.title).toMatch(/\(beräknat\)$/);
  });

  it('ranks the municipalities first in place order, förbund and the not-ranked last', () => {
    const places = view.ranking.rows.map((r) => cell(r[0]));
    const ranked = places.filter((p) => /^\d/.test(p.text));
    expect(ranked.map((p) => p.sort)).toEqual(ranked.map((_, i) => i + 1));
    expect(places.slice(0, ranked.length)).toEqual(ranked);
    for (const r of view.ranking.rows) expect(cell(r[1]).href).toMatch(/\/2024\/$/);
  });

  it('lists förbund with results under miljö- och hälsoskydd, without a place', () => {
    const miljo = areaView(derived, 'miljo-och-halsoskydd');
    const forbund = miljo.ranking.rows.filter((r) => r[2] === 'förbund');
    expect(forbund.length).toBeGreaterThan(0);
    for (const r of forbund) expect(cell(r[0]).text).toBe('rankas inte (förbund)');
    expect(miljo.ranking.rows.at(-1)![2]).toBe('förbund');
  });

  it('marks the 2015 break of miljö- och hälsoskydd, when livsmedelskontroll left it', () => {
    const miljo = areaView(derived, 'miljo-och-halsoskydd');
    expect(miljo.seriesNote).toMatch(/Före 2015/);
    const marked = miljo.trend.table.rows.filter((r) => r.at(-1) !== '').map((r) => r[0]);
    expect(marked).toEqual(['2015']);
    expect(view.trend.table.rows.every((r) => r.at(-1) === '')).toBe(true);
  });

  it('handles an optional area measured in a single year', () => {
    const v = areaView(derived, 'lantmateri');
    expect(v.trend.table.rows.map((r) => r[0])).toEqual(['2024']);
    expect(v.seriesNote).toMatch(/frivilligt/);
    expect(v.others.map((o) => o.url)).not.toContain('/omrade/lantmateri/');
  });
});

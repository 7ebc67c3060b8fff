import { describe, expect, it } from 'vitest';
import { changeCell, placeCell, yearView, type Row } from '../../src/site/year-view';
import { composeYearRelease } from '../../src/text/year-release';
import type { TableCell } from '../../src/site/table';
import { exampleDerived } from '../support/example-data';
import { realDerived } from '../support/real-data';

const derived = exampleDerived();
const cell = (c: string | TableCell | undefined): TableCell =>
  typeof c === 'string' || c === undefined ? { text: c ?? '' } : c;
const rowOf = (rows: Row[], name: string) => rows.find((r) => cell(r[1]).text === name);

describe('yearView', () => {
  const v2021 = yearView(derived, 2021);

  it('opens with the generated national release, whose headline is the only h1', () => {
    expect(v2021.release).toEqual(composeYearRelease(derived, 2021));
    expect(v2021.blocks.filter((b) => b.kind === 'headline')).toEqual([
      { kind: 'headline', text: v2021.release.headline },
    ]);
  });

  it('lists every municipality in the file, the ranked in place order and then the rest with their reason', () => {
    const summary = derived.years.find((y) => y.year === 2021)!;
    expect(v2021.ranking.rows).toHaveLength(summary.municipalitiesInFile);
    const ranked = v2021.ranking.rows.filter((r) => /^\d/.test(cell(r[0]).text));
    expect(ranked).toHaveLength(summary.rankedCount!);
    expect(ranked.map((r) => cell(r[0]).sort)).toEqual(ranked.map((_, i) => i + 1));
    const rest = v2021.ranking.rows.slice(ranked.length);
    expect(rest.length).toBeGreaterThan(0);
    for (const r of rest) expect(cell(r[0]).text).toMatch(/svar|område|svarsfrekvens|placering/);
  });

  it('gives each row a link, the published integer and the change from the year before', () => {
    const kalix = rowOf(v2021.ranking.rows, 'Kalix')!;
    expect(cell(kalix[0]).text).toBe('2');
    expect(cell(kalix[1]).href).toBe('/kommun/kalix/2021/');
    expect(cell(kalix[2])).toEqual({ text: '86', sort: 86.2 });
    expect(kalix[3]).toBe('mycket högt');
    expect(cell(kalix[4]).text).toBe('+14');
    expect(cell(kalix[5]).text).toBe('Norrbottens län');
  });

  it('gives each row its county, size group, grade and kommungrupp for the filters', () => {
    const rows = v2021.ranking.rows;
    const data = v2021.ranking.rowData!;
    expect(data).toHaveLength(rows.length);
    const at = (name: string) => data[rows.findIndex((r) => cell(r[1]).text === name)]!;
    expect(at('Kalix')).toEqual({
      lan: 'Norrbottens län',
      storlek: 'liten',
      betyg: 'mycket högt',
      kommungrupp: 'Landsbygdskommun',
    });
    expect(data.filter((d) => d.storlek === 'stor').length).toBeGreaterThan(20);
  });

  it('keeps förbund out of the ranking and lists them as participants', () => {
    expect(v2021.forbund).toHaveLength(11);
    expect(v2021.forbund[0]!.url).toMatch(/^\/forbund\/[a-z-]+\/2021\/$/);
    const names = new Set(v2021.forbund.map((f) => f.name));
    expect(v2021.ranking.rows.some((r) => names.has(cell(r[1]).text))).toBe(false);
    expect(v2021.participants[0]).toEqual({ label: 'Kommuner i resultatfilen', value: '198' });
  });

  it('has a ranking per measured area, in place order', () => {
    expect(v2021.areaRankings.map((a) => a.id)).toContain('bygglov');
    for (const a of v2021.areaRankings) {
      const places = a.rows.map((r) => Number(cell(r[0]).sort));
      expect(places).toEqual([...places].sort((x, y) => x - y));
    }
    const bygglov = v2021.areaRankings.find((a) => a.id === 'bygglov')!;
    expect(cell(rowOf(bygglov.rows, 'Kalix')![0]).text).toBe('3');
    expect(bygglov.url).toBe('/omrade/bygglov/');
  });

  it('has an NUI ranking only from 2020', () => {
    expect(v2021.nuiRanking?.rows.length).toBeGreaterThan(0);
    expect(yearView(derived, 2019).nuiRanking).toBeUndefined();
  });

  it('lists the biggest notable rises and falls, largest first', () => {
    const { up, down } = v2021.changes!;
    expect(cell(up.rows[0]![0]).text).toBe('Kalix');
    expect(up.rows[0]![3]).toBe('+14');
    expect(up.columns).toEqual(['Kommun', 'NKI 2020', 'NKI 2021', 'Förändring']);
    const deltas = (rows: Row[]) => rows.map((r) => Number(String(r[3]).replace('−', '-')));
    for (const d of deltas(up.rows)) expect(d).toBeGreaterThanOrEqual(2);
    for (const d of deltas(down.rows)) expect(d).toBeLessThanOrEqual(-2);
    expect(deltas(up.rows)).toEqual([...deltas(up.rows)].sort((a, b) => b - a));
  });

  it('flags changes across a series break instead of listing them as ordinary changes', () => {
    const v2024 = yearView(derived, 2024);
    expect(v2024.changes).toBeUndefined();
    expect(v2024.changesNote).toMatch(/inte sammansatt på samma sätt 2024 som 2023/);
    expect(v2024.rankingNote).toMatch(/seriebrott/);
    const changed = v2024.ranking.rows.map((r) => cell(r[4]).text).filter((t) => t !== '–');
    expect(changed.length).toBeGreaterThan(0);
    for (const t of changed) expect(t).toMatch(/\(seriebrott/);
  });

  it('links to every data year, the tips page and the downloads', () => {
    expect(v2021.years.map((y) => y.year)).toEqual(derived.years.map((y) => y.year));
    expect(v2021.years.filter((y) => y.current)).toEqual([
      { year: 2021, url: '/ar/2021/', current: true },
    ]);
    expect(v2021.years.find((y) => y.year === 2015)?.url).toBe('/ar/2015/');
    expect(v2021.tips).toBe('/ar/2021/tips/');
    expect(v2021.downloads.map((d) => d.href)).toEqual([
      '/data/2021.csv',
      '/data/2021-excel.csv',
      '/data/2021.json',
    ]);
  });

  it('throws for a year without data', () => {
    expect(() => yearView(derived, 2011)).toThrow(/2011/);
  });
});

describe('placeCell and changeCell', () => {
  it('writes a computed place as "beräknad" and a shared one as "delad"', () => {
    const rank = { place: 12, basis: 'computed' as const, tied: false };
    expect(placeCell({ kind: 'ranked', rank })).toEqual({ text: '12 (beräknad)', sort: 12 });
    expect(
      placeCell({ kind: 'ranked', rank: { ...rank, basis: 'official', tied: true } }).text,
    ).toBe('delad 12');
    expect(placeCell({ kind: 'not-ranked', reason: 'too-few-answers' }).text).toBe('för få svar');
  });

  it('says where a change starts when the unit skipped a year', () => {
    const change = {
      fromYear: 2019,
      toYear: 2021,
      from: 70,
      to: 73,
      delta: 3,
      acrossBreak: false,
      notable: true,
    };
    expect(changeCell(change, 2020).text).toBe('+3 (från 2019)');
    expect(changeCell({ ...change, delta: -3, fromYear: 2020 }, 2020).text).toBe('−3');
    expect(changeCell(undefined).text).toBe('–');
  });
});

describe('what each result rests on, in the year ranking', () => {
  it('gives answers and response rates as sortable columns where the file has them', () => {
    const v = yearView(derived, 2021);
    expect(v.ranking.columns.slice(-2)).toEqual(['Antal svar', 'Svarsfrekvens']);
    const gotland = rowOf(v.ranking.rows, 'Gotland')!;
    expect(cell(gotland.at(-2)).text).toBe('294');
    expect(cell(gotland.at(-1))).toEqual({ text: '59\u00a0%', sort: expect.any(Number) });
  });

  it('on the real figures: the response rate column in 2022 only, Kolada’s one year of them', () => {
    const real = realDerived();
    expect(yearView(real, 2021).ranking.columns).not.toContain('Svarsfrekvens');
    const v = yearView(real, 2022);
    expect(v.ranking.columns).toContain('Svarsfrekvens');
    expect(v.ranking.columns).not.toContain('Antal svar');
    expect(cell(rowOf(v.ranking.rows, 'Kalix')!.at(-1)).text).toBe('40\u00a0%');
  });
});

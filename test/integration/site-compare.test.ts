/**
 * The comparison page's view model on the real figures (issue 22: "Kalix against its kommungrupp,
 * Norrbottens län and the country"), and the rules it must keep on the example data's 2023–2024:
 * no change across a series break, none for the group across a new edition of the kommungrupper.
 */
import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../src/lib/model';
import { compareView, NEW_GROUPING, NOT_COMPARABLE } from '../../src/site/compare-view';
import { groupMedian } from '../../src/claims/compare-lines';
import { compareData, compareDataJson } from '../../src/site/compare-data';
import { pickerView } from '../../src/site/picker-view';
import { exampleDerived } from '../support/example-data';
import { realDerived } from '../support/real-data';

const real = realDerived();
const kommun = (slug: string, derived = real) =>
  derived.dataset.reference.municipalities.find((m) => m.slug === slug) as Municipality;
const published = (v: number) => Math.floor(v + 0.5);
const rowOf = (view: ReturnType<typeof compareView>, name: string) =>
  view!.table.rows.find((r) => r[0] === name)!;

/** Norrbotten's mean NKI in a year, computed here the plain way. */
function norrbottenMean(year: number): number {
  const values = real.records.flatMap((r) => {
    const uy =
      r.unit.kind === 'kommun' &&
      r.unit.countyCode === '25' &&
      real.byUnitYear.get(`${r.unit.code}:${year}`);
    return uy && uy.nki.kind === 'measured' ? [uy.nki.value] : [];
  });
  return values.reduce((a, b) => a + b, 0) / values.length;
}

describe('Kalix’s comparison page', () => {
  const view = compareView(real, kommun('kalix'))!;

  it('is about 2022, Kalix’s newest year, against Landsbygdskommun, Norrbottens län and the country', () => {
    expect(view.year).toBe(2022);
    expect(view.group).toEqual({ name: 'Landsbygdskommun', edition: 2017, withNki: 16 });
    expect(view.table.caption).toBe('Kalix kommun 2022 jämfört med kommungruppen, länet och riket');
    expect(view.table.columns).toEqual([
      'Mått',
      'Kalix',
      'Kalix, förändring',
      'Kommungruppen (median)',
      'Kommungruppen, förändring',
      'Norrbottens län (genomsnitt)',
      'Länet, förändring',
      'Riket',
      'Riket, förändring',
    ]);
    expect(view.lede).toBe(
      'NKI totalt 2022: Kalix 84, kommungruppens median 78, Norrbottens län 77 och riket 75.',
    );
  });

  it('gives NKI totalt with each change since 2021 as a reader would check it', () => {
    const kalix = (y: number) => real.byUnitYear.get(`2514:${y}`)!;
    const nki = (y: number) => (kalix(y).nki as { value: number }).value;
    const median = (y: number) => kalix(y).peers!.median!;
    const riket = (y: number) => real.years.find((s) => s.year === y)!.nkiAverage!.value;
    const d = (f: (y: number) => number) => published(f(2022)) - published(f(2021));
    expect([d(nki), d(median), d(norrbottenMean), d(riket)]).toEqual([-2, 0, 1, 1]);
    expect(rowOf(view, 'NKI totalt')).toEqual([
      'NKI totalt',
      '84',
      '−2',
      '78',
      '0',
      '77',
      '+1',
      '75',
      '+1',
    ]);
  });

  it('has a row for NKI, each of the six areas and NUI, saying when Kalix has no result', () => {
    expect(view.table.rows.map((r) => r[0])).toEqual([
      'NKI totalt',
      'Brandskydd',
      'Bygglov',
      'Markupplåtelse',
      'Miljö- och hälsoskydd',
      'Livsmedelskontroll',
      'Serveringstillstånd',
      'NUI (upphandling)',
    ]);
    expect(rowOf(view, 'Bygglov').slice(1, 3)).toEqual(['88', '0']);
    expect(rowOf(view, 'Brandskydd').slice(1, 3)).toEqual(['inget resultat', '–']);
    // Kalix has NUI 2022 but not 2021: no change of its own, the others' from 2021.
    expect(rowOf(view, 'NUI (upphandling)').slice(1, 3)).toEqual(['53', '–']);
  });

  it('takes the kommungrupp’s NKI median from the same group as the unit-year pages do', () => {
    for (const uy of real.records.find((r) => r.unit.code === '2514')!.years) {
      if (uy.year < 2017) expect(groupMedian(real, '2514', uy.year, 'nki')).toBeUndefined();
      else expect(groupMedian(real, '2514', uy.year, 'nki')?.median).toBe(uy.peers!.median);
    }
  });

  it('draws one small chart per measure with Kalix, the group, the county and the country', () => {
    const { chart } = view;
    expect(chart.svg).toContain('<title id="kalix-jamfor-title">');
    expect(chart.alt).toMatch(/^Ett litet linjediagram per mått för Kalix kommun/);
    expect(chart.table.columns).toEqual([
      'Mått och linje',
      ...real.years.map((y) => String(y.year)),
    ]);
    expect(chart.table.rows).toHaveLength(8 * 4);
    expect(chart.table.rows[0]).toEqual([
      'NKI totalt: Kalix kommun',
      '–',
      '65',
      '–',
      '–',
      '68',
      '56',
      '77',
      '73',
      '86',
      '84',
    ]);
    expect(chart.table.rows[1]!.slice(0, 6)).toEqual([
      'NKI totalt: Kommungruppens median',
      '–',
      '–',
      '–',
      '–',
      '74',
    ]);
    expect(chart.table.rows[2]!.at(-1)).toBe('77');
    expect(chart.table.rows[3]!.at(-1)).toBe('75');
  });
});

describe('the comparison rules on other years', () => {
  it('names the baseline when it is not the year before (Kalix 2021, miljö- och hälsoskydd)', () => {
    const row = rowOf(compareView(real, kommun('kalix'), 2021), 'Miljö- och hälsoskydd');
    expect(row).toEqual([
      'Miljö- och hälsoskydd',
      '77',
      '+7 sedan 2019',
      '77',
      '+4 sedan 2019',
      '75',
      '+5 sedan 2019',
      '72',
      '+2 sedan 2019',
    ]);
  });

  it('states no NKI change across the 2015 series break (Kalix 2017 against 2014)', () => {
    const row = rowOf(compareView(real, kommun('kalix'), 2017), 'NKI totalt');
    expect(row.slice(2).filter((_, i) => i % 2 === 0)).toEqual(Array(4).fill(NOT_COMPARABLE));
  });

  it('has no kommungrupp before 2017 and says why', () => {
    const view = compareView(real, kommun('kalix'), 2014)!;
    expect(view.group).toBeUndefined();
    expect(view.table.columns).not.toContain('Kommungruppen (median)');
    expect(view.notes[0]).toBe(
      'SKR:s kommungrupper finns från 2017 i underlaget, så 2014 har ingen kommungrupp att jämföra med.',
    );
  });

  it('compares no group median across the 2023 edition, nor NKI across the 2024 break', () => {
    const example = exampleDerived();
    const measured = (code: string, y: number) =>
      example.byUnitYear.get(`${code}:${y}`)?.nki.kind === 'measured';
    const unit = example.records.find(
      (r) => r.unit.kind === 'kommun' && [2022, 2023, 2024].every((y) => measured(r.unit.code, y)),
    )!.unit as Municipality;
    const in2023 = compareView(example, unit, 2023)!;
    expect(in2023.group?.edition).toBe(2023);
    expect(rowOf(in2023, 'NKI totalt')[2]).not.toBe(NOT_COMPARABLE);
    expect(rowOf(in2023, 'NKI totalt')[4]).toBe(NEW_GROUPING);
    const in2024 = compareView(example, unit, 2024)!;
    expect(
      rowOf(in2024, 'NKI totalt')
        .slice(2)
        .filter((_, i) => i % 2 === 0),
    ).toEqual(Array(4).fill(NOT_COMPARABLE));
  });
});

describe('the picker’s data, /data/jamfor.json', () => {
  const data = compareData(real);

  it('holds each municipality with a result once, with published values and change baselines', () => {
    expect(data.kommuner).toHaveLength(real.records.filter((r) => r.unit.kind === 'kommun').length);
    const kalix = data.kommuner.find((k) => k.s === 'kalix')!;
    expect(kalix.n).toBe('Kalix');
    expect(kalix.lan).toBe('Norrbottens län');
    expect(kalix.v.nki!.at(-1)).toBe(84);
    expect(kalix.b.nki!.at(-1)).toBe(2021);
    // 2014 → 2017 crosses the 2015 break: −1, and the script says "ej jämförbart".
    expect(kalix.b.nki![data.ar.indexOf(2017)]).toBe(-1);
    expect(data.riket.v.nki!.at(-1)).toBe(75);
    expect(data.matt.find((m) => m.id === 'nki')!.brott).toEqual([2015]);
  });

  it('is one file of reasonable size that parses', () => {
    const json = compareDataJson(real);
    expect(json.length).toBeLessThan(300_000);
    expect(JSON.parse(json).kommuner).toHaveLength(data.kommuner.length);
  });

  it('lets the picker offer, and the no-JS list link, the same municipalities', () => {
    const view = pickerView(real);
    expect(view.options).toHaveLength(data.kommuner.length);
    const links = view.counties.flatMap((c) => c.links);
    expect(links).toHaveLength(data.kommuner.length);
    expect(links).toContainEqual({ name: 'Kalix', url: '/kommun/kalix/jamfor/' });
  });
});

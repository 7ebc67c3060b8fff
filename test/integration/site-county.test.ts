import { describe, expect, it } from 'vitest';
import { countyView } from '../../src/site/county-view';
import { composeCountySummary } from '../../src/text/county-summary';
import type { TableCell } from '../../src/site/table';
import type { Row } from '../../src/site/year-view';
import { exampleDerived } from '../support/example-data';

const derived = exampleDerived();
const county = (slug: string) => derived.dataset.reference.counties.find((c) => c.slug === slug)!;
const cell = (c: string | TableCell | undefined): TableCell =>
  typeof c === 'string' || c === undefined ? { text: c ?? '' } : c;
const rowOf = (rows: Row[], name: string, col = 0) => rows.find((r) => cell(r[col]).text === name)!;

describe('countyView', () => {
  const view = countyView(derived, county('sodermanlands-lan'));

  it('opens with the generated county summary of the latest year', () => {
    expect(view.year).toBe(2024);
    expect(view.release).toEqual(composeCountySummary(derived, '04', 2024));
    expect(view.blocks[0]).toEqual({
      kind: 'headline',
      text: 'Oxelösund bäst i Södermanlands län',
    });
  });

  it('puts the participating municipalities side by side over every data year', () => {
    const { columns, rows } = view.nkiTable;
    expect(columns).toHaveLength(1 + derived.years.length);
    expect(columns).toContain('2015 (ny serie)');
    expect(columns.at(-1)).toBe('2024 (ny serie)');
    expect(view.breakNote).toMatch(/ny serie/);
    expect(rows.map((r) => cell(r[0]).text)).toEqual([
      'Eskilstuna',
      'Gnesta',
      'Katrineholm',
      'Nyköping',
      'Oxelösund',
      'Strängnäs',
      'Trosa',
      'Vingåker',
    ]);
    const eskilstuna = rowOf(rows, 'Eskilstuna');
    expect(cell(eskilstuna[0]).href).toBe('/kommun/eskilstuna/');
    const y2021 = columns.indexOf('2021');
    expect(cell(eskilstuna[y2021])).toMatchObject({ text: '77', href: '/kommun/eskilstuna/2021/' });
    expect(rowOf(rows, 'Katrineholm')[1]).toBe('–');
  });

  it('orders the latest year by place in the county and shows the national place too', () => {
    const rows = view.placesTable.rows;
    expect(rows.map((r) => cell(r[0]).text)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(cell(rows[0]![1])).toMatchObject({ text: 'Oxelösund', href: '/kommun/oxelosund/2024/' });
    expect(cell(rows[0]![3]).text).toBe('23');
  });

  it('shows places within the county per year, with the reason where there is none', () => {
    const nykoping = rowOf(view.placesOverYears.rows, 'Nyköping');
    expect(cell(nykoping[1]).text).toBe('1');
    expect(nykoping.map((c) => cell(c).text)).toContain('för få svar');
    const vingaker = rowOf(view.placesOverYears.rows, 'Vingåker');
    expect(cell(vingaker[view.placesOverYears.columns.indexOf('2015 (ny serie)')]).text).toBe(
      '1 (beräknad)',
    );
  });

  it('names the municipalities that never took part and links the other counties', () => {
    expect(view.neverTookPart).toEqual([{ name: 'Flen', url: '/kommun/flen/' }]);
    expect(view.others).toHaveLength(20);
    expect(view.others.some((o) => o.url === '/lan/sodermanlands-lan/')).toBe(false);
  });

  it('builds for every one of the 21 counties', () => {
    for (const c of derived.dataset.reference.counties) {
      const v = countyView(derived, c);
      expect(v.release.headline.length).toBeGreaterThan(0);
    }
  });
});

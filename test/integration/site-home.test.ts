import { describe, expect, it } from 'vitest';
import { loadShapes } from '../../src/site/data';
import { PROJECT_ROOT } from '../support/real-data';
import { exampleDerived } from '../support/example-data';
import { averageTrendChart, homeView } from '../../src/site/home-view';
import type { TableCell } from '../../src/site/table';

const derived = exampleDerived();
const view = homeView(
  derived,
  loadShapes(
    PROJECT_ROOT,
    derived.dataset.reference.municipalities.map((m) => m.code),
  ),
);
const cell = (c: string | TableCell | undefined): TableCell =>
  typeof c === 'string' || c === undefined ? { text: c ?? '' } : c;

describe('homeView', () => {
  it('shows the latest year and says when its national average is computed', () => {
    expect(view.year).toBe(2024);
    expect(view.yearUrl).toBe('/ar/2024/');
    expect(view.national).toMatchObject({ text: '76', grade: 'högt', computed: true });
    expect(view.headline).toBe('Företagens betyg på kommunerna 2024: NKI 76');
  });

  it('flags the change of the average when it crosses a series break', () => {
    expect(view.national.change).toMatch(/^\+1 jämfört med 2023, men över ett seriebrott/);
    expect(view.national.change).toMatch(/fyra områden mot sex/);
  });

  it('draws the national average over the years, marking computed years and new series', () => {
    const rows = view.trend.table.rows;
    expect(rows).toHaveLength(derived.years.length);
    expect(rows[0]).toEqual(['2010', '66', 'SKR', '']);
    expect(rows.find((r) => r[0] === '2012')![2]).toBe('beräknat');
    expect(rows.filter((r) => r[3] !== '').map((r) => r[0])).toEqual(['2015', '2024']);
    expect(view.trend.title).toBe('Rikets genomsnitt för NKI totalt: 76 år 2024 (beräknat)');
    expect(view.trend.svg).toMatch(/^<svg/);
  });

  it('lists the top ten in place order, each linked to its year page', () => {
    const rows = view.topTen.rows;
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => cell(r[0]).sort)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const r of rows) expect(cell(r[1]).href).toMatch(/^\/kommun\/[a-z-]+\/2024\/$/);
    expect(view.topTenComputed).toBe(false);
  });

  it('compares no places across the 2024 series break, and says why', () => {
    expect(view.climbers.rows).toEqual([]);
    expect(view.climbersNote).toMatch(/seriebrott/);
    expect(view.climbers.columns).toEqual(['Kommun', 'Plats 2023', 'Plats 2024', 'Klättring']);
  });

  it('has one row per county with participants, a computed average with a bar, and the best', () => {
    expect(view.counties.rows).toHaveLength(21);
    expect(view.counties.columns[2]).toBe('Genomsnitt (beräknat)');
    const sodermanland = view.counties.rows.find((r) => cell(r[0]).text === 'Södermanlands län')!;
    expect(cell(sodermanland[0]).href).toBe('/lan/sodermanlands-lan/');
    expect(cell(sodermanland[1]).text).toBe('7');
    expect(cell(sodermanland[2]).bar).toMatch(/^<svg[^>]*aria-hidden="true"/);
    expect(cell(sodermanland[3])).toMatchObject({
      text: 'Oxelösund (82)',
      href: '/kommun/oxelosund/2024/',
    });
  });

  it('includes the map of the year and says what NKI is in two sentences', () => {
    expect(view.map.id).toBe('karta-2024');
    expect(view.aboutNki).toHaveLength(2);
    expect(view.aboutNki[0]).toMatch(/^Nöjd Kund Index \(NKI\)/);
  });
});

describe('averageTrendChart', () => {
  it('adds an extra column when given counts', () => {
    const chart = averageTrendChart({
      idPrefix: 'test',
      measure: 'Index',
      label: 'bygglov',
      points: [
        { year: 2022, value: 70.4, basis: 'computed' },
        { year: 2023, value: 71.6, basis: 'computed' },
      ],
      breaks: [],
      counts: { label: 'Kommuner med resultat', values: [150, 1200] },
    });
    expect(chart.table.columns).toEqual([
      'År',
      'Genomsnitt',
      'Källa',
      'Kommuner med resultat',
      'Anmärkning',
    ]);
    expect(chart.table.rows[1]).toEqual(['2023', '72', 'beräknat', '1\u00a0200', '']);
    expect(chart.subtitle).toBe('Genomsnitt, index 0–100, 2022–2023');
  });
});

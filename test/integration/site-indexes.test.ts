/**
 * Every year reachable: the county and area pages of earlier years, their year switchers, the
 * three indexes and the search index that finds counties and areas.
 */
import { describe, expect, it } from 'vitest';
import { areaPageUrl, areaView, areaYears } from '../../src/site/area-view';
import { countyPageUrl, countyView } from '../../src/site/county-view';
import { searchEntries } from '../../src/site/directory';
import { sitePages } from '../../src/site/feeds-view';
import { areasIndex, countiesIndex, yearsIndex } from '../../src/site/index-view';
import type { TableCell } from '../../src/site/table';
import { exampleDerived } from '../support/example-data';

const derived = exampleDerived();
const norrbotten = derived.dataset.reference.counties.find((c) => c.slug === 'norrbottens-lan')!;
const cell = (c: string | TableCell | undefined): TableCell =>
  typeof c === 'string' || c === undefined ? { text: c ?? '' } : c;

describe('a county in an earlier year', () => {
  const view = countyView(derived, norrbotten, 2021);

  it('ranks the county’s municipalities of that year', () => {
    expect(view.year).toBe(2021);
    expect(view.placesTable.caption).toBe('Placering i Norrbottens län 2021');
    expect(cell(view.placesTable.rows[0]![1])).toEqual({
      text: 'Kalix',
      href: '/kommun/kalix/2021/',
    });
  });

  it('switches to every year, the latest at the county’s own address', () => {
    const years = view.years;
    expect(years.map((y) => y.year)).toEqual(derived.years.map((y) => y.year));
    expect(years.filter((y) => y.current).map((y) => y.year)).toEqual([2021]);
    expect(years.find((y) => y.year === 2024)!.url).toBe('/lan/norrbottens-lan/');
    expect(years.find((y) => y.year === 2010)!.url).toBe('/lan/norrbottens-lan/2010/');
    expect(countyPageUrl(derived, norrbotten, 2021)).toBe('/lan/norrbottens-lan/2021/');
  });

  it('refuses a year without data', () => {
    expect(() => countyView(derived, norrbotten, 2011)).toThrow('Inga resultat för 2011');
  });
});

describe('an area in an earlier year', () => {
  it('ranks that year and links every year it was measured', () => {
    const view = areaView(derived, 'bygglov', 2021);
    expect(view.year).toBe(2021);
    expect(view.ranking.caption).toMatch(/^Bygglov 2021:/);
    expect(view.trend.title).toMatch(/ år 2021 \(beräknat\)$/);
    expect(view.years.map((y) => y.year)).toEqual(areaYears(derived, 'bygglov'));
    expect(areaPageUrl(derived, 'bygglov', 2024)).toBe('/omrade/bygglov/');
    expect(areaPageUrl(derived, 'bygglov', 2021)).toBe('/omrade/bygglov/2021/');
  });

  it('has no earlier years for an area first measured in the latest year', () => {
    expect(areaYears(derived, 'lantmateri')).toEqual([2024]);
  });
});

describe('the indexes', () => {
  it('list every year newest first, every county and every area, each linked', () => {
    const years = yearsIndex(derived).rows.map((r) => cell(r[0]));
    expect(years[0]).toEqual({ text: '2024', href: '/ar/2024/' });
    expect(years).toHaveLength(derived.years.length);
    const counties = countiesIndex(derived).rows.map((r) => cell(r[0]));
    expect(counties).toHaveLength(21);
    expect(counties).toContainEqual({ text: 'Norrbottens län', href: '/lan/norrbottens-lan/' });
    expect(areasIndex(derived).rows.map((r) => cell(r[0]).href)).toContain('/omrade/bygglov/');
  });

  it('are in the sitemap with every county and area year page', () => {
    const pages = new Set(sitePages(derived));
    for (const p of [
      '/ar/',
      '/lan/',
      '/omrade/',
      '/lan/norrbottens-lan/2010/',
      '/omrade/bygglov/2021/',
    ])
      expect(pages.has(p), p).toBe(true);
    expect(pages.has('/lan/norrbottens-lan/2024/')).toBe(false);
  });
});

describe('the search index', () => {
  it('finds counties and areas as well as municipalities', () => {
    const entries = searchEntries(derived, ['bygglov']);
    expect(entries).toContainEqual({
      name: 'Norrbottens län',
      display: 'Norrbottens län',
      url: '/lan/norrbottens-lan/',
      detail: 'län',
    });
    expect(entries).toContainEqual({
      name: 'Bygglov',
      display: 'Bygglov',
      url: '/omrade/bygglov/',
      detail: 'myndighetsområde',
    });
    expect(entries.filter((e) => e.url.startsWith('/kommun/'))).toHaveLength(290);
  });
});

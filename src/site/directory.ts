/**
 * The list of every unit with a page: all 290 municipalities (a page says so when one never
 * took part) and the förbund that appear in the data. Feeds the search index and /kommuner/.
 */
import type { Derived, Unit } from '../lib/model';
import { areaInfo, type AreaId } from '../lib/areas';
import { unitUrl } from './urls';
import { areaPageUrl, areaYears } from './area-view';
import { countyPageUrl } from './county-view';
import { embargoedPages, publishedYears, withoutEmbargoed, type Release } from './embargo';

export interface DirectoryEntry {
  unit: Unit;
  url: string;
  /** County name for municipalities, "förbund" for joint authorities. */
  detail: string;
  years: number[];
}

export function unitDirectory(derived: Derived): DirectoryEntry[] {
  const { reference } = derived.dataset;
  const countyName = new Map(reference.counties.map((c) => [c.code, c.name]));
  const yearsOf = new Map(derived.records.map((r) => [r.unit.code, r.years.map((y) => y.year)]));
  const forbundInData = reference.jointAuthorities.filter((f) => yearsOf.has(f.code));
  const units: Unit[] = [...reference.municipalities, ...forbundInData];
  return units
    .map((unit) => ({
      unit,
      url: unitUrl(unit),
      detail: unit.kind === 'kommun' ? (countyName.get(unit.countyCode) ?? '') : 'förbund',
      years: yearsOf.get(unit.code) ?? [],
    }))
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'sv-SE'));
}

export interface SearchEntry {
  name: string;
  display: string;
  url: string;
  detail: string;
}

/**
 * What the search box finds: every unit with a page, then the counties and the areas, so
 * "norrbotten" finds Norrbottens län and "bygg" finds bygglov. Under an embargo a county or an
 * area leads to its page of the newest published year, and no entry leads to a page under embargo.
 */
export function searchEntries(
  derived: Derived,
  areas: readonly AreaId[],
  release?: Release,
): SearchEntry[] {
  const published = publishedYears(derived, release);
  const shownYear = published.at(-1) ?? derived.years.at(-1)!.year;
  const units = unitDirectory(derived).map((e) => ({
    name: e.unit.name,
    display: e.unit.displayName,
    url: e.url,
    detail: e.detail,
  }));
  const counties = derived.dataset.reference.counties.map((c) => ({
    name: c.name,
    display: c.name,
    url: countyPageUrl(derived, c, shownYear),
    detail: 'län',
  }));
  const areaEntries = areas.flatMap((id) => {
    const { name } = areaInfo(id);
    const year = areaYears(derived, id)
      .filter((y) => published.includes(y))
      .at(-1);
    if (year === undefined) return [];
    return [
      { name, display: name, url: areaPageUrl(derived, id, year), detail: 'myndighetsområde' },
    ];
  });
  const all = [...units, ...counties, ...areaEntries];
  const held = new Set(
    withoutEmbargoed(
      all.map((e) => e.url),
      embargoedPages(derived, release),
    ),
  );
  return all.filter((e) => held.has(e.url));
}

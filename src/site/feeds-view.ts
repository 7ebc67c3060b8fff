/**
 * Atom feeds of releases (per year and per county) and the sitemap's page list. Timestamps come
 * from the data year (publicationDate), never from the build clock.
 */
import type { Derived, UnitYear } from '../lib/model';
import { atomFeed, publicationDate, type AtomEntry } from '../feeds/atom';
import { composeRelease } from '../text/release';
import { AREA_IDS } from '../lib/areas';
import { unitDirectory } from './directory';
import { compareUrl, comparePickerUrl, countyUrl, tipsUrl, unitYearUrl, yearUrl } from './urls';
import { areaPageUrl, areaYears } from './area-view';
import { countyPageUrl } from './county-view';

export const yearFeedPath = (year: number) => `/flode/ar-${year}.xml`;
export const countyFeedPath = (slug: string) => `/flode/lan-${slug}.xml`;

function entry(derived: Derived, uy: UnitYear, siteUrl: string): AtomEntry {
  const release = composeRelease(derived, uy.unit.code, uy.year);
  const link = new URL(unitYearUrl(uy.unit, uy.year), siteUrl).href;
  return {
    id: link,
    title: release.headline,
    summary: release.lede,
    link,
    updated: publicationDate(uy.year),
  };
}

export function yearFeed(derived: Derived, year: number, siteUrl: string): string {
  const units = derived.records.flatMap((r) => r.years.filter((uy) => uy.year === year));
  return atomFeed({
    id: new URL(yearFeedPath(year), siteUrl).href,
    self: new URL(yearFeedPath(year), siteUrl).href,
    title: `NKI-rapporten: pressmeddelanden ${year}`,
    updated: publicationDate(year),
    link: new URL(yearUrl(year), siteUrl).href,
    entries: units.map((uy) => entry(derived, uy, siteUrl)),
  });
}

export function countyFeed(derived: Derived, countyCode: string, siteUrl: string): string {
  const county = derived.dataset.reference.counties.find((c) => c.code === countyCode)!;
  const units = derived.records
    .filter((r) => r.unit.kind === 'kommun' && r.unit.countyCode === countyCode)
    .flatMap((r) => r.years)
    .sort((a, b) => b.year - a.year || a.unit.name.localeCompare(b.unit.name, 'sv-SE'));
  const latest = units[0]?.year ?? derived.years.at(-1)!.year;
  return atomFeed({
    id: new URL(countyFeedPath(county.slug), siteUrl).href,
    self: new URL(countyFeedPath(county.slug), siteUrl).href,
    title: `NKI-rapporten: ${county.name}`,
    updated: publicationDate(latest),
    link: new URL(countyUrl(county), siteUrl).href,
    entries: units.map((uy) => entry(derived, uy, siteUrl)),
  });
}

/** Every HTML page meant for readers (embeds and downloads are left out). */
export function sitePages(derived: Derived): string[] {
  const years = derived.years.map((y) => y.year);
  const areas = AREA_IDS.filter((a) =>
    derived.records.some((r) => r.years.some((uy) => uy.areas.some((x) => x.area === a))),
  );
  return [
    '/',
    '/om/',
    '/tillganglighet/',
    '/kommuner/',
    '/data/',
    '/ar/',
    '/lan/',
    '/omrade/',
    comparePickerUrl(),
    ...years.flatMap((y) => [yearUrl(y), tipsUrl(y)]),
    ...derived.dataset.reference.counties.flatMap((c) =>
      years.map((y) => countyPageUrl(derived, c, y)),
    ),
    ...areas.flatMap((a) => areaYears(derived, a).map((y) => areaPageUrl(derived, a, y))),
    ...unitDirectory(derived).flatMap((e) => [
      e.url,
      ...e.years.map((y) => unitYearUrl(e.unit, y)),
      // Every municipality with a result has a comparison page (src/site/compare-view.ts).
      ...(e.unit.kind === 'kommun' && e.years.length ? [compareUrl(e.unit)] : []),
    ]),
  ];
}

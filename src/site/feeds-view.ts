/**
 * Atom feeds of releases (per year, per county and per municipality) and the sitemap's page list.
 * Timestamps come from the data year (publicationDate) or the newest year's release time
 * (NKI_EMBARGO), never from the build clock. A year under embargo is in no feed and no sitemap.
 */
import type { Derived, UnitRecord, UnitYear } from '../lib/model';
import { atomFeed, type AtomEntry } from '../feeds/atom';
import { composeRelease } from '../text/release';
import { AREA_IDS } from '../lib/areas';
import { unitDirectory } from './directory';
import {
  compareUrl,
  comparePickerUrl,
  countyUrl,
  tipsUrl,
  unitFeedUrl,
  unitUrl,
  unitYearUrl,
  yearUrl,
  yearFeedUrl,
  countyFeedUrl,
  PAGE_URLS,
} from './urls';
import { areaPageUrl, areaYears } from './area-view';
import { countyPageUrl } from './county-view';
import {
  embargoedPages,
  embargoedYear,
  publishedYears,
  releaseDate,
  withoutEmbargoed,
  type Release,
} from './embargo';

function entry(derived: Derived, uy: UnitYear, siteUrl: string, release?: Release): AtomEntry {
  const text = composeRelease(derived, uy.unit.code, uy.year);
  const link = new URL(unitYearUrl(uy.unit, uy.year), siteUrl).href;
  const date = releaseDate(uy.year, release);
  return {
    id: link,
    title: text.headline,
    summary: text.lede,
    link,
    updated: date,
    // The release time, where NKI_EMBARGO gives one: the moment the results went public.
    ...(release?.year === uy.year ? { published: date } : {}),
  };
}

/** The feed's own date: its newest entry's, or the newest published year's for an empty feed. */
function feedUpdated(derived: Derived, entries: AtomEntry[], release?: Release): string {
  const newest = publishedYears(derived, release).at(-1) ?? derived.years.at(-1)!.year;
  return (
    entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? releaseDate(newest, release)
  );
}

/** Releases of `units` outside the embargo. */
const published = (units: UnitYear[], release?: Release) =>
  units.filter((uy) => uy.year !== embargoedYear(release));

/** A year's releases; a year under embargo has an empty feed until it is rebuilt after. */
export function yearFeed(
  derived: Derived,
  year: number,
  siteUrl: string,
  release?: Release,
): string {
  const units = derived.records.flatMap((r) => r.years.filter((uy) => uy.year === year));
  const entries = published(units, release).map((uy) => entry(derived, uy, siteUrl, release));
  return atomFeed({
    id: new URL(yearFeedUrl(year), siteUrl).href,
    self: new URL(yearFeedUrl(year), siteUrl).href,
    title: `NKI-rapporten: pressmeddelanden ${year}`,
    updated: entries.length > 0 ? releaseDate(year, release) : feedUpdated(derived, [], release),
    link: new URL(yearUrl(year), siteUrl).href,
    entries,
  });
}

export function countyFeed(
  derived: Derived,
  countyCode: string,
  siteUrl: string,
  release?: Release,
): string {
  const county = derived.dataset.reference.counties.find((c) => c.code === countyCode)!;
  const units = derived.records
    .filter((r) => r.unit.kind === 'kommun' && r.unit.countyCode === countyCode)
    .flatMap((r) => r.years)
    .sort((a, b) => b.year - a.year || a.unit.name.localeCompare(b.unit.name, 'sv-SE'));
  const entries = published(units, release).map((uy) => entry(derived, uy, siteUrl, release));
  return atomFeed({
    id: new URL(countyFeedUrl(county), siteUrl).href,
    self: new URL(countyFeedUrl(county), siteUrl).href,
    title: `NKI-rapporten: ${county.name}`,
    updated: feedUpdated(derived, entries, release),
    link: new URL(countyUrl(county), siteUrl).href,
    entries,
  });
}

/** One municipality's releases, newest first, for a reader who follows it. */
export function unitFeed(
  derived: Derived,
  record: UnitRecord,
  siteUrl: string,
  release?: Release,
): string {
  const { unit } = record;
  const units = [...record.years].reverse();
  const entries = published(units, release).map((uy) => entry(derived, uy, siteUrl, release));
  return atomFeed({
    id: new URL(unitFeedUrl(unit), siteUrl).href,
    self: new URL(unitFeedUrl(unit), siteUrl).href,
    title: `NKI-rapporten: ${unit.displayName}`,
    updated: feedUpdated(derived, entries, release),
    link: new URL(unitUrl(unit), siteUrl).href,
    entries,
  });
}

/** Every HTML page meant for readers and search engines: the sitemap (no page under embargo). */
export function publicPages(derived: Derived, release?: Release): string[] {
  return withoutEmbargoed(sitePages(derived), embargoedPages(derived, release));
}

/** Every HTML page meant for readers (embeds and downloads are left out). */
export function sitePages(derived: Derived): string[] {
  const years = derived.years.map((y) => y.year);
  const areas = AREA_IDS.filter((a) =>
    derived.records.some((r) => r.years.some((uy) => uy.areas.some((x) => x.area === a))),
  );
  return [
    '/',
    PAGE_URLS.about,
    PAGE_URLS.accessibility,
    PAGE_URLS.directory,
    PAGE_URLS.data,
    PAGE_URLS.years,
    PAGE_URLS.counties,
    PAGE_URLS.areas,
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

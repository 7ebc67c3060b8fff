/**
 * The newest year's release and its embargo (docs/decisions/embargo.md), as pure functions of the
 * model and the build's setting: which pages are a preview (banner, noindex, left out of the
 * sitemap, the feeds and the search index), which years count as published, and the date a feed
 * gives a year's releases.
 */
import { publicationDate } from '../feeds/atom';
import { formatEmbargoTime, rfc3339, type EmbargoSetting } from '../lib/embargo';
import type { Derived } from '../lib/model';
import { AREA_IDS } from '../lib/areas';
import { areaPageUrl, areaYears } from './area-view';
import { countyPageUrl } from './county-view';
import { comparePickerUrl, compareUrl, PAGE_URLS, tipsUrl, unitYearUrl, yearUrl } from './urls';

/** The newest data year's release time, and whether the build is before it. */
export interface Release {
  year: number;
  at: Date;
  /** The build is before `at`: the year's pages are a preview under embargo. */
  embargoed: boolean;
  /** "27 april 2027 kl. 08.00". */
  label: string;
}

/**
 * The release of the newest data year under `setting`. An embargo still ahead always applies to
 * the newest year; a release time already passed dates the newest year's releases only when it
 * lies after that data year (a variable left over from last year's release does not).
 */
export function releaseOf(
  derived: Pick<Derived, 'years'>,
  setting: EmbargoSetting | undefined,
): Release | undefined {
  const year = derived.years.at(-1)?.year;
  if (!setting || year === undefined) return undefined;
  const applies = setting.active || Number(rfc3339(setting.release).slice(0, 4)) > year;
  if (!applies) return undefined;
  return {
    year,
    at: setting.release,
    embargoed: setting.active,
    label: formatEmbargoTime(setting.release),
  };
}

/** The year under embargo in this build, if any. */
export const embargoedYear = (release: Release | undefined): number | undefined =>
  release?.embargoed ? release.year : undefined;

/** The data years that count as published (every year but one under embargo), ascending. */
export function publishedYears(derived: Pick<Derived, 'years'>, release?: Release): number[] {
  const held = embargoedYear(release);
  return derived.years.map((y) => y.year).filter((y) => y !== held);
}

/** When a year's releases count as published, for feeds: the release time, or 1 April after. */
export function releaseDate(year: number, release?: Release): string {
  return release && release.year === year ? rfc3339(release.at) : publicationDate(year);
}

/**
 * The pages whose main content is the year under embargo: its unit-year pages, the year page and
 * its tips, each county's and area's page of that year (for the newest year their own address,
 * /lan/<slug>/ and /omrade/<id>/), the comparison pages of the units whose newest year it is,
 * the comparison picker, the years index and the start page, which shows the latest year at a
 * glance.
 * Empty without an embargo.
 */
export function embargoedPages(derived: Derived, release?: Release): Set<string> {
  const year = embargoedYear(release);
  if (year === undefined) return new Set();
  return new Set([
    '/',
    yearUrl(year),
    tipsUrl(year),
    ...derived.dataset.reference.counties.map((c) => countyPageUrl(derived, c, year)),
    ...AREA_IDS.filter((a) => areaYears(derived, a).includes(year)).map((a) =>
      areaPageUrl(derived, a, year),
    ),
    ...derived.records.flatMap((r) =>
      r.years.filter((uy) => uy.year === year).map((uy) => unitYearUrl(uy.unit, uy.year)),
    ),
    // A comparison page shows the unit's newest year; the picker's data and the years index hold
    // it. The unit's own page stays public (it is how a reader finds the unit) and leaves the
    // year out of its description.
    ...derived.records.flatMap((r) =>
      r.unit.kind === 'kommun' && r.years.at(-1)?.year === year ? [compareUrl(r.unit)] : [],
    ),
    PAGE_URLS.years,
    comparePickerUrl(),
  ]);
}

/** `paths` without the pages under embargo, order kept. */
export function withoutEmbargoed(paths: readonly string[], embargoed: Set<string>): string[] {
  return paths.filter((p) => !embargoed.has(p.replace(/#.*$/, '')));
}

/** What a page under embargo says at the top. */
export interface EmbargoNotice {
  /** "Under embargo till 27 april 2027 kl. 08.00" */
  title: string;
  detail: string;
}

/** The notice of the page at `path`, when it is under embargo. */
export function embargoNotice(
  path: string,
  embargoed: Set<string>,
  release?: Release,
): EmbargoNotice | undefined {
  if (!release?.embargoed || !embargoed.has(path)) return undefined;
  return {
    title: `Under embargo till ${release.label}`,
    detail: `Resultaten för ${release.year} är en förhandsversion och får inte publiceras före dess. Sidan visas inte i sökmotorer, i webbplatsens sökning, i flöden eller i sitemap förrän då.`,
  };
}

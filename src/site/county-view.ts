/**
 * View model for /lan/<slug>/: the generated county summary for the latest year, the county's
 * municipalities side by side over the years (NKI, linked to each year's page), and their
 * places within the county. A year a municipality did not take part is "–".
 */
import type { County, Derived, UnitYear } from '../lib/model';
import { arrangeRelease, type ArrangedBlock } from '../text/arrange';
import { composeCountySummary } from '../text/county-summary';
import { formatNumber } from '../text/format';
import type { Release } from '../text/types';
import { seriesBreaks } from './chart-data';
import { countyUrl, countyYearUrl, unitUrl, unitYearUrl, yearUrl } from './urls';
import { indexCell, placeCell, type Row, type TableView } from './cells';

export interface CountyView {
  county: County;
  year: number;
  release: Release;
  blocks: ArrangedBlock[];
  description: string;
  /** Municipality × year, NKI. */
  nkiTable: TableView;
  /** The latest year's county ranking with national places. */
  placesTable: TableView;
  /** Municipality × year, place within the county. */
  placesOverYears: TableView;
  /** Says which columns start a new NKI series, when any do. */
  breakNote?: string;
  /** Municipalities of the county that never took part. */
  neverTookPart: { name: string; url: string }[];
  yearUrl: string;
  others: { name: string; url: string }[];
  /** Every data year's county page, for the year switcher. */
  years: YearLink[];
}

export interface YearLink {
  year: number;
  url: string;
  current: boolean;
}

/** The county's page for a year: the latest year keeps the county's own address. */
export function countyPageUrl(derived: Derived, county: County, year: number): string {
  return year === derived.years.at(-1)?.year ? countyUrl(county) : countyYearUrl(county, year);
}

/** Builds everything /lan/<slug>/ (the latest year) or /lan/<slug>/<year>/ shows. */
export function countyView(derived: Derived, county: County, year?: number): CountyView {
  const latest = derived.years.at(-1);
  if (!latest) throw new Error('Inga resultat');
  year ??= latest.year;
  const shown = year;
  if (!derived.years.some((y) => y.year === shown)) throw new Error(`Inga resultat för ${year}`);
  const release = composeCountySummary(derived, county.code, year);
  const members = derived.dataset.reference.municipalities
    .filter((m) => m.countyCode === county.code)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'));
  const records = derived.records.filter(
    (r) => r.unit.kind === 'kommun' && r.unit.countyCode === county.code,
  );
  const withData = new Set(records.map((r) => r.unit.code));
  const years = derived.years.map((y) => y.year);
  const participants = members.filter((m) => withData.has(m.code));
  const get = (code: string, y: number) => derived.byUnitYear.get(`${code}:${y}`);
  const breaks = new Set(seriesBreaks(derived));
  const yearColumns = years.map((y) => (breaks.has(y) ? `${y} (ny serie)` : String(y)));

  const nkiTable: TableView = {
    caption: `NKI per kommun och år i ${county.name}`,
    columns: ['Kommun', ...yearColumns],
    rows: participants.map((m): Row => [
      { text: m.name, href: unitUrl(m) },
      ...years.map((y) => {
        const uy = get(m.code, y);
        return uy ? { ...indexCell(uy.nki), href: unitYearUrl(m, y) } : '–';
      }),
    ]),
  };

  const latestUnits = participants.flatMap((m) => get(m.code, year) ?? []);
  const countyPlace = (u: UnitYear) =>
    u.county?.kind === 'ranked' ? u.county.rank.place : Number.POSITIVE_INFINITY;
  const placesTable: TableView = {
    caption: `Placering i ${county.name} ${year}`,
    columns: ['Plats i länet', 'Kommun', 'NKI', 'Plats i landet'],
    rows: [...latestUnits]
      .sort(
        (a, b) =>
          countyPlace(a) - countyPlace(b) || a.unit.name.localeCompare(b.unit.name, 'sv-SE'),
      )
      .map((u): Row => [
        placeCell(u.county ?? { kind: 'not-ranked', reason: 'no-result' }),
        { text: u.unit.name, href: unitYearUrl(u.unit, year) },
        indexCell(u.nki),
        placeCell(u.national),
      ]),
  };

  const placesOverYears: TableView = {
    caption: `Placering inom ${county.name} per år`,
    columns: ['Kommun', ...yearColumns],
    rows: participants.map((m): Row => [
      { text: m.name, href: unitUrl(m) },
      ...years.map((y) => {
        const outcome = get(m.code, y)?.county;
        return outcome ? placeCell(outcome) : '–';
      }),
    ]),
  };

  return {
    county,
    year,
    release,
    blocks: arrangeRelease(release),
    description: `${release.lede} Länets ${formatNumber(participants.length)} deltagande kommuner över åren.`,
    nkiTable,
    breakNote: breaks.size
      ? `Kolumner märkta ”ny serie” börjar ett seriebrott: NKI totalt är då sammansatt av andra områden än året före, så värdena går inte att jämföra rakt av.`
      : undefined,
    placesTable,
    placesOverYears,
    neverTookPart: members
      .filter((m) => !withData.has(m.code))
      .map((m) => ({ name: m.name, url: unitUrl(m) })),
    yearUrl: yearUrl(year),
    others: derived.dataset.reference.counties
      .filter((c) => c.code !== county.code)
      .map((c) => ({ name: c.name, url: countyPageUrl(derived, c, shown) })),
    years: years.map((y) => ({
      year: y,
      url: countyPageUrl(derived, county, y),
      current: y === shown,
    })),
  };
}

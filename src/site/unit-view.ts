/**
 * View models for a unit's pages: /kommun/<slug>/<year>/ (the permalink communicators share)
 * and /kommun/<slug>/ (all years); the facts beside the release are in unit-facts.ts.
 */
import type { County, Derived, Unit, UnitRecord, UnitYear } from '../lib/model';
import type { ChartSpec } from '../charts';
import { composeRelease } from '../text/release';
import { arrangeRelease, type ArrangedBlock } from '../text/arrange';
import { releaseToPlainText } from '../text/plain';
import type { Release } from '../text/types';
import {
  formatDelta,
  formatIndex,
  formatNumber,
  formatRate,
  gradeLabel,
  roundIndex,
} from '../text/format';
import { scoreText } from '../text/labels';
import type { EditorialEntry } from './editorial';
import { site } from './config';
import { pressView, type PressView } from './press-view';
import { factsOf, rankText, type Fact } from './unit-facts';
import { areaTable, type AreaTable } from './unit-basis';
import { areaHistoryFor } from './chart-history';
import { areasFor, distributionFor, factorsFor, placesFor, trendFor } from './chart-data';
import type { TableCell } from './table';
import { chartMeans } from '../claims/chart-means';

export { factsOf, peerFact, rankText, type Fact } from './unit-facts';
import { compareUrl, countyUrl, unitUrl, unitYearUrl, yearUrl } from './urls';

export interface UnitYearView {
  uy: UnitYear;
  county?: County;
  release: Release;
  /** The press kit: short headline, notis, share card and Word file. */
  press?: PressView;
  blocks: ArrangedBlock[];
  plainText: string;
  editorial?: EditorialEntry;
  facts: Fact[];
  charts: ChartSpec[];
  /**
   * The unit page's other charts as they stood this year (places, NUI): not shown here, but
   * kept so that this page can be their embed (src/site/embed-urls.ts).
   */
  embedOnly: ChartSpec[];
  areaTable: AreaTable;
  previous?: { year: number; url: string };
  next?: { year: number; url: string };
  /** `compare`: the municipality's comparison page (kommungrupp, county, country). */
  links: { unit: string; year: string; county?: string; compare?: string };
}

export function countyOfUnit(derived: Derived, unit: Unit): County | undefined {
  return unit.kind === 'kommun'
    ? derived.dataset.reference.counties.find((c) => c.code === unit.countyCode)
    : undefined;
}

export function recordOf(derived: Derived, code: string): UnitRecord | undefined {
  return derived.records.find((r) => r.unit.code === code);
}

export function unitYearView(
  derived: Derived,
  record: UnitRecord,
  year: number,
  editorial: EditorialEntry | undefined,
): UnitYearView {
  const index = record.years.findIndex((y) => y.year === year);
  const uy = record.years[index]!;
  const county = countyOfUnit(derived, uy.unit);
  const release = composeRelease(derived, uy.unit.code, year);
  const prev = record.years[index - 1];
  const next = record.years[index + 1];
  const charts = [
    areasFor(uy, chartMeans(derived)),
    factorsFor(uy, chartMeans(derived)),
    distributionFor(derived, uy),
    // As it stood this year, with this year marked: the page is the chart's embed (chart-refs.ts).
    trendFor(derived, record, 'nki', year, year),
  ].filter((c): c is ChartSpec => c !== undefined);
  const embedOnly = [
    uy.unit.kind === 'kommun' ? placesFor(derived, record, year) : undefined,
    hasNui(record, year) ? trendFor(derived, record, 'nui', year) : undefined,
  ].filter((c): c is ChartSpec => c !== undefined);
  return {
    uy,
    county,
    release,
    press: pressView(derived, uy, release, record.years),
    blocks: arrangeRelease(release, editorial?.editorial),
    plainText: releaseToPlainText(
      release,
      editorial?.editorial,
      pageAddress(unitYearUrl(uy.unit, year)),
    ),
    editorial,
    facts: factsOf(uy, county),
    charts,
    embedOnly,
    areaTable: areaTable(uy),
    previous: prev && { year: prev.year, url: unitYearUrl(uy.unit, prev.year) },
    next: next && { year: next.year, url: unitYearUrl(uy.unit, next.year) },
    links: {
      unit: unitUrl(uy.unit),
      year: yearUrl(year),
      county: county && countyUrl(county),
      compare: uy.unit.kind === 'kommun' ? compareUrl(uy.unit) : undefined,
    },
  };
}

/** The page's full address, for the text a communicator copies. */
function pageAddress(pathname: string): string {
  return new URL(pathname, site.url).href;
}

/** Whether the unit has a measured NUI up to `year` (NUI is measured from 2020, rules.NUI_FROM). */
const hasNui = (record: UnitRecord, year: number) =>
  record.years.some((y) => y.year <= year && y.nui.kind === 'measured');

export interface UnitOverview {
  unit: Unit;
  county?: County;
  record?: UnitRecord;
  latest?: UnitYearView;
  charts: ChartSpec[];
  yearColumns: string[];
  yearRows: { year: number; url: string; cells: string[] }[];
  countyPeers: (string | TableCell)[][];
}

export function unitOverview(
  derived: Derived,
  unit: Unit,
  editorialFor: (slug: string, year: number) => EditorialEntry | undefined,
): UnitOverview {
  const record = recordOf(derived, unit.code);
  const county = countyOfUnit(derived, unit);
  if (!record || record.years.length === 0) {
    return { unit, county, charts: [], yearColumns: [], yearRows: [], countyPeers: [] };
  }
  const last = record.years.at(-1)!;
  const latest = unitYearView(derived, record, last.year, editorialFor(unit.slug, last.year));
  // The charts over the years end with the latest year, as on that year's page (which embeds them).
  const charts = [
    trendFor(derived, record, 'nki', last.year),
    unit.kind === 'kommun' ? placesFor(derived, record, last.year) : undefined,
    areasFor(last, chartMeans(derived)),
    factorsFor(last, chartMeans(derived)),
    hasNui(record, last.year) ? trendFor(derived, record, 'nui', last.year) : undefined,
    areaHistoryFor(derived, record, chartMeans(derived)),
  ].filter((c): c is ChartSpec => c !== undefined);
  const years = [...record.years].reverse();
  const withAnswers = years.some((uy) => uy.row.answers !== undefined);
  const withRates = years.some((uy) => uy.row.responseRate !== undefined);
  const yearColumns = ['År', 'NKI', 'Betyg', 'Placering i landet', 'NUI'];
  if (withAnswers) yearColumns.push('Antal svar');
  if (withRates) yearColumns.push('Svarsfrekvens');
  const yearRows = years.map((uy) => ({
    year: uy.year,
    url: unitYearUrl(unit, uy.year),
    cells: [
      scoreText(uy.nki),
      uy.grade ? gradeLabel(uy.grade) : '–',
      unit.kind === 'kommun' ? rankText(uy.national) : '–',
      uy.nui.kind === 'measured' ? scoreText(uy.nui) : '–',
      ...(withAnswers ? [uy.row.answers !== undefined ? formatNumber(uy.row.answers) : '–'] : []),
      ...(withRates
        ? [uy.row.responseRate !== undefined ? formatRate(uy.row.responseRate) : '–']
        : []),
    ],
  }));
  return {
    unit,
    county,
    record,
    latest,
    charts,
    yearColumns,
    yearRows,
    countyPeers: countyPeers(derived, last, county),
  };
}

/** The county's municipalities in the unit's latest year, best first. */
function countyPeers(
  derived: Derived,
  uy: UnitYear,
  county: County | undefined,
): (string | TableCell)[][] {
  if (!county) return [];
  const peers = derived.records
    .filter((r) => r.unit.kind === 'kommun' && r.unit.countyCode === county.code)
    .map((r) => derived.byUnitYear.get(`${r.unit.code}:${uy.year}`))
    .filter((p): p is UnitYear => p !== undefined && p.nki.kind === 'measured');
  peers.sort(
    (a, b) =>
      (b.nki.kind === 'measured' ? b.nki.value : 0) - (a.nki.kind === 'measured' ? a.nki.value : 0),
  );
  return peers.map((p) => [
    { text: p.unit.displayName, href: unitYearUrl(p.unit, p.year) },
    scoreText(p.nki),
    rankText(p.county),
    p.nkiChange && !p.nkiChange.acrossBreak ? formatDelta(p.nkiChange.delta) : '–',
  ]);
}

export const publishedIndex = (v: number) => formatIndex(roundIndex(v));

/**
 * View models for a unit's pages: /kommun/<slug>/<year>/ (the permalink communicators share)
 * and /kommun/<slug>/ (all years). Everything a page shows is computed here.
 */
import { AREAS } from '../lib/areas';
import type { County, Derived, RankOutcome, Unit, UnitRecord, UnitYear } from '../lib/model';
import type { ChartSpec } from '../charts';
import { composeRelease } from '../text/release';
import { arrangeRelease, type ArrangedBlock } from '../text/arrange';
import { releaseToPlainText } from '../text/plain';
import type { Release } from '../text/types';
import { formatDelta, formatIndex, gradeLabel, roundIndex } from '../text/format';
import { notRankedLabel, scoreText } from '../text/labels';
import { noPeerGroupingYetWords } from '../text/rule-words';
import type { EditorialEntry } from './editorial';
import { pressView, type PressView } from './press-view';
import {
  areaHistoryFor,
  areasFor,
  distributionFor,
  factorsFor,
  placesFor,
  trendFor,
} from './chart-data';
import type { TableCell } from './table';
import { countyUrl, unitUrl, unitYearUrl, yearUrl } from './urls';

export interface Fact {
  label: string;
  value: string;
  note?: string;
}

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
  areaRows: string[][];
  previous?: { year: number; url: string };
  next?: { year: number; url: string };
  links: { unit: string; year: string; county?: string };
}

/** "plats 2" / "plats 12 (beräknad)" / the reason it has none. */
export function rankText(outcome: RankOutcome | undefined): string {
  if (!outcome) return '–';
  if (outcome.kind === 'not-ranked') return notRankedLabel(outcome.reason);
  const r = outcome.rank;
  const tied = r.tied ? ' (delad)' : '';
  return `plats ${r.place}${tied}${r.basis === 'computed' ? ' (beräknad)' : ''}`;
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
    areasFor(derived, uy),
    factorsFor(derived, uy),
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
    areaRows: areaRows(uy),
    previous: prev && { year: prev.year, url: unitYearUrl(uy.unit, prev.year) },
    next: next && { year: next.year, url: unitYearUrl(uy.unit, next.year) },
    links: { unit: unitUrl(uy.unit), year: yearUrl(year), county: county && countyUrl(county) },
  };
}

/** The page's full address when the build knows the site's URL, else its path. */
function pageAddress(pathname: string): string {
  const site = (import.meta.env as Record<string, string | undefined> | undefined)?.SITE;
  return site ? new URL(pathname, site).href : pathname;
}

/** Whether the unit has a measured NUI in a year the NUI trend draws (2020 on), up to `year`. */
const hasNui = (record: UnitRecord, year: number) =>
  record.years.some((y) => y.year >= 2020 && y.year <= year && y.nui.kind === 'measured');

export function factsOf(uy: UnitYear, county: County | undefined): Fact[] {
  const facts: Fact[] = [
    {
      label: 'NKI totalt',
      value: scoreText(uy.nki),
      note: uy.grade && `${gradeLabel(uy.grade)} resultat`,
    },
  ];
  if (uy.unit.kind === 'kommun') {
    facts.push({ label: 'I landet', value: rankText(uy.national) });
    if (county) facts.push({ label: `I ${county.name}`, value: rankText(uy.county) });
    if (uy.larger) facts.push({ label: 'Bland större kommuner', value: rankText(uy.larger) });
    facts.push(peerFact(uy));
  }
  if (uy.nui.kind === 'measured') {
    facts.push({
      label: 'NUI (upphandling)',
      value: scoreText(uy.nui),
      note: rankText(uy.nuiRank),
    });
  }
  if (uy.nkiChange && !uy.nkiChange.acrossBreak) {
    facts.push({
      label: `Jämfört med ${uy.nkiChange.fromYear}`,
      value: formatDelta(uy.nkiChange.delta),
      note: uy.nkiChange.notable ? undefined : 'i stort sett oförändrat',
    });
  }
  return facts;
}

/**
 * The kommungrupp: "Kommungrupp: Landsbygdskommun", "plats 1 av 16 (beräknad)", "median 78, SKR:s
 * indelning 2017"; before 2017 the page says there is none in the data.
 */
export function peerFact(uy: UnitYear): Fact {
  const p = uy.peers;
  if (!p) return { label: 'Kommungrupp', value: '–', note: noPeerGroupingYetWords() };
  const r = p.rank.kind === 'ranked' ? p.rank.rank : undefined;
  const value = r
    ? `plats ${r.place}${r.outOf !== undefined ? ` av ${r.outOf}` : ''}${r.tied ? ' (delad)' : ''}${r.basis === 'computed' ? ' (beräknad)' : ''}`
    : rankText(p.rank);
  const median = p.median !== undefined ? `median ${formatIndex(p.median)}, ` : '';
  return {
    label: `Kommungrupp: ${p.group.name}`,
    value,
    note: `${median}SKR:s indelning ${p.edition}`,
  };
}

/** Areas as table rows: area, index, grade, place, change. */
export function areaRows(uy: UnitYear): string[][] {
  return AREAS.flatMap((a) => {
    const ay = uy.areas.find((x) => x.area === a.id);
    if (!ay) return [];
    const change = ay.change
      ? ay.change.acrossBreak
        ? 'ej jämförbart (seriebrott)'
        : `${formatDelta(ay.change.delta)} sedan ${ay.change.fromYear}`
      : '–';
    return [
      [
        a.name,
        scoreText(ay.score),
        ay.grade ? gradeLabel(ay.grade) : '–',
        rankText(ay.rank),
        change,
      ],
    ];
  });
}

export interface UnitOverview {
  unit: Unit;
  county?: County;
  record?: UnitRecord;
  latest?: UnitYearView;
  charts: ChartSpec[];
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
    return { unit, county, charts: [], yearRows: [], countyPeers: [] };
  }
  const last = record.years.at(-1)!;
  const latest = unitYearView(derived, record, last.year, editorialFor(unit.slug, last.year));
  // The charts over the years end with the latest year, as on that year's page (which embeds them).
  const charts = [
    trendFor(derived, record, 'nki', last.year),
    unit.kind === 'kommun' ? placesFor(derived, record, last.year) : undefined,
    areasFor(derived, last),
    factorsFor(derived, last),
    hasNui(record, last.year) ? trendFor(derived, record, 'nui', last.year) : undefined,
    areaHistoryFor(derived, record),
  ].filter((c): c is ChartSpec => c !== undefined);
  const yearRows = [...record.years].reverse().map((uy) => ({
    year: uy.year,
    url: unitYearUrl(unit, uy.year),
    cells: [
      scoreText(uy.nki),
      uy.grade ? gradeLabel(uy.grade) : '–',
      unit.kind === 'kommun' ? rankText(uy.national) : '–',
      uy.nui.kind === 'measured' ? scoreText(uy.nui) : '–',
    ],
  }));
  return {
    unit,
    county,
    record,
    latest,
    charts,
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

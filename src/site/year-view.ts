/**
 * View model for /ar/<year>/: the national release, then the full NKI ranking (every
 * municipality in the file, ranked first in place order, then the not-ranked with their reason),
 * the area and NUI rankings, the participants and the biggest changes. Tables arrive formatted
 * for sv-SE readers; sort keys are unrounded values so /js/sort.js orders as SKR does.
 */
import { AREAS } from '../lib/areas';
import type { Change, County, Derived, RankOutcome, UnitYear, YearSummary } from '../lib/model';
import { unitsInYear, yearHighlights } from '../lib/highlights';
import { arrangeRelease, type ArrangedBlock } from '../text/arrange';
import { composeYearRelease } from '../text/year-release';
import {
  capitalize,
  countNoun,
  formatDelta,
  formatIndex,
  formatNumber,
  gradeLabel,
} from '../text/format';
import { notRankedLabel } from '../text/labels';
import { noPeerGroupingWords, peerGroupWords } from '../text/peer-words';
import { PEERS_FROM } from '../lib/rules';
import type { Release } from '../text/types';
import type { TableCell } from './table';
import type { YearLink } from './county-view';
import { areaUrl, countyUrl, tipsUrl, unitYearUrl, yearUrl } from './urls';

export type Row = (string | TableCell)[];

export interface TableView {
  caption: string;
  columns: string[];
  rows: Row[];
  /** Per row, what /js/filter.js filters on (county, size group, grade). */
  rowData?: Record<string, string>[];
}

export interface AreaRanking extends TableView {
  id: string;
  name: string;
  url: string;
  /** "183 kommuner rankas." and how many had a result without a place. */
  note: string;
}

export interface YearView {
  year: number;
  summary: YearSummary;
  release: Release;
  blocks: ArrangedBlock[];
  description: string;
  ranking: TableView;
  /** Flags a comparison across a series break in the change column, if any. */
  rankingNote?: string;
  areaRankings: AreaRanking[];
  nuiRanking?: AreaRanking;
  /** SKR's kommungrupper this year: each group's median and its own ranking (works without JS). */
  peers: PeerGroupsView;
  participants: { label: string; value: string }[];
  /** Set when the file is partial: how many took part cannot be read from it. */
  participantsNote?: string;
  forbund: { name: string; url: string }[];
  changes: { up: TableView; down: TableView } | undefined;
  changesNote?: string;
  /** Every data year's page, for the year switcher. */
  years: YearLink[];
  tips: string;
  downloads: { href: string; label: string }[];
}

export interface PeerGroupsView {
  /** Which grouping the year uses, or that there is none before 2017. */
  note: string;
  /** One row per group: the group (linking to its ranking), with NKI, median, best. */
  summary?: TableView;
  groups: { id: string; name: string; summary: string; ranking: TableView }[];
}

/** The size group's threshold: municipalities with more inhabitants are "större kommuner". */
const LARGER = 40_000;

/** Sorts a not-ranked unit after every place when the table is sorted ascending. */
const NO_PLACE = 99999;

/** Builds everything /ar/<year>/ shows; throws when the year has no data. */
export function yearView(derived: Derived, year: number): YearView {
  const summary = derived.years.find((y) => y.year === year);
  if (!summary) throw new Error(`Inga resultat för ${year}`);
  const release = composeYearRelease(derived, year);
  const counties = new Map(derived.dataset.reference.counties.map((c) => [c.code, c]));
  const units = unitsInYear(derived, year);
  const kommuner = units.filter((u) => u.unit.kind === 'kommun');
  const index = derived.years.findIndex((y) => y.year === year);
  const prev = derived.years[index - 1];
  const acrossBreak = kommuner.some((u) => u.nkiChange?.acrossBreak);

  return {
    year,
    summary,
    release,
    blocks: arrangeRelease(release),
    description: `${release.lede} Hela rankningen av kommunerna på Nöjd Kund Index ${year}.`,
    ranking: nkiRanking(kommuner, counties, year, prev?.year),
    rankingNote:
      acrossBreak && prev
        ? `Förändringar markerade ”seriebrott” jämför ${year} med ${prev.year}, då NKI totalt byggde på andra områden. De går inte att jämföra rakt av.`
        : undefined,
    areaRankings: areaRankings(kommuner, year),
    peers: peerGroups(summary, kommuner, year),
    nuiRanking: nuiRanking(kommuner, year, prev?.year),
    participants: participants(summary, kommuner),
    participantsNote: summary.complete
      ? undefined
      : 'Resultatfilen är inte komplett (placeringarna går längre än antalet rader), så den visar inte hur många som deltog eller rankades. Siffrorna här gäller bara raderna i filen.',
    forbund: units
      .filter((u) => u.unit.kind === 'forbund')
      .map((u) => ({ name: u.unit.name, url: unitYearUrl(u.unit, year) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE')),
    ...biggestChanges(derived, kommuner, year, prev?.year),
    years: derived.years.map((y) => ({
      year: y.year,
      url: yearUrl(y.year),
      current: y.year === year,
    })),
    tips: tipsUrl(year),
    downloads: [
      { href: `/data/${year}.csv`, label: `Resultat ${year} (CSV)` },
      { href: `/data/${year}-excel.csv`, label: `Resultat ${year} för Excel (CSV)` },
      { href: `/data/${year}.json`, label: `Resultat ${year} (JSON)` },
    ],
  };
}

/** A place as a table cell: "12", "delad 12", "12 (beräknad)", or the reason there is none. */
export function placeCell(outcome: RankOutcome | undefined): TableCell {
  if (!outcome) return { text: '–', sort: NO_PLACE };
  if (outcome.kind === 'not-ranked')
    return { text: notRankedLabel(outcome.reason), sort: NO_PLACE };
  const r = outcome.rank;
  const text = `${r.tied ? 'delad ' : ''}${formatNumber(r.place)}${r.basis === 'computed' ? ' (beräknad)' : ''}`;
  return { text, sort: r.place };
}

/** An index as a cell: the published integer, sorted on the unrounded value. */
export function indexCell(score: UnitYear['nki']): TableCell {
  return score.kind === 'measured'
    ? { text: formatIndex(score.value), sort: score.value }
    : { text: '–', sort: -1 };
}

/**
 * A change as a cell: "+3", "−2", "0"; marked when it crosses a series break, and with its
 * starting year when that is not `previousYear` (the unit skipped a year).
 */
export function changeCell(change: Change | undefined, previousYear?: number): TableCell {
  if (!change) return { text: '–', sort: -999 };
  const notes = [
    ...(change.acrossBreak ? ['seriebrott'] : []),
    ...(previousYear !== undefined && change.fromYear !== previousYear
      ? [`från ${change.fromYear}`]
      : []),
  ];
  return {
    text: `${formatDelta(change.delta)}${notes.length ? ` (${notes.join(', ')})` : ''}`,
    sort: change.delta,
  };
}

function placeOf(outcome: RankOutcome | undefined): number {
  return outcome?.kind === 'ranked' ? outcome.rank.place : NO_PLACE;
}

/** Ranked first in place order, then the rest alphabetically. */
function byPlace(pick: (u: UnitYear) => RankOutcome | undefined) {
  return (a: UnitYear, b: UnitYear) =>
    placeOf(pick(a)) - placeOf(pick(b)) || a.unit.name.localeCompare(b.unit.name, 'sv-SE');
}

function nkiRanking(
  kommuner: UnitYear[],
  counties: Map<string, County>,
  year: number,
  previousYear: number | undefined,
): TableView {
  const sorted = [...kommuner].sort(byPlace((u) => u.national));
  // Place, name and index first: on a phone they are what fits without scrolling sideways.
  const rows = sorted.map((u): Row => {
    const county = u.unit.kind === 'kommun' ? counties.get(u.unit.countyCode) : undefined;
    return [
      placeCell(u.national),
      { text: u.unit.name, href: unitYearUrl(u.unit, year) },
      indexCell(u.nki),
      u.grade ? gradeLabel(u.grade) : '–',
      changeCell(u.nkiChange, previousYear),
      county ? { text: county.name, href: countyUrl(county) } : '–',
    ];
  });
  return {
    caption: `Nöjd Kund Index (NKI) ${year}: alla kommuner i resultatfilen, i rankningsordning`,
    columns: ['Plats', 'Kommun', 'NKI', 'Betyg', 'Förändring', 'Län'],
    rows,
    rowData: sorted.map((u) => ({
      lan: u.unit.kind === 'kommun' ? (counties.get(u.unit.countyCode)?.name ?? '') : '',
      storlek: u.unit.kind === 'kommun' && u.unit.population > LARGER ? 'stor' : 'liten',
      betyg: u.grade ? gradeLabel(u.grade) : 'Inget betyg',
      ...(u.peers ? { kommungrupp: u.peers.group.name } : {}),
    })),
  };
}

/** "grupp-c8": the anchor of a group's ranking on the year page. */
export function peerGroupAnchor(groupCode: string): string {
  return `grupp-${groupCode.toLowerCase()}`;
}

function peerGroups(summary: YearSummary, kommuner: UnitYear[], year: number): PeerGroupsView {
  const groups = summary.peerGroups;
  const edition = groups?.[0]?.edition;
  if (!groups || edition === undefined) {
    return {
      note: `${noPeerGroupingWords(PEERS_FROM)}, så ${year} har ingen rankning per grupp.`,
      groups: [],
    };
  }
  const inGroup = (code: string) =>
    kommuner.filter((u) => u.peers?.group.code === code).sort(byPlace((u) => u.peers?.rank));
  const summaryRows = groups.map((g): Row => {
    const best = inGroup(g.group.code).find((u) => {
      const r = u.peers?.rank;
      return r?.kind === 'ranked' && r.rank.place === 1 && !r.rank.tied;
    });
    return [
      { text: g.group.name, href: `#${peerGroupAnchor(g.group.code)}` },
      { text: `${formatNumber(g.withNki)} av ${formatNumber(g.members)}`, sort: g.withNki },
      g.median !== undefined ? { text: formatIndex(g.median), sort: g.median } : '–',
      best ? { text: best.unit.name, href: unitYearUrl(best.unit, year) } : '–',
    ];
  });
  return {
    note: `Grupperna är SKR:s kommungruppsindelning ${edition}. Placeringen i gruppen är beräknad här bland gruppens kommuner med NKI totalt, ordnade som i rikets rankning; medianen är mittvärdet av deras index.`,
    summary: {
      caption: `SKR:s kommungrupper ${year}: kommuner med NKI totalt och gruppens median`,
      columns: ['Kommungrupp', 'Kommuner med NKI', 'Median NKI', 'Bäst i gruppen'],
      rows: summaryRows,
    },
    groups: groups.map((g) => {
      const members = inGroup(g.group.code);
      return {
        id: peerGroupAnchor(g.group.code),
        name: g.group.name,
        summary: `Rankning bland ${peerGroupWords(g.group.name)} ${year}`,
        ranking: {
          caption: `${g.group.name} ${year}: gruppens kommuner i resultatfilen, i rankningsordning`,
          columns: ['Plats i gruppen', 'Kommun', 'NKI', 'Plats i landet'],
          rows: members.map((u): Row => [
            placeCell(u.peers?.rank),
            { text: u.unit.name, href: unitYearUrl(u.unit, year) },
            indexCell(u.nki),
            placeCell(u.national),
          ]),
        },
      };
    }),
  };
}

function areaRankings(kommuner: UnitYear[], year: number): AreaRanking[] {
  return AREAS.flatMap((area) => {
    const withArea = kommuner.flatMap((u) => {
      const ay = u.areas.find((a) => a.area === area.id);
      return ay && ay.score.kind === 'measured' ? [{ u, ay }] : [];
    });
    if (!withArea.length) return [];
    const ranked = withArea
      .filter((x) => x.ay.rank.kind === 'ranked')
      .sort(
        (a, b) =>
          placeOf(a.ay.rank) - placeOf(b.ay.rank) ||
          a.u.unit.name.localeCompare(b.u.unit.name, 'sv-SE'),
      );
    const unranked = withArea.length - ranked.length;
    return [
      {
        id: area.id,
        name: area.name,
        url: areaUrl(area.id),
        caption: `${area.name} ${year}: rankade kommuner`,
        columns: ['Plats', 'Kommun', 'Index', 'Betyg'],
        rows: ranked.map(({ u, ay }): Row => [
          placeCell(ay.rank),
          { text: u.unit.name, href: unitYearUrl(u.unit, year) },
          indexCell(ay.score),
          ay.grade ? gradeLabel(ay.grade) : '–',
        ]),
        note: countNote(ranked.length, unranked),
      },
    ];
  });
}

function nuiRanking(
  kommuner: UnitYear[],
  year: number,
  previousYear: number | undefined,
): AreaRanking | undefined {
  const measured = kommuner.filter((u) => u.nui.kind === 'measured');
  if (!measured.length) return undefined;
  const ranked = measured
    .filter((u) => u.nuiRank.kind === 'ranked')
    .sort(byPlace((u) => u.nuiRank));
  return {
    id: 'nui',
    name: 'Upphandling (NUI)',
    url: '',
    caption: `Nöjd Upphandlingsindex (NUI) ${year}: rankade kommuner`,
    columns: ['Plats', 'Kommun', 'NUI', 'Betyg', 'Förändring'],
    rows: ranked.map((u): Row => [
      placeCell(u.nuiRank),
      { text: u.unit.name, href: unitYearUrl(u.unit, year) },
      indexCell(u.nui),
      u.nuiGrade ? gradeLabel(u.nuiGrade) : '–',
      changeCell(u.nuiChange, previousYear),
    ]),
    note: countNote(ranked.length, measured.length - ranked.length),
  };
}

function countNote(ranked: number, unranked: number): string {
  const rest =
    unranked > 0
      ? ` ${capitalize(countNoun(unranked, 'kommun'))} har resultat men ingen placering.`
      : '';
  return `${capitalize(countNoun(ranked, 'kommun'))} rankas.${rest}`;
}

function participants(summary: YearSummary, kommuner: UnitYear[]) {
  const rows = [
    { label: 'Kommuner i resultatfilen', value: formatNumber(summary.municipalitiesInFile) },
    { label: 'Förbund och gemensamma förvaltningar', value: formatNumber(summary.forbundInFile) },
  ];
  const ranked = kommuner.filter((u) => u.national.kind === 'ranked').length;
  rows.push({ label: 'Kommuner som rankas på NKI', value: formatNumber(ranked) });
  const reasons = new Map<string, number>();
  for (const u of kommuner) {
    if (u.national.kind === 'not-ranked') {
      const label = notRankedLabel(u.national.reason);
      reasons.set(label, (reasons.get(label) ?? 0) + 1);
    }
  }
  for (const [label, n] of [...reasons].sort((a, b) => b[1] - a[1])) {
    rows.push({ label: `Rankas inte: ${label}`, value: formatNumber(n) });
  }
  return rows;
}

const CHANGES_SHOWN = 10;

/** The ten largest notable rises and falls in NKI within one series. */
function biggestChanges(
  derived: Derived,
  kommuner: UnitYear[],
  year: number,
  previousYear: number | undefined,
): Pick<YearView, 'changes' | 'changesNote'> {
  if (previousYear === undefined) return { changes: undefined };
  const h = yearHighlights(derived, year);
  if (!h.comparable.length) {
    const broke = kommuner.some((u) => u.nkiChange?.acrossBreak);
    return {
      changes: undefined,
      changesNote: broke
        ? `NKI totalt är inte sammansatt på samma sätt ${year} som ${previousYear}, så förändringarna visas inte som en topplista.`
        : `Inga kommuner kan jämföras med ${previousYear}.`,
    };
  }
  const up = h.risers.slice(0, CHANGES_SHOWN);
  const down = h.fallers.slice(0, CHANGES_SHOWN);
  const table = (list: UnitYear[], caption: string): TableView => ({
    caption,
    columns: ['Kommun', `NKI ${previousYear}`, `NKI ${year}`, 'Förändring'],
    rows: list.map((u): Row => [
      { text: u.unit.name, href: unitYearUrl(u.unit, year) },
      formatIndex(u.nkiChange!.from),
      formatIndex(u.nkiChange!.to),
      formatDelta(u.nkiChange!.delta),
    ]),
  });
  return {
    changes: {
      up: table(up, `Störst ökning av NKI ${year}`),
      down: table(down, `Störst minskning av NKI ${year}`),
    },
  };
}

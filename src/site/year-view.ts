/**
 * View model for /ar/<year>/: the national release, then the full NKI ranking, the area and NUI
 * rankings, the kommungrupper, the participants and the biggest changes. The facts come as claims
 * from src/claims/year.ts (the release words them, src/text/year-release.ts); the tables are
 * built in year-tables.ts from cells.ts.
 */
import type { Derived, YearSummary } from '../lib/model';
import { releaseSource } from '../lib/provenance';
import { yearStory, type YearStory } from '../claims/year';
import { arrangeRelease, type ArrangedBlock } from '../text/arrange';
import { yearRelease } from '../text/year-release';
import { formatDelta, formatIndex } from '../text/format';
import type { Release } from '../text/types';
import type { Row, TableView } from './cells';
import type { YearLink } from './county-view';
import {
  areaRankings,
  nkiRanking,
  nuiRanking,
  participants,
  peerGroups,
  type AreaRanking,
  type PeerGroupsView,
} from './year-tables';
import { tipsUrl, unitYearUrl, yearUrl } from './urls';

export { changeCell, indexCell, placeCell, type Row, type TableView } from './cells';
export { peerGroupAnchor, type AreaRanking, type PeerGroupsView } from './year-tables';

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

/** Builds everything /ar/<year>/ shows; throws when the year has no data. */
export function yearView(derived: Derived, year: number): YearView {
  const summary = derived.years.find((y) => y.year === year);
  if (!summary) throw new Error(`Inga resultat för ${year}`);
  const story = yearStory(derived, year);
  const release = yearRelease(releaseSource(derived.dataset, year), story);
  const counties = new Map(derived.dataset.reference.counties.map((c) => [c.code, c]));
  const units = story.units;
  const kommuner = units.filter((u) => u.unit.kind === 'kommun');
  const prev = story.previous;
  const acrossBreak = story.changeAcrossBreak;

  return {
    year,
    summary,
    release,
    blocks: arrangeRelease(release),
    description: `${release.lede} Hela rankningen av kommunerna på Nöjd Kund Index ${year}.`,
    ranking: nkiRanking(kommuner, counties, story.larger, year, prev?.year),
    rankingNote:
      acrossBreak && prev
        ? `Förändringar markerade ”seriebrott” jämför ${year} med ${prev.year}, då NKI totalt byggde på andra områden. De går inte att jämföra rakt av.`
        : undefined,
    areaRankings: areaRankings(kommuner, year),
    peers: peerGroups(summary, kommuner, year, story.peerBests),
    nuiRanking: nuiRanking(kommuner, year, prev?.year),
    participants: participants(summary, kommuner),
    participantsNote: summary.complete
      ? undefined
      : 'Resultatfilen är inte komplett (placeringarna går längre än antalet rader), så den visar inte hur många som deltog eller rankades. Siffrorna här gäller bara raderna i filen.',
    forbund: units
      .filter((u) => u.unit.kind === 'forbund')
      .map((u) => ({ name: u.unit.name, url: unitYearUrl(u.unit, year) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE')),
    ...biggestChanges(story),
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

const CHANGES_SHOWN = 10;

/** The ten largest notable rises and falls in NKI within one series (src/claims/year.ts). */
function biggestChanges(story: YearStory): Pick<YearView, 'changes' | 'changesNote'> {
  const { year } = story;
  const previousYear = story.previous?.year;
  if (previousYear === undefined) return { changes: undefined };
  if (story.noComparable) {
    return {
      changes: undefined,
      changesNote: story.changeAcrossBreak
        ? `NKI totalt är inte sammansatt på samma sätt ${year} som ${previousYear}, så förändringarna visas inte som en topplista.`
        : `Inga kommuner kan jämföras med ${previousYear}.`,
    };
  }
  const table = (list: YearStory['changes']['up'], caption: string): TableView => ({
    caption,
    columns: ['Kommun', `NKI ${previousYear}`, `NKI ${year}`, 'Förändring'],
    rows: list
      .slice(0, CHANGES_SHOWN)
      .map(({ unit, claim }): Row => [
        { text: unit.name, href: unitYearUrl(unit, year) },
        formatIndex(claim.from),
        formatIndex(claim.to),
        formatDelta(claim.delta),
      ]),
  });
  return {
    changes: {
      up: table(story.changes.up, `Störst ökning av NKI ${year}`),
      down: table(story.changes.down, `Störst minskning av NKI ${year}`),
    },
  };
}

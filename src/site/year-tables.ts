/**
 * The year page's tables: the full NKI ranking (every municipality in the file, ranked first in
 * place order, then the not-ranked with their reason), SKR's kommungrupper with their rankings,
 * the area and NUI rankings and the participants. The best of each group comes as a claim from
 * src/claims/year.ts; the rest is arranging the derived model's places and values.
 */
import { AREAS } from '../lib/areas';
import type { County, UnitYear, YearSummary } from '../lib/model';
import type { YearStory } from '../claims/year';
import {
  capitalize,
  countNoun,
  formatIndex,
  formatNumber,
  formatRate,
  gradeLabel,
} from '../text/format';
import { notRankedLabel } from '../text/labels';
import { peerGroupWords } from '../text/peer-words';
import { noPeerGroupingYetWords } from '../text/rule-words';
import {
  byPlace,
  changeCell,
  indexCell,
  placeCell,
  placeOf,
  type Row,
  type TableView,
} from './cells';
import { areaUrl, countyUrl, unitYearUrl } from './urls';

export interface AreaRanking extends TableView {
  id: string;
  name: string;
  url: string;
  /** "183 kommuner rankas." and how many had a result without a place. */
  note: string;
}

export interface PeerGroupsView {
  /** Which grouping the year uses, or that there is none before 2017. */
  note: string;
  /** One row per group: the group (linking to its ranking), with NKI, median, best. */
  summary?: TableView;
  groups: { id: string; name: string; summary: string; ranking: TableView }[];
}

export function nkiRanking(
  kommuner: UnitYear[],
  counties: Map<string, County>,
  larger: ReadonlySet<string>,
  year: number,
  previousYear: number | undefined,
): TableView {
  const sorted = [...kommuner].sort(byPlace((u) => u.national));
  // What each result rests on, where the file says (SKR's files do; Kolada has 2022's rates).
  const withAnswers = sorted.some((u) => u.row.answers !== undefined);
  const withRates = sorted.some((u) => u.row.responseRate !== undefined);
  // Place, name and index first: on a phone they are what fits without scrolling sideways.
  const rows = sorted.map((u): Row => {
    const county = u.unit.kind === 'kommun' ? counties.get(u.unit.countyCode) : undefined;
    const { answers, responseRate } = u.row;
    return [
      placeCell(u.national),
      { text: u.unit.name, href: unitYearUrl(u.unit, year) },
      indexCell(u.nki),
      u.grade ? gradeLabel(u.grade) : '–',
      changeCell(u.nkiChange, previousYear),
      county ? { text: county.name, href: countyUrl(county) } : '–',
      ...(withAnswers
        ? [answers !== undefined ? { text: formatNumber(answers), sort: answers } : '–']
        : []),
      ...(withRates
        ? [
            responseRate !== undefined
              ? { text: formatRate(responseRate), sort: responseRate }
              : '–',
          ]
        : []),
    ];
  });
  return {
    caption: `Nöjd Kund Index (NKI) ${year}: alla kommuner i resultatfilen, i rankningsordning`,
    columns: [
      'Plats',
      'Kommun',
      'NKI',
      'Betyg',
      'Förändring',
      'Län',
      ...(withAnswers ? ['Antal svar'] : []),
      ...(withRates ? ['Svarsfrekvens'] : []),
    ],
    rows,
    rowData: sorted.map((u) => ({
      lan: u.unit.kind === 'kommun' ? (counties.get(u.unit.countyCode)?.name ?? '') : '',
      storlek: larger.has(u.unit.code) ? 'stor' : 'liten',
      betyg: u.grade ? gradeLabel(u.grade) : 'Inget betyg',
      ...(u.peers ? { kommungrupp: u.peers.group.name } : {}),
    })),
  };
}

/** "grupp-c8": the anchor of a group's ranking on the year page. */
export function peerGroupAnchor(groupCode: string): string {
  return `grupp-${groupCode.toLowerCase()}`;
}

export function peerGroups(
  summary: YearSummary,
  kommuner: UnitYear[],
  year: number,
  bests: YearStory['peerBests'],
): PeerGroupsView {
  const groups = summary.peerGroups;
  const edition = groups?.[0]?.edition;
  if (!groups || edition === undefined) {
    return {
      note: `${noPeerGroupingYetWords()}, så ${year} har ingen rankning per grupp.`,
      groups: [],
    };
  }
  const inGroup = (code: string) =>
    kommuner.filter((u) => u.peers?.group.code === code).sort(byPlace((u) => u.peers?.rank));
  const summaryRows = groups.map((g): Row => {
    // A sole first from a complete list of three or more (src/claims/year.ts).
    const best = bests.get(g.group.code);
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

export function areaRankings(kommuner: UnitYear[], year: number): AreaRanking[] {
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

export function nuiRanking(
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

export function participants(summary: YearSummary, kommuner: UnitYear[]) {
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

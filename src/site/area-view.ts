/**
 * View model for /omrade/<area-id>/: one myndighetsområde across municipalities and years. A
 * short generated summary of the latest year the area was measured, that year's ranking (the
 * ranked first, then the rest with their reason, förbund last), and the national average per
 * year, computed here from the municipalities' values and labelled "beräknat" (a chart with its
 * table).
 */
import { AREAS, areaInfo, type AreaId, type AreaInfo } from '../lib/areas';
import type { AreaYear, Derived, UnitYear } from '../lib/model';
import type { ChartSpec } from '../charts';
import { areaEntries, areaPageStory, areaTrend } from '../claims/area';
import type { Sentence } from '../claims/types';
import { gradeLabel } from '../text/format';
import { areaSummarySentences } from '../text/area-page';
import { averageTrendChart, type AveragePoint } from './home-view';
import { areaUrl, areaYearUrl, countyUrl, unitYearUrl, yearUrl } from './urls';
import type { YearLink } from './county-view';
import { changeCell, indexCell, placeCell, type Row, type TableView } from './cells';

export interface AreaView {
  area: AreaInfo;
  year: number;
  headline: string;
  summary: string[];
  /** The summary's sentences with their claims (src/claims/area.ts), for the verifier. */
  sentences: Sentence[];
  /** Why values before and after some year do not compare, where that applies. */
  seriesNote?: string;
  ranking: TableView;
  trend: ChartSpec;
  yearUrl: string;
  others: { name: string; url: string }[];
  /** Every year the area was measured, for the year switcher. */
  years: YearLink[];
}

/** The area's page for a year: the latest year keeps the area's own address. */
export function areaPageUrl(derived: Derived, id: AreaId, year: number): string {
  return year === areaYears(derived, id).at(-1) ? areaUrl(id) : areaYearUrl(id, year);
}

/** The data years in which some municipality has a measured value for the area. */
export function areaYears(derived: Derived, id: AreaId): number[] {
  return areaTrend(derived, id).map((p) => p.year);
}

/** Areas with at least one measured municipal or förbund value in any year, in AREAS order. */
export function areasWithData(derived: Derived): AreaId[] {
  const seen = new Set<AreaId>();
  for (const r of derived.records)
    for (const uy of r.years)
      for (const a of uy.areas) if (a.score.kind === 'measured') seen.add(a.area);
  return AREAS.filter((a) => seen.has(a.id)).map((a) => a.id);
}

/**
 * Builds everything /omrade/<id>/ (the latest year) or /omrade/<id>/<year>/ shows; throws when
 * the area has no data that year.
 */
export function areaView(derived: Derived, id: AreaId, shownYear?: number): AreaView {
  const area = areaInfo(id);
  const points: (AveragePoint & { count: number })[] = areaTrend(derived, id).map((p) => ({
    year: p.year,
    value: p.mean,
    basis: 'computed' as const,
    count: p.measured,
  }));
  const last = shownYear === undefined ? points.at(-1) : points.find((p) => p.year === shownYear);
  if (!last) throw new Error(`Inga resultat för ${area.name}${shownYear ? ` ${shownYear}` : ''}`);
  const year = last.year;
  const previousYear = derived.years.filter((y) => y.year < year).at(-1)?.year;

  const entries = areaEntries(derived, id, year);
  const place = (ay: AreaYear) =>
    ay.rank.kind === 'ranked' ? ay.rank.rank.place : Number.POSITIVE_INFINITY;
  const kindOrder = (u: UnitYear) => (u.unit.kind === 'kommun' ? 0 : 1);
  entries.sort(
    (a, b) =>
      kindOrder(a.u) - kindOrder(b.u) ||
      place(a.ay) - place(b.ay) ||
      a.u.unit.name.localeCompare(b.u.unit.name, 'sv-SE'),
  );
  const counties = new Map(derived.dataset.reference.counties.map((c) => [c.code, c]));
  const sentences = areaSummarySentences(areaPageStory(derived, id, year)!);
  const breaks = areaBreaks(
    id,
    points.map((p) => p.year),
  );

  return {
    area,
    year,
    headline: `Nöjd Kund Index för ${area.inSentence}`,
    summary: sentences.map((x) => x.text),
    sentences,
    seriesNote: seriesNote(id),
    ranking: {
      caption: `${area.name} ${year}: kommuner och förbund med resultat, i rankningsordning`,
      columns: ['Plats', 'Namn', 'Län', 'Index', 'Betyg', 'Förändring'],
      rows: entries.map(({ u, ay }): Row => {
        const county = u.unit.kind === 'kommun' ? counties.get(u.unit.countyCode) : undefined;
        return [
          placeCell(ay.rank),
          { text: u.unit.name, href: unitYearUrl(u.unit, year) },
          county ? { text: county.name, href: countyUrl(county) } : 'förbund',
          indexCell(ay.score),
          ay.grade ? gradeLabel(ay.grade) : '–',
          changeCell(ay.change, previousYear),
        ];
      }),
    },
    trend: averageTrendChart({
      idPrefix: `omrade-${id}-trend`,
      markYear: shownYear,
      measure: 'Index',
      label: area.inSentence,
      points,
      breaks,
      counts: { label: 'Kommuner med resultat', values: points.map((p) => p.count) },
    }),
    yearUrl: yearUrl(year),
    others: areasWithData(derived)
      .filter((a) => a !== id)
      .map((a) => ({ name: areaInfo(a).name, url: areaUrl(a) })),
    years: points.map((p) => ({
      year: p.year,
      url: areaPageUrl(derived, id, p.year),
      current: p.year === year,
    })),
  };
}

/** Years from which an area's values do not compare with the years before. */
function areaBreaks(id: AreaId, years: number[]): number[] {
  // Before 2015 livsmedelskontroll was part of miljö- och hälsoskydd (domain notes §2).
  if (id === 'miljo-och-halsoskydd') {
    const from = years.find((y) => y >= 2015);
    return from !== undefined && years.some((y) => y < 2015) ? [from] : [];
  }
  return [];
}

function seriesNote(id: AreaId): string | undefined {
  switch (id) {
    case 'miljo-och-halsoskydd':
      return 'Före 2015 ingick livsmedelskontroll i miljö- och hälsoskydd, så värdena före och efter går inte att jämföra rakt av.';
    case 'livsmedelskontroll':
      return 'Livsmedelskontroll redovisas som eget område från 2015. Tidigare ingick det i miljö- och hälsoskydd.';
    case 'brandskydd':
    case 'markupplatelse':
      return 'Från 2024 ingår området inte i NKI totalt utan redovisas separat.';
    case 'receptfria-lakemedel':
    case 'lantmateri':
    case 'folkol-och-tobak':
      return 'Ett frivilligt område som mäts från 2024. Det ingår inte i NKI totalt.';
    default:
      return undefined;
  }
}

/**
 * View model for `/`: the latest year at a glance. The national average and its trend, the top
 * ten, the biggest climbers, the counties (with small inline bars), the map, and the way on to
 * every municipality. A computed figure always says "beräknat"; a comparison across a series
 * break always says so.
 */
import { inlineBar, trendChart, type ChartSpec } from '../charts';
import { unitsInYear, yearHighlights } from '../lib/highlights';
import type { Derived, UnitYear } from '../lib/model';
import {
  countWord,
  formatDelta,
  formatIndex,
  formatNumber,
  gradeForIndex,
  gradeLabel,
  roundIndex,
} from '../text/format';
import type { MunicipalityShapes } from '../charts/map-shapes';
import { mapFor, seriesBreaks } from './chart-data';
import type { TableCell } from './table';
import { countyUrl, unitYearUrl, yearUrl } from './urls';
import { indexCell, placeCell, type Row, type TableView } from './year-view';

export interface AveragePoint {
  year: number;
  value: number;
  basis: 'official' | 'computed';
}

export interface HomeView {
  year: number;
  yearUrl: string;
  headline: string;
  national: {
    text: string;
    grade: string;
    computed: boolean;
    /** "+1 jämfört med 2023", flagged when across a series break. */
    change?: string;
  };
  trend: ChartSpec;
  topTen: TableView;
  /** True when the top ten includes computed places. */
  topTenComputed: boolean;
  climbers: TableView;
  climbersNote?: string;
  counties: TableView;
  map: ChartSpec;
  aboutNki: string[];
  description: string;
}

const SERIES_SIZE = { 'five-areas': 5, 'six-areas': 6, 'four-areas': 4 } as const;
const CLIMBERS_SHOWN = 5;

/** Builds everything `/` shows, for the latest data year. */
export function homeView(derived: Derived, shapes: MunicipalityShapes): HomeView {
  const summary = derived.years.at(-1);
  if (!summary) throw new Error('Inga resultat');
  const year = summary.year;
  const previous = derived.years.at(-2);
  const h = yearHighlights(derived, year);
  const avg = summary.nkiAverage;
  const across = previous !== undefined && previous.series !== summary.series;

  let change: string | undefined;
  if (avg && previous?.nkiAverage) {
    const delta = roundIndex(avg.value) - roundIndex(previous.nkiAverage.value);
    change = across
      ? `${formatDelta(delta)} jämfört med ${previous.year}, men över ett seriebrott: NKI totalt bygger ${year} på ${countWord(SERIES_SIZE[summary.series])} områden mot ${countWord(SERIES_SIZE[previous.series])} ${previous.year}`
      : `${formatDelta(delta)} jämfört med ${previous.year}`;
  }

  const top = h.ranked.slice(0, 10);
  const points: AveragePoint[] = derived.years.flatMap((y) =>
    y.nkiAverage ? [{ year: y.year, ...y.nkiAverage }] : [],
  );

  return {
    year,
    yearUrl: yearUrl(year),
    headline: avg
      ? `Företagens betyg på kommunerna ${year}: NKI ${formatIndex(avg.value)}`
      : `Företagens betyg på kommunerna ${year}`,
    national: {
      text: avg ? formatIndex(avg.value) : '–',
      grade: avg ? gradeLabel(gradeForIndex(avg.value)) : '',
      computed: avg?.basis === 'computed',
      change,
    },
    trend: averageTrendChart({
      idPrefix: 'riket-nki-trend',
      measure: 'NKI',
      label: 'NKI totalt',
      points,
      breaks: seriesBreaks(derived),
    }),
    topTen: {
      caption: `De tio högst placerade kommunerna ${year}`,
      columns: ['Plats', 'Kommun', 'Län', 'NKI'],
      rows: top.map((u): Row => [
        placeCell(u.national),
        { text: u.unit.name, href: unitYearUrl(u.unit, year) },
        countyName(derived, u),
        indexCell(u.nki),
      ]),
    },
    topTenComputed: top.some(
      (u) => u.national.kind === 'ranked' && u.national.rank.basis === 'computed',
    ),
    ...climbers(derived, year, previous?.year, across),
    counties: countiesTable(derived, year),
    map: mapFor(derived, year, shapes),
    aboutNki: [
      'Nöjd Kund Index (NKI) visar hur nöjda företag är med kommunens myndighetsutövning, till exempel bygglov, miljötillsyn och serveringstillstånd, på en skala från 0 till 100.',
      'Måttet kommer från SKR:s undersökning Insikt, där företag som haft ett ärende hos kommunen under året svarar på en enkät.',
    ],
    description: avg
      ? `Så nöjda är företagen med kommunernas service ${year}: NKI ${formatIndex(avg.value)} i landet${avg.basis === 'computed' ? ' (beräknat)' : ''}, topplistan, länen och kartan.`
      : `Så nöjda är företagen med kommunernas service ${year}.`,
  };
}

/**
 * The national average over the years as a trend chart, drawn as the chart's unit line. The
 * table says for each year whether the value is SKR's or computed here ("beräknat").
 */
export function averageTrendChart(input: {
  idPrefix: string;
  measure: string;
  /** "NKI totalt", "bygglov". */
  label: string;
  points: AveragePoint[];
  breaks: number[];
  /** An extra table column, one value per point (e.g. how many municipalities were measured). */
  counts?: { label: string; values: number[] };
  /** The year the page is about, stated in the title and marked; by default the latest. */
  markYear?: number;
}): ChartSpec {
  const newest = input.points.at(-1);
  const last = input.points.find((p) => p.year === input.markYear) ?? newest;
  const computed = last?.basis === 'computed' ? ' (beräknat)' : '';
  const spec = trendChart({
    idPrefix: input.idPrefix,
    unitName: 'rikets genomsnitt',
    measure: input.measure,
    points: input.points.map((p) => ({ year: p.year, value: p.value })),
    seriesBreaks: input.breaks,
    markYear: input.markYear,
    title: last
      ? `Rikets genomsnitt för ${input.label}: ${formatIndex(last.value)} år ${last.year}${computed}`
      : `Rikets genomsnitt för ${input.label}`,
  });
  const breaks = new Set(input.breaks);
  const first = input.points[0]?.year;
  const span = first !== undefined && newest ? `${first}–${newest.year}` : '';
  return {
    ...spec,
    subtitle: `Genomsnitt, index 0–100, ${span}`,
    table: {
      caption: `Rikets genomsnitt för ${input.label} per år`,
      columns: [
        'År',
        'Genomsnitt',
        'Källa',
        ...(input.counts ? [input.counts.label] : []),
        'Anmärkning',
      ],
      rows: input.points.map((p, i) => [
        String(p.year),
        formatIndex(p.value),
        p.basis === 'official' ? 'SKR' : 'beräknat',
        ...(input.counts ? [formatNumber(input.counts.values[i] ?? 0)] : []),
        breaks.has(p.year) ? 'Ny serie från detta år' : '',
      ]),
    },
  };
}

function countyName(derived: Derived, u: UnitYear): string | TableCell {
  if (u.unit.kind !== 'kommun') return '–';
  const code = u.unit.countyCode;
  const county = derived.dataset.reference.counties.find((c) => c.code === code);
  return county ? { text: county.name, href: countyUrl(county) } : '–';
}

/** The largest climbs in official national places from the year before. */
function climbers(
  derived: Derived,
  year: number,
  previousYear: number | undefined,
  across: boolean,
): Pick<HomeView, 'climbers' | 'climbersNote'> {
  // The same climbers as the releases and the year page (lib/highlights.ts).
  const list = yearHighlights(derived, year).climbers.slice(0, CLIMBERS_SHOWN);
  const table: TableView = {
    caption: `Största klättringarna i placering ${previousYear ?? ''}–${year}`,
    columns: ['Kommun', `Plats ${previousYear ?? 'året före'}`, `Plats ${year}`, 'Klättring'],
    rows: list.map((u): Row => [
      { text: u.unit.name, href: unitYearUrl(u.unit, year) },
      formatNumber(u.placeChange!.from.place),
      formatNumber(u.placeChange!.to.place),
      `${formatDelta(u.placeChange!.climbed)} placeringar`,
    ]),
  };
  // Places across a series break are not compared (lib/comparability.ts), so that year has none.
  const note = across
    ? `NKI totalt är sammansatt av andra områden ${year} än ${previousYear}, så placeringarna jämförs inte över seriebrottet.`
    : list.length === 0
      ? `Ingen kommun kan jämföras med ett tidigare år ${year}.`
      : undefined;
  return { climbers: table, climbersNote: note };
}

/** Each county: participants, the computed average of its municipalities, and the best. */
function countiesTable(derived: Derived, year: number): TableView {
  const units = unitsInYear(derived, year).filter((u) => u.unit.kind === 'kommun');
  // "Bäst i länet" follows the superlative rule in one home (highlights: three ranked or more).
  const { bestInCounty } = yearHighlights(derived, year);
  const rows = derived.dataset.reference.counties.map((county): Row => {
    const inCounty = units.filter(
      (u) => u.unit.kind === 'kommun' && u.unit.countyCode === county.code,
    );
    const values = inCounty.flatMap((u) => (u.nki.kind === 'measured' ? [u.nki.value] : []));
    const mean = values.length ? values.reduce((s, v) => s + v, 0) / values.length : undefined;
    const best = bestInCounty.get(county.code);
    const bestCell: string | TableCell =
      best && best.nki.kind === 'measured'
        ? {
            text: `${best.unit.name} (${formatIndex(best.nki.value)}${best.county?.kind === 'ranked' && best.county.rank.basis === 'computed' ? ', beräknad placering' : ''})`,
            href: unitYearUrl(best.unit, year),
            sort: best.nki.value,
            bar: inlineBar(best.nki.value, 100, { width: 60 }),
          }
        : '–';
    return [
      { text: county.name, href: countyUrl(county) },
      { text: formatNumber(inCounty.length), sort: inCounty.length },
      mean === undefined
        ? '–'
        : { text: formatIndex(mean), sort: mean, bar: inlineBar(mean, 100, { width: 60 }) },
      bestCell,
    ];
  });
  return {
    caption: `Länen ${year}: deltagande kommuner, genomsnitt (beräknat) och bäst i länet`,
    columns: ['Län', 'Deltagande kommuner', 'Genomsnitt (beräknat)', 'Bäst i länet'],
    rows,
  };
}

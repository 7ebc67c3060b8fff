/**
 * View model for `/`: the latest year at a glance. The national average and its trend, the top
 * ten, the biggest climbers, the counties (with small inline bars), the map, and the way on to
 * every municipality, arranged from the claims of src/claims/home.ts. A computed figure always
 * says "beräknat"; a comparison across a series break always says so.
 */
import { inlineBar, trendChart, type ChartSpec } from '../charts';
import { homeStory, type HomeStory } from '../claims/home';
import { sentence, type Sentence } from '../claims/types';
import type { Derived, UnitYear } from '../lib/model';
import {
  countWord,
  formatDelta,
  formatIndex,
  formatNumber,
  gradeForIndex,
  gradeLabel,
} from '../text/format';
import type { MunicipalityShapes } from '../charts/map-shapes';
import { mapFor, seriesBreaks } from './chart-data';
import type { TableCell } from './table';
import { countyUrl, unitYearUrl, yearUrl } from './urls';
import { indexCell, placeCell, type Row, type TableView } from './cells';

export interface AveragePoint {
  year: number;
  value: number;
  basis: 'official' | 'computed';
}

export interface HomeView {
  year: number;
  yearUrl: string;
  headline: string;
  /** The headline and the change of the average, with their claims (for the verifier). */
  sentences: Sentence[];
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

/** Builds everything `/` shows, for the latest data year (src/claims/home.ts). */
export function homeView(derived: Derived, shapes: MunicipalityShapes): HomeView {
  const story = homeStory(derived);
  const { year, average: avg, topTen: top } = story;
  const head = headlineSentence(story);
  const change = averageChangeSentence(story);
  const points: AveragePoint[] = derived.years.flatMap((y) =>
    y.nkiAverage ? [{ year: y.year, ...y.nkiAverage }] : [],
  );

  return {
    year,
    yearUrl: yearUrl(year),
    headline: head.text,
    sentences: change ? [head, change] : [head],
    national: {
      text: avg ? formatIndex(avg.value) : '–',
      grade: avg ? gradeLabel(gradeForIndex(avg.value)) : '',
      computed: avg !== undefined && !avg.official,
      change: change?.text,
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
    ...climbers(story),
    counties: countiesTable(story),
    map: mapFor(derived, year, shapes),
    aboutNki: [
      'Nöjd Kund Index (NKI) visar hur nöjda företag är med kommunens myndighetsutövning, till exempel bygglov, miljötillsyn och serveringstillstånd, på en skala från 0 till 100.',
      'Måttet kommer från SKR:s undersökning Insikt, där företag som haft ett ärende hos kommunen under året svarar på en enkät.',
    ],
    description: avg
      ? `Så nöjda är företagen med kommunernas service ${year}: NKI ${formatIndex(avg.value)} i landet${!avg.official ? ' (beräknat)' : ''}, topplistan, länen och kartan.`
      : `Så nöjda är företagen med kommunernas service ${year}.`,
  };
}

/** The headline: the year's average, as a sentence with its claim. */
function headlineSentence(story: HomeStory): Sentence {
  const avg = story.average;
  return avg
    ? sentence(`Företagens betyg på kommunerna ${story.year}: NKI ${formatIndex(avg.value)}`, avg)
    : sentence(`Företagens betyg på kommunerna ${story.year}`, { kind: 'about', topic: 'insikt' });
}

/** "+1 jämfört med 2023", or the same said to cross a series break. */
function averageChangeSentence(story: HomeStory): Sentence | undefined {
  const c = story.averageChange;
  if (!c || !story.average) return undefined;
  const across = c.acrossBreak;
  return across
    ? sentence(
        `${formatDelta(c.delta)} jämfört med ${c.fromYear}, men över ett seriebrott: NKI totalt bygger ${story.year} på ${countWord(across.toAreas)} områden mot ${countWord(across.fromAreas)} ${c.fromYear}`,
        story.average,
        c.previous,
        across.claim,
      )
    : sentence(`${formatDelta(c.delta)} jämfört med ${c.fromYear}`, story.average, c.previous);
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
function climbers(story: HomeStory): Pick<HomeView, 'climbers' | 'climbersNote'> {
  const { year, previousYear } = story;
  // The same climbers as the releases and the year page (lib/highlights.ts).
  const list = story.climbers;
  const table: TableView = {
    caption: `Största klättringarna i placering ${previousYear ?? ''}–${year}`,
    columns: ['Kommun', `Plats ${previousYear ?? 'året före'}`, `Plats ${year}`, 'Klättring'],
    rows: list.map(({ unit, move }): Row => [
      { text: unit.name, href: unitYearUrl(unit, year) },
      formatNumber(move.from.place),
      formatNumber(move.to.place),
      `${formatDelta(move.from.place - move.to.place)} placeringar`,
    ]),
  };
  // Places across a series break are not compared (lib/comparability.ts), so that year has none.
  const note = story.acrossBreak
    ? `NKI totalt är sammansatt av andra områden ${year} än ${previousYear}, så placeringarna jämförs inte över seriebrottet.`
    : list.length === 0
      ? `Ingen kommun kan jämföras med ett tidigare år ${year}.`
      : undefined;
  return { climbers: table, climbersNote: note };
}

/** Each county: participants, the computed average of its municipalities, and the best. */
function countiesTable(story: HomeStory): TableView {
  const { year } = story;
  const rows = story.counties.map(({ county, participants, mean, best }): Row => {
    const bestCell: string | TableCell = best
      ? {
          text: `${best.unit.name} (${formatIndex(best.value.value)}${best.place.rank.basis === 'computed' ? ', beräknad placering' : ''})`,
          href: unitYearUrl(best.unit, year),
          sort: best.value.value,
          bar: inlineBar(best.value.value, 100, { width: 60 }),
        }
      : '–';
    return [
      { text: county.name, href: countyUrl(county) },
      { text: formatNumber(participants), sort: participants },
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

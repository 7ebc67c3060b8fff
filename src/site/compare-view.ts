/**
 * View model for /kommun/<slug>/jamfor/: arranges the comparison story (src/claims/compare.ts)
 * into the page: the table (a row per measure, the unit, its kommungrupp's median, its county's
 * mean and the country, each with its change), the notes, the lede and the small multiples.
 */
import type { County, Derived, Municipality } from '../lib/model';
import { lineMultiplesChart, type ChartSpec } from '../charts';
import { compareStory, type CompareChange, type CompareStory } from '../claims/compare';
import { formatDelta, formatIndex, formatNumber, joinList } from '../text/format';
import { measureName, scoreText } from '../text/labels';
import { noPeerGroupingWords } from '../text/peer-words';
import { comparePickerUrl, countyUrl, unitUrl, unitYearUrl } from './urls';
import type { Row, TableView } from './year-view';

export interface CompareView {
  unit: Municipality;
  county?: County;
  year: number;
  /** The kommungrupp in `year`; absent before 2017. */
  group?: { name: string; edition: number; withNki: number };
  /** One sentence with the NKI figures side by side. */
  lede: string;
  description: string;
  table: TableView;
  notes: string[];
  chart: ChartSpec;
  links: { unit: string; year: string; picker: string; county?: string };
}

export const NOT_COMPARABLE = 'ej jämförbart (seriebrott)';
export const NEW_GROUPING = 'ej jämförbart (ny indelning)';

/** "+3", or "−2 sedan 2019" when the baseline is not the year before. */
export function changeText(change: CompareChange): string {
  if (change.kind === 'none') return '–';
  if (change.kind === 'series-break') return NOT_COMPARABLE;
  if (change.kind === 'new-grouping') return NEW_GROUPING;
  return `${formatDelta(change.delta)}${change.yearBefore ? '' : ` sedan ${change.fromYear}`}`;
}

const shown = (v: number | undefined) => (v === undefined ? '–' : formatIndex(v));

function notes(story: CompareStory): string[] {
  const { unit, county, year, group } = story;
  return [
    group
      ? `Kommungruppen är ${group.name} i SKR:s kommungruppsindelning ${group.edition}. Dess värde är medianen bland gruppens kommuner med ett värde det året, beräknad här (för NKI totalt ${formatNumber(group.withNki)} kommuner ${year}).`
      : `${noPeerGroupingWords(story.peersFrom)}, så ${year} har ingen kommungrupp att jämföra med.`,
    ...(county
      ? [`${county.name}: genomsnittet av länets kommuner med ett värde det året, beräknat här.`]
      : []),
    `Riket: för NKI totalt och NUI ${year} ${story.countryNkiBasis === 'official' ? 'SKR:s genomsnitt' : 'genomsnittet av kommunernas värden, beräknat här'}; för myndighetsområdena kommunernas genomsnitt, beräknat här.`,
    `Förändringen är skillnaden mellan de avrundade värdena, räknad från det senaste år ${unit.name} har ett värde för måttet; gruppen, länet och riket räknas från samma år. Över ett seriebrott jämförs inga värden.`,
  ];
}

function chartOf(story: CompareStory): ChartSpec {
  const { unit, county, year, group, years } = story;
  return lineMultiplesChart({
    idPrefix: `${unit.slug}-jamfor`,
    title: `${unit.displayName} över åren jämfört med kommungruppen, länet och riket`,
    subtitle: `Index per mått, ${years[0]}–${years.at(-1)}: ${unit.name}, kommungruppens median, länets och rikets genomsnitt`,
    summary: `Ett litet linjediagram per mått för ${unit.displayName}${group ? `, kommungruppens median` : ''}${county ? `, genomsnittet i ${county.name}` : ''} och riket; ${year} är markerat.`,
    series: [
      { label: unit.displayName },
      // A new edition of the kommungrupper is another group: the median line stops there.
      { label: 'Kommungruppens median', breaks: story.groupingStarts },
      { label: county ? `${county.name}, genomsnitt` : 'Länets genomsnitt' },
      { label: 'Riket' },
    ],
    years,
    markYear: year,
    panelColumn: 'Mått och linje',
    panels: story.measures.map((m) => ({
      label: measureName(m.measure),
      breaks: m.breaks,
      lines: [m.lines.unit, m.lines.group, m.lines.county, m.lines.country].map((values) =>
        years.map((y, i) => ({ year: y, value: values[i] })),
      ),
    })),
  });
}

/**
 * Everything the comparison page of `unit` shows, for `requested` (by default the newest year it has a
 * result); undefined when it has no result that year.
 */
export function compareView(
  derived: Derived,
  unit: Municipality,
  requested?: number,
): CompareView | undefined {
  const story = compareStory(derived, unit, requested);
  if (!story) return undefined;
  const { county, year, group } = story;
  const at = story.years.indexOf(year);

  const rows = story.measures.map((m): Row => [
    measureName(m.measure),
    m.score ? scoreText(m.score) : '–',
    changeText(m.change.unit),
    ...(group ? [shown(m.lines.group[at]), changeText(m.change.group)] : []),
    ...(county ? [shown(m.lines.county[at]), changeText(m.change.county)] : []),
    shown(m.lines.country[at]),
    changeText(m.change.country),
  ]);
  const columns = [
    'Mått',
    unit.name,
    `${unit.name}, förändring`,
    ...(group ? ['Kommungruppen (median)', 'Kommungruppen, förändring'] : []),
    ...(county ? [`${county.name} (genomsnitt)`, 'Länet, förändring'] : []),
    'Riket',
    'Riket, förändring',
  ];

  const nki = story.measures.find((m) => m.measure === 'nki')!;
  const parts = [
    `${unit.name} ${shown(nki.lines.unit[at])}`,
    ...(group ? [`kommungruppens median ${shown(nki.lines.group[at])}`] : []),
    ...(county ? [`${county.name} ${shown(nki.lines.county[at])}`] : []),
    `riket ${shown(nki.lines.country[at])}`,
  ];
  return {
    unit,
    county,
    year,
    group,
    lede: `NKI totalt ${year}: ${joinList(parts)}.`,
    description: `${unit.displayName} ${year} jämfört med sin kommungrupp, sitt län och riket: NKI och varje myndighetsområde, förändringen och utvecklingen över åren.`,
    table: {
      caption: `${unit.displayName} ${year} jämfört med ${joinList([...(group ? ['kommungruppen'] : []), ...(county ? ['länet'] : []), 'riket'])}`,
      columns,
      rows,
    },
    notes: notes(story),
    chart: chartOf(story),
    links: {
      unit: unitUrl(unit),
      year: unitYearUrl(unit, year),
      picker: comparePickerUrl([unit.slug]),
      county: county && countyUrl(county),
    },
  };
}

/**
 * View model for /kommun/<slug>/jamfor/: the municipality in the newest year it has a result
 * against its kommungrupp (median), its county (mean) and the country, for NKI totalt, each area
 * and NUI, with the change from the year the municipality's own change is measured from, and the
 * same measures over the years as small multiples. A change is never stated across a series
 * break, nor for the group across a new edition of the kommungrupper.
 */
import { AREAS } from '../lib/areas';
import { isLastYear, previousDataYear } from '../lib/comparability';
import type { Change, County, Derived, Municipality, UnitYear } from '../lib/model';
import { PEER_GROUPINGS, PEERS_FROM, peerEditionFor, published } from '../lib/rules';
import { crossesBreak, SERIES_AREAS, type Measure } from '../lib/series';
import { lineMultiplesChart, type ChartSpec } from '../charts';
import { formatDelta, formatIndex, formatNumber, joinList } from '../text/format';
import { scoreText } from '../text/labels';
import { noPeerGroupingWords } from '../text/peer-words';
import {
  countryValue,
  countyMean,
  groupMedian,
  measureBreaks,
  measureName,
  scoreOf,
  valueOf,
} from './compare-lines';
import { NUI_FROM } from '../lib/rules';
import { comparePickerUrl, countyUrl, unitUrl, unitYearUrl } from './urls';
import { countyOfUnit, recordOf } from './unit-view';
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
export function deltaText(delta: number, fromYear: number, toYear: number): string {
  return `${formatDelta(delta)}${isLastYear(fromYear, toYear) ? '' : ` sedan ${fromYear}`}`;
}

/** The measures of the comparison: NKI, the year's areas (and any other it has), NUI where present. */
export function compareMeasures(derived: Derived, uy: UnitYear): Measure[] {
  const areas = AREAS.filter(
    (a) =>
      SERIES_AREAS[uy.series].includes(a.id) ||
      uy.areas.some((x) => x.area === a.id && x.score.kind === 'measured'),
  ).map((a) => a.id);
  const nui =
    valueOf(uy, 'nui') !== undefined || countryValue(derived, uy.year, 'nui') !== undefined;
  return ['nki', ...areas, ...(nui ? ['nui' as const] : [])];
}

/** The derived change of a measure (from the unit's previous year with a value), if any. */
function ownChange(uy: UnitYear, measure: Measure): Change | undefined {
  if (measure === 'nki') return uy.nkiChange;
  if (measure === 'nui')
    return uy.nuiChange && uy.nuiChange.fromYear >= NUI_FROM ? uy.nuiChange : undefined;
  return uy.areas.find((a) => a.area === measure)?.change;
}

/** The change of a comparison line from `base` to `year`, or why there is none. */
function lineChange(
  measure: Measure,
  base: number | undefined,
  year: number,
  at: (y: number) => number | undefined,
  sameGrouping = true,
): string {
  if (base === undefined) return '–';
  if (crossesBreak(measure, base, year)) return NOT_COMPARABLE;
  if (!sameGrouping) return NEW_GROUPING;
  const from = at(base);
  const to = at(year);
  if (from === undefined || to === undefined) return '–';
  return deltaText(published(to) - published(from), base, year);
}

const shown = (v: number | undefined) => (v === undefined ? '–' : formatIndex(v));

/**
 * Everything the comparison page of `unit` shows, for `requested` (by default the newest year it has a
 * result); undefined when it has no result that year.
 */
export function compareView(
  derived: Derived,
  unit: Municipality,
  requested?: number,
): CompareView | undefined {
  const record = recordOf(derived, unit.code);
  const uy =
    requested === undefined
      ? record?.years.at(-1)
      : record?.years.find((y) => y.year === requested);
  if (!record || !uy) return undefined;
  const year = uy.year;
  const county = countyOfUnit(derived, unit);
  const dataYears = derived.years.map((y) => y.year);
  const measures = compareMeasures(derived, uy);
  const nkiGroup = groupMedian(derived, unit.code, year, 'nki');
  const group = nkiGroup && {
    name: nkiGroup.name,
    edition: nkiGroup.edition,
    withNki: nkiGroup.withValue,
  };
  const lines = {
    group: (m: Measure) => (y: number) => groupMedian(derived, unit.code, y, m)?.median,
    county: (m: Measure) => (y: number) =>
      county ? countyMean(derived, county.code, y, m) : undefined,
    country: (m: Measure) => (y: number) => countryValue(derived, y, m)?.value,
  };

  const rows = measures.map((m): Row => {
    const score = scoreOf(uy, m);
    const own = ownChange(uy, m);
    const base = own?.fromYear ?? previousDataYear(dataYears, year);
    const ownText = own
      ? own.acrossBreak
        ? NOT_COMPARABLE
        : deltaText(own.delta, own.fromYear, year)
      : '–';
    // A baseline year without a grouping (before 2017) has no median: the cell says "–".
    const baseEdition = base === undefined ? undefined : peerEditionFor(base);
    const sameGrouping = baseEdition === undefined || baseEdition === peerEditionFor(year);
    return [
      measureName(m),
      score ? scoreText(score) : '–',
      ownText,
      ...(group
        ? [shown(lines.group(m)(year)), lineChange(m, base, year, lines.group(m), sameGrouping)]
        : []),
      ...(county ? [shown(lines.county(m)(year)), lineChange(m, base, year, lines.county(m))] : []),
      shown(lines.country(m)(year)),
      lineChange(m, base, year, lines.country(m)),
    ];
  });
  const columns = [
    'Mått',
    unit.name,
    `${unit.name}, förändring`,
    ...(group ? ['Kommungruppen (median)', 'Kommungruppen, förändring'] : []),
    ...(county ? [`${county.name} (genomsnitt)`, 'Länet, förändring'] : []),
    'Riket',
    'Riket, förändring',
  ];
  const nkiAverage = countryValue(derived, year, 'nki');
  const notes = [
    group
      ? `Kommungruppen är ${group.name} i SKR:s kommungruppsindelning ${group.edition}. Dess värde är medianen bland gruppens kommuner med ett värde det året, beräknad här (för NKI totalt ${formatNumber(group.withNki)} kommuner ${year}).`
      : `${noPeerGroupingWords(PEERS_FROM)}, så ${year} har ingen kommungrupp att jämföra med.`,
    ...(county
      ? [`${county.name}: genomsnittet av länets kommuner med ett värde det året, beräknat här.`]
      : []),
    `Riket: för NKI totalt och NUI ${year} ${nkiAverage?.basis === 'official' ? 'SKR:s genomsnitt' : 'genomsnittet av kommunernas värden, beräknat här'}; för myndighetsområdena kommunernas genomsnitt, beräknat här.`,
    `Förändringen är skillnaden mellan de avrundade värdena, räknad från det senaste år ${unit.name} har ett värde för måttet; gruppen, länet och riket räknas från samma år. Över ett seriebrott jämförs inga värden.`,
  ];

  const years = dataYears;
  const chart = lineMultiplesChart({
    idPrefix: `${unit.slug}-jamfor`,
    title: `${unit.displayName} över åren jämfört med kommungruppen, länet och riket`,
    subtitle: `Index per mått, ${years[0]}–${years.at(-1)}: ${unit.name}, kommungruppens median, länets och rikets genomsnitt`,
    summary: `Ett litet linjediagram per mått för ${unit.displayName}${group ? `, kommungruppens median` : ''}${county ? `, genomsnittet i ${county.name}` : ''} och riket; ${year} är markerat.`,
    series: [
      { label: unit.displayName },
      // A new edition of the kommungrupper is another group: the median line stops there.
      { label: 'Kommungruppens median', breaks: PEER_GROUPINGS.slice(1).map((g) => g.from) },
      { label: county ? `${county.name}, genomsnitt` : 'Länets genomsnitt' },
      { label: 'Riket' },
    ],
    years,
    markYear: year,
    panelColumn: 'Mått och linje',
    panels: measures.map((m) => ({
      label: measureName(m),
      breaks: measureBreaks(derived, m),
      lines: [
        (y: number) => valueOf(derived.byUnitYear.get(`${unit.code}:${y}`), m),
        lines.group(m),
        lines.county(m),
        lines.country(m),
      ].map((at) => years.map((y) => ({ year: y, value: at(y) }))),
    })),
  });

  const nki = valueOf(uy, 'nki');
  const parts = [
    `${unit.name} ${shown(nki)}`,
    ...(group ? [`kommungruppens median ${shown(lines.group('nki')(year))}`] : []),
    ...(county ? [`${county.name} ${shown(lines.county('nki')(year))}`] : []),
    `riket ${shown(lines.country('nki')(year))}`,
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
    notes,
    chart,
    links: {
      unit: unitUrl(unit),
      year: unitYearUrl(unit, year),
      picker: comparePickerUrl([unit.slug]),
      county: county && countyUrl(county),
    },
  };
}

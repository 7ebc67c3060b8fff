/**
 * The one compact JSON the comparison picker (/jamfor/, public/js/compare.js) reads:
 * /data/jamfor.json, arranged from the picker's story (src/claims/compare-picker.ts), where the
 * values and the baselines of their changes are decided with the site's own rules:
 *
 * - `v[measure][i]`: the published value in `ar[i]`, or null;
 * - `b[measure][i]`: the year the change in `ar[i]` is measured from (the municipality's previous
 *   year with a value, as on its pages), 0 when there is none, −1 when it would cross a series
 *   break. The same for `riket`, from the previous data year. A municipality's `b` is left out
 *   for a measure with no change at all.
 */
import type { Derived } from '../lib/model';
import type { Measure } from '../lib/series';
import { figuresCredit } from '../lib/provenance';
import { pickerStory, type PickerSeries } from '../claims/compare-picker';
import { measureName } from '../text/labels';

export interface CompareData {
  kalla: string;
  exempeldata: boolean;
  ar: number[];
  /** `brott`: first years of a new series, where a line stops. */
  matt: { id: Measure; namn: string; brott: number[] }[];
  riket: Series;
  kommuner: (Series & { s: string; n: string; d: string; lan: string; y: number[] })[];
}

interface Series {
  v: Partial<Record<Measure, (number | null)[]>>;
  b: Partial<Record<Measure, number[]>>;
}

function seriesOf(list: PickerSeries[], withoutChange: 'keep' | 'drop'): Series {
  const series: Series = { v: {}, b: {} };
  for (const { measure, values, bases } of list) {
    series.v[measure] = values;
    if (withoutChange === 'keep' || bases.some((b) => b !== 0)) series.b[measure] = bases;
  }
  return series;
}

/** The picker's data, built once per build. */
export function compareData(derived: Derived): CompareData {
  const story = pickerStory(derived);
  const counties = new Map(derived.dataset.reference.counties.map((c) => [c.code, c.name]));
  const riket = seriesOf(story.country, 'keep');
  return {
    kalla: figuresCredit(derived.dataset, story.years),
    exempeldata: derived.dataset.isExample,
    ar: story.years,
    matt: story.measures
      .filter(({ measure }) => riket.v[measure])
      .map(({ measure, breaks }) => ({ id: measure, namn: measureName(measure), brott: breaks })),
    riket,
    kommuner: story.units.map(({ record: r, series }) => {
      const unit = r.unit.kind === 'kommun' ? r.unit : undefined;
      return {
        s: r.unit.slug,
        n: r.unit.name,
        d: r.unit.displayName,
        lan: unit ? (counties.get(unit.countyCode) ?? '') : '',
        y: r.years.map((uy) => uy.year),
        ...seriesOf(series, 'drop'),
      };
    }),
  };
}

/** Compact JSON: one municipality a line, so the file diffs well and stays small. */
export function compareDataJson(derived: Derived): string {
  const { kommuner, ...head } = compareData(derived);
  const top = JSON.stringify(head).slice(0, -1);
  return `${top},"kommuner":[\n${kommuner.map((k) => JSON.stringify(k)).join(',\n')}\n]}\n`;
}

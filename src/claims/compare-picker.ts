/**
 * What the comparison picker (/jamfor/, /data/jamfor.json) may show: per municipality with a
 * result and per measure, the published integer of each data year and the baseline of its
 * change, decided here with the site's own rules, so the picker's script only subtracts two
 * integers and never judges comparability itself. site/compare-data.ts arranges it as JSON.
 */
import { AREAS } from '../lib/areas';
import type { Change, Derived, UnitRecord, UnitYear } from '../lib/model';
import { NUI_FROM, published } from '../lib/rules';
import { crossesBreak, type Measure } from '../lib/series';
import { countryValue, measureBreaks, valueOf } from './compare-lines';

/** A measure's values over the data years, and the baselines of their changes. */
export interface PickerSeries {
  measure: Measure;
  /** The published value in each data year, or null. */
  values: (number | null)[];
  /**
   * The year each value's change is measured from (a municipality's previous year with a value,
   * as on its pages; the country's previous data year), 0 when there is none, −1 when it would
   * cross a series break.
   */
  bases: number[];
}

export interface PickerStory {
  years: number[];
  /** Every measure any municipality has, with the first years of its new series. */
  measures: { measure: Measure; breaks: number[] }[];
  /** The country's series, for the measures it has a value for. */
  country: PickerSeries[];
  /** Each municipality's series, for the measures it has a value for. */
  units: { record: UnitRecord; series: PickerSeries[] }[];
}

function changeOf(uy: UnitYear, measure: Measure): Change | undefined {
  if (measure === 'nki') return uy.nkiChange;
  if (measure === 'nui') return uy.nuiChange;
  return uy.areas.find((a) => a.area === measure)?.change;
}

const rounded = (v: number | undefined) => (v === undefined ? null : published(v));

/** The picker's facts, built once per build. */
export function pickerStory(derived: Derived): PickerStory {
  const years = derived.years.map((y) => y.year);
  const kommuner = derived.records.filter((r) => r.unit.kind === 'kommun');
  const measures: Measure[] = [
    'nki',
    ...AREAS.filter((a) =>
      kommuner.some((r) => r.years.some((uy) => valueOf(uy, a.id) !== undefined)),
    ).map((a) => a.id),
    'nui',
  ];

  const country = measures.flatMap((m): PickerSeries[] => {
    const values = years.map((y) => rounded(countryValue(derived, y, m)?.value));
    if (values.every((v) => v === null)) return [];
    const bases = years.map((y, i) => {
      const from = years[i - 1];
      if (from === undefined || values[i] === null || values[i - 1] === null) return 0;
      return crossesBreak(m, from, y) ? -1 : from;
    });
    return [{ measure: m, values, bases }];
  });

  const units = kommuner.map((record) => {
    const byYear = new Map(record.years.map((uy) => [uy.year, uy]));
    const series = measures.flatMap((m): PickerSeries[] => {
      const values = years.map((y) => rounded(valueOf(byYear.get(y), m)));
      if (values.every((v) => v === null)) return [];
      const bases = years.map((y) => {
        const uy = byYear.get(y);
        const c = uy && valueOf(uy, m) !== undefined ? changeOf(uy, m) : undefined;
        if (!c || (m === 'nui' && c.fromYear < NUI_FROM)) return 0;
        return c.acrossBreak ? -1 : c.fromYear;
      });
      return [{ measure: m, values, bases }];
    });
    return { record, series };
  });

  return {
    years,
    measures: measures.map((measure) => ({ measure, breaks: measureBreaks(derived, measure) })),
    country,
    units,
  };
}

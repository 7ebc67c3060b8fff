/**
 * The one compact JSON the comparison picker (/jamfor/, public/js/compare.js) reads:
 * /data/jamfor.json. Per municipality with a result and per measure, the published integer of
 * each data year and the baseline of its change, decided here with the site's own rules, so the
 * script only subtracts two integers and never judges comparability itself:
 *
 * - `v[measure][i]`: the published value in `ar[i]`, or null;
 * - `b[measure][i]`: the year the change in `ar[i]` is measured from (the municipality's previous
 *   year with a value, as on its pages), 0 when there is none, −1 when it would cross a series
 *   break. The same for `riket`, from the previous data year.
 */
import { AREAS } from '../lib/areas';
import type { Change, Derived, UnitYear } from '../lib/model';
import { figuresCredit } from '../lib/provenance';
import { published } from '../lib/rules';
import { crossesBreak, type Measure } from '../lib/series';
import { countryValue, measureBreaks, measureName, valueOf } from './compare-lines';
import { NUI_FROM } from '../lib/rules';

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

function changeOf(uy: UnitYear, measure: Measure): Change | undefined {
  if (measure === 'nki') return uy.nkiChange;
  if (measure === 'nui') return uy.nuiChange;
  return uy.areas.find((a) => a.area === measure)?.change;
}

/** The picker's data, built once per build. */
export function compareData(derived: Derived): CompareData {
  const years = derived.years.map((y) => y.year);
  const kommuner = derived.records.filter((r) => r.unit.kind === 'kommun');
  const measures: Measure[] = [
    'nki',
    ...AREAS.filter((a) =>
      kommuner.some((r) => r.years.some((uy) => valueOf(uy, a.id) !== undefined)),
    ).map((a) => a.id),
    'nui',
  ];
  const counties = new Map(derived.dataset.reference.counties.map((c) => [c.code, c.name]));
  const rounded = (v: number | undefined) => (v === undefined ? null : published(v));

  const riket: Series = { v: {}, b: {} };
  for (const m of measures) {
    const values = years.map((y) => rounded(countryValue(derived, y, m)?.value));
    if (values.every((v) => v === null)) continue;
    riket.v[m] = values;
    riket.b[m] = years.map((y, i) => {
      const from = years[i - 1];
      if (from === undefined || values[i] === null || values[i - 1] === null) return 0;
      return crossesBreak(m, from, y) ? -1 : from;
    });
  }

  return {
    kalla: figuresCredit(derived.dataset, years),
    exempeldata: derived.dataset.isExample,
    ar: years,
    matt: measures
      .filter((m) => riket.v[m])
      .map((id) => ({
        id,
        namn: measureName(id),
        brott: measureBreaks(derived, id),
      })),
    riket,
    kommuner: kommuner.map((r) => {
      const unit = r.unit.kind === 'kommun' ? r.unit : undefined;
      const byYear = new Map(r.years.map((uy) => [uy.year, uy]));
      const series: Series = { v: {}, b: {} };
      for (const m of measures) {
        const values = years.map((y) => rounded(valueOf(byYear.get(y), m)));
        if (values.every((v) => v === null)) continue;
        series.v[m] = values;
        const bases = years.map((y) => {
          const uy = byYear.get(y);
          const c = uy && valueOf(uy, m) !== undefined ? changeOf(uy, m) : undefined;
          if (!c || (m === 'nui' && c.fromYear < NUI_FROM)) return 0;
          return c.acrossBreak ? -1 : c.fromYear;
        });
        if (bases.some((b) => b !== 0)) series.b[m] = bases;
      }
      return {
        s: r.unit.slug,
        n: r.unit.name,
        d: r.unit.displayName,
        lan: unit ? (counties.get(unit.countyCode) ?? '') : '',
        y: r.years.map((uy) => uy.year),
        ...series,
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

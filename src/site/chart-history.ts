/**
 * The small multiples over the years, from the derived model: each area of a unit against the
 * municipalities' computed mean, and each municipality of a county against the county's
 * computed mean, the means handed in as a view input (src/claims/chart-means.ts).
 */
import { AREAS } from '../lib/areas';
import type { County, Derived, UnitRecord } from '../lib/model';
import type { ChartMeans } from '../claims/chart-means';
import { smallMultiplesChart, type ChartSpec } from '../charts';
import { once, seriesBreaks, value } from './chart-data';

/**
 * Each area's history for a unit: a panel per area it has a value for, with the computed mean
 * of all municipalities (`means`). Before 2015 livsmedelskontroll was part of miljö- och hälsoskydd, so
 * that area's line stops there (domain §2).
 */
export function areaHistoryFor(
  derived: Derived,
  record: UnitRecord,
  means: ChartMeans,
): ChartSpec | undefined {
  return once(derived, `area-history:${record.unit.code}`, () => {
    const byYear = new Map(record.years.map((uy) => [uy.year, uy]));
    const years = derived.years.map((y) => y.year);
    const panels = AREAS.flatMap((a) => {
      const points = years.map((year) => {
        const s = byYear.get(year)?.areas.find((x) => x.area === a.id)?.score;
        return { year, value: s && value(s) };
      });
      if (!points.some((p) => p.value !== undefined)) return [];
      const reference = years.map((year) => ({
        year,
        value: means.area(year, a.id),
      }));
      return [
        {
          label: a.name,
          points,
          reference,
          breaks: a.id === 'miljo-och-halsoskydd' ? [2015] : [],
        },
      ];
    });
    if (!panels.length) return undefined;
    const name = record.unit.displayName;
    return smallMultiplesChart({
      idPrefix: `${record.unit.slug}-omraden-over-tid`,
      title: `${name}: varje myndighetsområde över åren`,
      subtitle: `Index per myndighetsområde, ${years[0]}–${years.at(-1)}, med kommunernas genomsnitt`,
      summary: `Ett litet linjediagram per myndighetsområde för ${name}, med genomsnittet för landets kommuner som streckad linje.`,
      lineLabel: name,
      referenceLabel: 'Kommunernas genomsnitt (beräknat)',
      panelColumn: 'Område',
      years,
      panels,
    });
  });
}

/** The county's municipalities over the years, each against the county's computed mean. */
export function countyHistoryFor(
  derived: Derived,
  county: County,
  means: ChartMeans,
  markYear?: number,
): ChartSpec | undefined {
  return once(derived, `county-history:${county.code}:${markYear ?? ''}`, () => {
    const years = derived.years.map((y) => y.year);
    const members = derived.records
      .filter((r) => r.unit.kind === 'kommun' && r.unit.countyCode === county.code)
      .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'sv-SE'));
    if (!members.length) return undefined;
    const nki = (code: string, year: number) => {
      const uy = derived.byUnitYear.get(`${code}:${year}`);
      return uy && value(uy.nki);
    };
    const reference = years.map((year) => ({ year, value: means.countyNki(year, county.code) }));
    return smallMultiplesChart({
      idPrefix: `${county.slug}-kommuner-over-tid${markYear ? `-${markYear}` : ''}`,
      title: `${county.name}: kommunernas NKI över åren`,
      subtitle: `NKI per kommun i ${county.name}, ${years[0]}–${years.at(-1)}, med länets genomsnitt`,
      summary: `Ett litet linjediagram per kommun i ${county.name} med länets genomsnitt som streckad linje${markYear ? `; ${markYear} är markerat` : ''}.`,
      lineLabel: 'Kommunens NKI',
      referenceLabel: 'Länets genomsnitt (beräknat)',
      panelColumn: 'Kommun',
      years,
      seriesBreaks: seriesBreaks(derived),
      markYear,
      panels: members.map((m) => ({
        label: m.unit.name,
        points: years.map((year) => ({ year, value: nki(m.unit.code, year) })),
        reference,
      })),
    });
  });
}

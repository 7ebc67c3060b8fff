/**
 * Adapters from the derived model to the charts' plain inputs. The charts know nothing of the
 * domain; the choices of what to show (which years, which average, which reason) live here.
 */
import { AREAS, FACTORS } from '../lib/areas';
import type { County, Derived, Score, Unit, UnitRecord, UnitYear } from '../lib/model';
import type { ChartKey } from './chart-refs';
import type { ChartMeans } from '../claims/chart-means';
import type { MunicipalityShapes } from '../charts/map-shapes';
import { unitUrl, unitYearUrl } from './urls';
import {
  areaBarsChart,
  distributionChart,
  factorsChart,
  mapChart,
  placesChart,
  trendChart,
  type ChartSpec,
  type DistributionPoint,
} from '../charts';
import { notRankedLabel, missingLabel } from '../text/labels';

// A year's map appears on several pages (the year, its counties): draw it once.
const drawn = new WeakMap<Derived, Map<string, ChartSpec | undefined>>();

/** Draws a chart once per build (`key` names it), for charts several pages show. */
export function once(
  derived: Derived,
  key: string,
  draw: () => ChartSpec | undefined,
): ChartSpec | undefined {
  let cache = drawn.get(derived);
  if (!cache) drawn.set(derived, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, draw());
  return cache.get(key);
}

/** The chart with what it shows as data: its unit, which of the unit's charts, its year. */
function identified(spec: ChartSpec, unit: Unit, key: ChartKey, year?: number): ChartSpec {
  return { ...spec, identity: { unit: unit.code, key, ...(year !== undefined ? { year } : {}) } };
}

export const value = (s: Score) => (s.kind === 'measured' ? s.value : undefined);

/** First year of each new NKI series among the data years: lines do not join across them. */
export function seriesBreaks(derived: Derived): number[] {
  return derived.years
    .filter((y, i) => i > 0 && derived.years[i - 1]!.series !== y.series)
    .map((y) => y.year);
}

/**
 * A unit's NKI or NUI over the data years up to and including `through`: a page pinned to a
 * year shows the trend as it stood then, so it stays the same picture when years are added.
 * `markYear` marks the year a unit-year page is about.
 */
export function trendFor(
  derived: Derived,
  record: UnitRecord,
  measure: 'nki' | 'nui',
  through: number,
  markYear?: number,
): ChartSpec {
  const byYear = new Map(record.years.map((uy) => [uy.year, uy]));
  const years = derived.years.filter(
    (y) => (measure === 'nki' || y.nuiAverage !== undefined) && y.year <= through,
  );
  return identified(
    trendChart({
      idPrefix: `${record.unit.slug}${markYear ? `-${markYear}` : ''}-${measure}-trend`,
      markYear,
      unitName: record.unit.displayName,
      measure: measure.toUpperCase(),
      points: years.map((y) => {
        const uy = byYear.get(y.year);
        const score = uy ? (measure === 'nki' ? uy.nki : uy.nui) : undefined;
        const avg = measure === 'nki' ? y.nkiAverage : y.nuiAverage;
        // The kommungrupp's median beside the national mean, for NKI (issue 22).
        const peers = measure === 'nki' ? uy?.peers?.median : undefined;
        return { year: y.year, value: score && value(score), national: avg?.value, peers };
      }),
      seriesBreaks: measure === 'nki' ? seriesBreaks(derived).filter((y) => y <= through) : [],
      peerBreaks: measure === 'nki' ? peerBreaks(record, through) : [],
    }),
    record.unit,
    measure === 'nki' ? 'nki-trend' : 'nui-trend',
    markYear,
  );
}

/** Years from which the unit is in another kommungrupp than in its previous year with one. */
function peerBreaks(record: UnitRecord, through: number): number[] {
  const out: number[] = [];
  let before: string | undefined;
  for (const uy of record.years) {
    if (uy.year > through || !uy.peers) continue;
    const group = `${uy.peers.edition}:${uy.peers.group.code}`;
    if (before !== undefined && group !== before) out.push(uy.year);
    before = group;
  }
  return out;
}

/** A municipality's national places over its years up to and including `through`. */
export function placesFor(derived: Derived, record: UnitRecord, through: number): ChartSpec {
  return identified(
    placesChart({
      idPrefix: `${record.unit.slug}-places`,
      unitName: record.unit.displayName,
      seriesBreaks: seriesBreaks(derived).filter((y) => y <= through),
      points: record.years
        .filter((uy) => uy.year <= through)
        .map((uy) =>
          uy.national.kind === 'ranked'
            ? {
                year: uy.year,
                kind: 'ranked' as const,
                place: uy.national.rank.place,
                basis: uy.national.rank.basis,
                outOf: uy.national.rank.outOf,
              }
            : {
                year: uy.year,
                kind: 'not-ranked' as const,
                reason: notRankedLabel(uy.national.reason),
              },
        ),
    }),
    record.unit,
    'places',
  );
}

/** The unit-year's areas against the municipalities' computed means (`means`). */
export function areasFor(uy: UnitYear, means: ChartMeans): ChartSpec {
  const rows = AREAS.filter((a) => uy.areas.some((x) => x.area === a.id)).map((a) => {
    const ay = uy.areas.find((x) => x.area === a.id)!;
    return {
      label: a.name,
      value: value(ay.score),
      grade: ay.grade,
      national: means.area(uy.year, a.id),
      peers: uy.peers?.areaMedians[a.id],
      note: ay.score.kind === 'missing' ? missingLabel(ay.score.reason) : undefined,
    };
  });
  return identified(
    areaBarsChart({
      idPrefix: `${uy.unit.slug}-${uy.year}-areas`,
      unitName: uy.unit.displayName,
      year: uy.year,
      rows,
    }),
    uy.unit,
    'areas',
    uy.year,
  );
}

/** The unit-year's factors against the municipalities' computed means (`means`). */
export function factorsFor(uy: UnitYear, means: ChartMeans): ChartSpec | undefined {
  const factors = FACTORS.filter((f) =>
    uy.factors.some((x) => x.factor === f.id && x.score.kind === 'measured'),
  ).map((f) => ({
    label: f.name,
    value: value(uy.factors.find((x) => x.factor === f.id)!.score),
    national: means.factor(uy.year, f.id),
  }));
  if (!factors.length) return undefined;
  return identified(
    factorsChart({
      idPrefix: `${uy.unit.slug}-${uy.year}-factors`,
      unitName: uy.unit.displayName,
      year: uy.year,
      factors,
    }),
    uy.unit,
    'factors',
    uy.year,
  );
}

export function distributionFor(derived: Derived, uy: UnitYear): ChartSpec | undefined {
  if (uy.unit.kind !== 'kommun') return undefined;
  const county = derived.dataset.reference.counties.find(
    (c) => c.code === (uy.unit.kind === 'kommun' ? uy.unit.countyCode : ''),
  );
  const points = rankedPoints(derived, uy.year);
  if (!points.length) return undefined;
  const summary = derived.years.find((y) => y.year === uy.year);
  return identified(
    distributionChart({
      idPrefix: `${uy.unit.slug}-${uy.year}-distribution`,
      year: uy.year,
      points,
      national: summary?.nkiAverage?.value,
      highlight: {
        code: uy.unit.code,
        displayName: uy.unit.displayName,
        countyName: county?.name ?? '',
        place:
          uy.national.kind === 'ranked'
            ? {
                place: uy.national.rank.place,
                basis: uy.national.rank.basis,
                outOf: uy.national.rank.outOf,
              }
            : undefined,
      },
    }),
    uy.unit,
    'distribution',
    uy.year,
  );
}

/** The year's map: the whole country, or one county's municipalities drawn larger. */
export function mapFor(
  derived: Derived,
  year: number,
  shapes: MunicipalityShapes,
  county?: County,
): ChartSpec {
  return once(derived, `map:${year}:${county?.code ?? ''}`, () =>
    mapChart({
      idPrefix: `karta-${year}${county ? `-${county.slug}` : ''}`,
      year,
      shapes,
      region: county?.name,
      areas: derived.dataset.reference.municipalities
        .filter((m) => !county || m.countyCode === county.code)
        .map((m) => {
          const uy = derived.byUnitYear.get(`${m.code}:${year}`);
          const v = uy && value(uy.nki);
          return {
            code: m.code,
            name: m.name,
            href: uy ? unitYearUrl(m, year) : unitUrl(m),
            value: v,
            grade: v === undefined ? undefined : uy!.grade,
          };
        }),
    }),
  )!;
}

const ranked = new WeakMap<Derived, Map<number, DistributionPoint[]>>();

/** The year's nationally ranked municipalities, one array per year (the chart caches by it). */
function rankedPoints(derived: Derived, year: number): DistributionPoint[] {
  let byYear = ranked.get(derived);
  if (!byYear) ranked.set(derived, (byYear = new Map()));
  let points = byYear.get(year);
  if (!points) {
    points = derived.records.flatMap((r) => {
      const other = derived.byUnitYear.get(`${r.unit.code}:${year}`);
      if (
        !other ||
        r.unit.kind !== 'kommun' ||
        other.national.kind !== 'ranked' ||
        other.nki.kind !== 'measured'
      )
        return [];
      return [
        {
          code: r.unit.code,
          name: r.unit.name,
          countyCode: r.unit.countyCode,
          value: other.nki.value,
        },
      ];
    });
    byYear.set(year, points);
  }
  return points;
}

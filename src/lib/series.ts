/**
 * How NKI totalt is composed in a data year, and which comparisons cross a series break
 * (domain notes §2; docs/decisions/series-breaks.md).
 */
import type { AreaId } from './areas';
import type { SeriesId } from './model';
import { IN_BETWEEN_YEARS } from './rules';

export { IN_BETWEEN_YEARS };

/** The in-between year's places are never compared with a national year's, nor "landet". */
export function isInBetweenYear(year: number): boolean {
  return IN_BETWEEN_YEARS.includes(year);
}

/** A measure that has a series of yearly values: NKI totalt, NUI or one area. */
export type Measure = 'nki' | 'nui' | AreaId;

/**
 * The series of a data year: up to 2014 NKI totalt covered five areas (livsmedel inside miljö- och
 * hälsoskydd), 2015–2023 six, from 2024 the four mandatory areas.
 */
export function seriesOf(year: number): SeriesId {
  if (year <= 2014) return 'five-areas';
  if (year <= 2023) return 'six-areas';
  return 'four-areas';
}

/**
 * True when comparing `measure` between two data years (either order) crosses a series break:
 * NKI totalt whenever the years belong to different series; miljö- och hälsoskydd between 2014
 * or earlier and 2015 or later, because livsmedel was split off; other areas and NUI never.
 */
export function crossesBreak(measure: Measure, yearA: number, yearB: number): boolean {
  const [from, to] = yearA <= yearB ? [yearA, yearB] : [yearB, yearA];
  if (measure === 'nki') return seriesOf(from) !== seriesOf(to);
  if (measure === 'miljo-och-halsoskydd') return from <= 2014 && to >= 2015;
  return false;
}

/** The first data year of a series (the year NKI totalt got its present areas). */
export const SERIES_FROM: Record<SeriesId, number> = {
  'five-areas': 2010,
  'six-areas': 2015,
  'four-areas': 2024,
};

/** The areas NKI totalt is made of in each series (domain notes §2). */
export const SERIES_AREAS: Record<SeriesId, readonly AreaId[]> = {
  'five-areas': [
    'brandskydd',
    'bygglov',
    'markupplatelse',
    'miljo-och-halsoskydd',
    'serveringstillstand',
  ],
  'six-areas': [
    'brandskydd',
    'bygglov',
    'markupplatelse',
    'miljo-och-halsoskydd',
    'livsmedelskontroll',
    'serveringstillstand',
  ],
  'four-areas': ['bygglov', 'miljo-och-halsoskydd', 'livsmedelskontroll', 'serveringstillstand'],
};

/**
 * A förbund's NKI covers only its own areas, so it breaks only when one of them changed its place
 * in the total: a miljöförbund (miljö- och hälsoskydd, livsmedelskontroll) has no break in 2024,
 * a räddningstjänstförbund (brandskydd) has one. `areas` are the areas the förbund had results
 * in, in either year.
 */
export function forbundNkiCrossesBreak(
  areas: readonly AreaId[],
  yearA: number,
  yearB: number,
): boolean {
  const [from, to] = yearA <= yearB ? [yearA, yearB] : [yearB, yearA];
  const before = SERIES_AREAS[seriesOf(from)];
  const after = SERIES_AREAS[seriesOf(to)];
  return areas.some((a) => before.includes(a) !== after.includes(a) || crossesBreak(a, from, to));
}

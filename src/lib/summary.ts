/**
 * Facts about one data year as a whole: participants, national averages, and whether the file
 * holds every participant (a file may be a partial extract: 11 rows with places up to 169).
 */
import { shownScore } from './eligibility';
import type { Average, ResultRow, Unit, YearResults, YearSummary } from './model';
import { completeCount } from './rank';
import { seriesOf } from './series';

/** The fewest participants of any national survey so far: 56 municipalities in 2015. */
const MIN_MUNICIPALITIES_IN_NATIONAL_FILE = 50;

/**
 * False when the file is evidently partial: fewer than 50 municipalities without SKR's complete
 * list of places, or some official place (national, county, area or NUI) larger than the number
 * of units in the file that could hold it. Otherwise the file is taken to be complete.
 */
export function isComplete(year: YearResults, units: ReadonlyMap<string, Unit>): boolean {
  const rows = year.rows;
  const munis = rows.filter((r) => units.get(r.unitCode)?.kind === 'kommun');
  // A handful of rows is an extract (a communicator's own file, a list compiled from press
  // releases) unless SKR's national places in it run 1..N without a hole.
  const places = munis.flatMap((r) => (r.officialPlace === undefined ? [] : [r.officialPlace]));
  if (munis.length < MIN_MUNICIPALITIES_IN_NATIONAL_FILE && completeCount(places) === undefined) {
    return false;
  }
  if (
    exceeds(
      munis.map((r) => r.officialPlace),
      munis.length,
    )
  )
    return false;
  if (
    exceeds(
      rows.map((r) => r.officialNuiPlace),
      rows.length,
    )
  )
    return false;

  const byCounty = new Map<string, (number | undefined)[]>();
  for (const r of munis) {
    const unit = units.get(r.unitCode);
    if (unit?.kind !== 'kommun') continue;
    const places = byCounty.get(unit.countyCode) ?? [];
    places.push(r.officialCountyPlace);
    byCounty.set(unit.countyCode, places);
  }
  for (const places of byCounty.values()) if (exceeds(places, places.length)) return false;

  const byArea = new Map<string, (number | undefined)[]>();
  for (const r of rows) {
    for (const [area, result] of Object.entries(r.areas)) {
      const places = byArea.get(area) ?? [];
      places.push(result?.officialPlace);
      byArea.set(area, places);
    }
  }
  for (const places of byArea.values()) if (exceeds(places, places.length)) return false;
  return true;
}

/**
 * The summary of `year`. Averages: the file's stated national average (basis 'official'), else
 * the unweighted mean of the municipalities' shown values (basis 'computed') — only for a
 * complete file, since the mean of an extract is no national average. `rankedCount` comes from
 * the national ranking (see standings.ts).
 */
export function summarize(
  year: YearResults,
  units: ReadonlyMap<string, Unit>,
  complete: boolean,
  rankedCount: number | undefined,
): YearSummary {
  const munis = year.rows.filter((r) => units.get(r.unitCode)?.kind === 'kommun');
  const summary: YearSummary = {
    year: year.year,
    series: seriesOf(year.year),
    municipalitiesInFile: munis.length,
    municipalitiesWithNki: munis.filter((r) => shownScore(r.nki, r.answers).kind === 'measured')
      .length,
    forbundInFile: year.rows.filter((r) => units.get(r.unitCode)?.kind === 'forbund').length,
    complete,
  };
  const nki = average(
    year.statedAverage?.nki,
    munis.map((r) => shownScore(r.nki, r.answers)),
    complete,
  );
  const nui = average(
    year.statedAverage?.nui,
    munis.map((r) => shownScore(r.nui, r.nuiAnswers)),
    complete,
  );
  if (nki) summary.nkiAverage = nki;
  if (nui) summary.nuiAverage = nui;
  if (rankedCount !== undefined) summary.rankedCount = rankedCount;
  return summary;
}

function average(
  stated: number | undefined,
  scores: ResultRow['nki'][],
  complete: boolean,
): Average | undefined {
  if (stated !== undefined) return { value: stated, basis: 'official' };
  if (!complete) return undefined;
  const values = scores.flatMap((s) => (s.kind === 'measured' ? [s.value] : []));
  if (values.length === 0) return undefined;
  return { value: values.reduce((a, b) => a + b, 0) / values.length, basis: 'computed' };
}

function exceeds(places: readonly (number | undefined)[], holders: number): boolean {
  return places.some((p) => p !== undefined && p > holders);
}

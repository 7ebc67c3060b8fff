/**
 * The verifier's checks of the claims over a unit's years: a record within its series, a series
 * break (with NKI totalt's areas counted), a streak of top places and a newcomer. Called by
 * src/claims/verify.ts for each claim of these kinds.
 */
import { minRankedAnswers, NOTABLE_DELTA, published } from '../lib/rules';
import type { Derived } from '../lib/model';
import { SERIES_AREAS, SERIES_FROM, seriesOf } from '../lib/series';
import type { ClaimOf } from './types';
import type { ClaimCheck } from './verify';
import { breaks, rankIn } from './verify-facts';

export type SeriesClaim = ClaimOf<'record' | 'series-break' | 'streak' | 'newcomer'>;

/** Checks a claim over a unit's years against the model; problems go to `k.fail`. */
export function verifySeriesClaim(d: Derived, c: SeriesClaim, k: ClaimCheck): void {
  const { fail } = k;
  switch (c.kind) {
    case 'record': {
      // A record counts only the same series: a result with other areas is no yardstick.
      const uy = d.byUnitYear.get(`${c.unit}:${c.year}`);
      const rec = d.records.find((r) => r.unit.code === c.unit);
      const measured = (rec?.years ?? []).filter(
        (y) => y.year < c.year && y.nki.kind === 'measured',
      );
      const earlier = measured.filter((y) => y.series === uy?.series);
      const older = measured.filter((y) => y.series !== uy?.series).map((y) => y.year);
      if (older.join() !== c.olderSeriesYears.join()) fail('fel äldre serie');
      const value = published(c.value);
      const beaten = earlier.every(
        (y) => y.nki.kind === 'measured' && value - published(y.nki.value) >= NOTABLE_DELTA,
      );
      if (!uy || earlier.length < 2 || !beaten) fail('inget rekord i serien');
      if (earlier[0]?.year !== c.since) fail('fel startår');
      if (earlier.length !== c.beaten) fail('fel antal tidigare år');
      if (c.seriesFrom !== SERIES_FROM[seriesOf(c.year)]) fail('fel startår för serien');
      if (uy && uy.row.answers !== undefined && uy.row.answers < minRankedAnswers(c.year)) {
        fail('för få svar för ett rekord');
      }
      break;
    }
    case 'series-break':
      if (!breaks(d, c.unit, 'nki', c.fromYear, c.toYear)) fail('inget seriebrott');
      if (
        c.areas &&
        (c.areas.from !== SERIES_AREAS[seriesOf(c.fromYear)].length ||
          c.areas.to !== SERIES_AREAS[seriesOf(c.toYear)].length)
      )
        fail('antalet områden stämmer inte');
      break;
    case 'streak': {
      let n = 0;
      const years = d.years
        .map((y) => y.year)
        .filter((y) => y <= c.year)
        .reverse();
      for (const y of years) {
        const rank = rankIn(d, c.unit, 'national', y);
        if (!rank || rank.basis !== 'official' || rank.place > c.top) break;
        n += 1;
      }
      if (n !== c.years) fail(`raden är ${n} år`);
      break;
    }
    case 'newcomer': {
      const rec = d.records.find((r) => r.unit.code === c.unit);
      const before = (rec?.years ?? []).filter((y) => y.year < c.year).at(-1)?.year;
      if (before !== c.previousYear) fail('tidigare år stämmer inte');
      const earlierFiles = d.years.filter((y) => y.year < c.year);
      if (
        !d.years.find((y) => y.year === c.year)?.complete ||
        earlierFiles.some((y) => !y.complete)
      ) {
        fail('ny deltagare ur ofullständigt underlag');
      }
      break;
    }
  }
}

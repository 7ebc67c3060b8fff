/**
 * Which data years' releases get a Word file (rules.WORD_FILE_YEARS): the newest ten, so the
 * press kit and the build agree on which files exist.
 */
import type { Derived } from '../lib/model';
import { WORD_FILE_YEARS } from '../lib/rules';

export function wordFileYears(derived: Pick<Derived, 'years'>): ReadonlySet<number> {
  return new Set(derived.years.map((y) => y.year).slice(-WORD_FILE_YEARS));
}

/**
 * The claim test on the real figures (data/results): every sentence of the year pages, county
 * summaries and tip sheets of the published site carries claims that hold in the data and are
 * valid comparisons (src/claims/verify.ts). The unit releases are checked in
 * release-golden-real.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/types';
import { verifySentence, verifySentences } from '../../src/claims/verify';
import { tipsView } from '../../src/site/tips-view';
import { composeCountySummary } from '../../src/text/county-summary';
import { composeYearRelease } from '../../src/text/year-release';
import { realDerived } from '../support/real-data';

const derived = realDerived();
const years = derived.years.map((y) => y.year);

describe('every generated sentence of the real site', () => {
  it('in the year pages carries claims that hold', () => {
    const problems = years.flatMap((y) =>
      verifySentences(derived, composeYearRelease(derived, y).sentences).map((p) => `${y}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('in the county summaries carries claims that hold', () => {
    const problems = years.flatMap((y) =>
      derived.dataset.reference.counties.flatMap((c) => {
        const hasUnits = derived.records.some(
          (r) =>
            r.unit.kind === 'kommun' &&
            r.unit.countyCode === c.code &&
            r.years.some((u) => u.year === y),
        );
        if (!hasUnits) return [];
        return verifySentences(derived, composeCountySummary(derived, c.code, y).sentences).map(
          (p) => `${y} ${c.name}: ${p}`,
        );
      }),
    );
    expect(problems).toEqual([]);
  });

  it('on the tip sheets carries claims that hold', () => {
    const problems = years.flatMap((y) =>
      tipsView(derived, y).groups.flatMap((g) =>
        g.tips.flatMap((t) =>
          verifySentence(derived, { text: t.angle, claims: t.claims as [Claim, ...Claim[]] }).map(
            (p) => `tips ${y} ${g.id}: ${p}`,
          ),
        ),
      ),
    );
    expect(problems).toEqual([]);
  });
});

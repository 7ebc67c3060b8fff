/**
 * The claim test: every sentence of every release, year page and county summary of the example
 * site carries claims, and every claim holds in the data and is a valid comparison
 * (src/claims/verify.ts). A sentence in the text without its claims fails too.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load';
import { derive } from '../../src/lib/derive';
import { verifyClaims, verifySentence, verifySentences } from '../../src/claims/verify';
import { areaPageStory } from '../../src/claims/area';
import { homeStory } from '../../src/claims/home';
import { yearStory } from '../../src/claims/year';
import { AREA_IDS } from '../../src/lib/areas';
import { areaSummarySentences } from '../../src/text/area-page';
import { composeRelease } from '../../src/text/release';
import { composeYearRelease } from '../../src/text/year-release';
import { composeCountySummary } from '../../src/text/county-summary';
import type { Release } from '../../src/text/types';
import type { Claim } from '../../src/claims/types';
import { tipsView } from '../../src/site/tips-view';

const root = path.resolve(import.meta.dirname, '../..');
const { dataset } = loadDataset({
  resultsDir: path.join(root, 'test', 'fixtures', 'example-data', 'results'),
  referenceDir: path.join(root, 'data', 'reference'),
});
const derived = derive(dataset!);

/** Problems of one release: unverified claims, and text not made of claimed sentences. */
function check(where: string, release: Release): string[] {
  const problems = verifySentences(derived, release.sentences).map((p) => `${where}: ${p}`);
  const claimed = release.sentences.map((s) => s.text);
  const shown = [
    release.headline,
    release.lede,
    ...release.body.filter((b) => b.kind === 'paragraph').map((b) => b.text),
  ];
  const joined = claimed.join(' ');
  for (const text of shown)
    if (!joined.includes(text)) problems.push(`${where}: text utan påstående: "${text}"`);
  return problems;
}

describe('every generated sentence of the example site', () => {
  it('in the unit releases carries claims that hold', () => {
    const problems = derived.records.flatMap((r) =>
      r.years.flatMap((uy) =>
        check(`${uy.unit.slug} ${uy.year}`, composeRelease(derived, uy.unit.code, uy.year)),
      ),
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(derived.records.reduce((n, r) => n + r.years.length, 0)).toBeGreaterThan(2000);
  });

  it('in the year pages carries claims that hold', () => {
    const problems = derived.years.flatMap((y) =>
      check(`år ${y.year}`, composeYearRelease(derived, y.year)),
    );
    expect(problems).toEqual([]);
  });

  it('in the county pages carries claims that hold', () => {
    const problems = derived.years.flatMap((y) =>
      derived.dataset.reference.counties.flatMap((c) =>
        check(`${c.slug} ${y.year}`, composeCountySummary(derived, c.code, y.year)),
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('every tip on the tip sheets of the example site', () => {
  it('carries claims that hold', () => {
    const problems = derived.years.flatMap((y) =>
      tipsView(derived, y.year).groups.flatMap((g) =>
        g.tips.map((t) => {
          expect(t.claims.length).toBeGreaterThan(0);
          return verifySentence(derived, {
            text: t.angle,
            claims: t.claims as [Claim, ...Claim[]],
          }).map((p) => `tips ${y.year} ${g.id}: ${p}`);
        }),
      ),
    );
    expect(problems.flat()).toEqual([]);
  });
});

describe('every area page and the year pages’ tables of the example site', () => {
  it('area summaries carry claims that hold', () => {
    const problems = AREA_IDS.flatMap((area) =>
      derived.years.flatMap((y) => {
        const story = areaPageStory(derived, area, y.year);
        return story
          ? verifySentences(derived, areaSummarySentences(story)).map(
              (p) => `${area} ${y.year}: ${p}`,
            )
          : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('the largest changes, the kommungrupp bests and the home page’s county bests hold', () => {
    const claims: Claim[] = derived.years.flatMap((y) => {
      const s = yearStory(derived, y.year);
      return [
        ...s.changes.up.map((c) => c.claim),
        ...s.changes.down.map((c) => c.claim),
        ...[...s.peerBests.values()].map((b) => b.claim),
      ];
    });
    const home = homeStory(derived).counties.flatMap((c) =>
      c.best ? [c.best.best, c.best.place, c.best.value] : [],
    );
    expect(verifyClaims(derived, [...claims, ...home])).toEqual([]);
  });
});

describe('"Bygglov ökar mest" in Kalix 2021 of the example site', () => {
  const release = composeRelease(derived, '2514', 2021);
  const most = release.sentences.find((s) => s.text.startsWith('Bygglov ökar mest'))!;
  const without = most.claims.filter((c) => c.kind !== 'area-extreme') as [Claim, ...Claim[]];

  it('passes with the claim that bygglov rose most of Kalix’s areas', () => {
    expect(most.claims.some((c) => c.kind === 'area-extreme' && c.area === 'bygglov')).toBe(true);
    expect(verifySentence(derived, most)).toEqual([]);
  });

  it('is rejected without that claim, or with it for another area', () => {
    expect(verifySentence(derived, { text: most.text, claims: without }).join()).toMatch(
      /ökar mest/,
    );
    const other: Claim = {
      kind: 'area-extreme',
      unit: '2514',
      year: 2021,
      fromYear: 2020,
      area: 'serveringstillstand',
      direction: 'up',
    };
    expect(
      verifySentence(derived, { text: most.text, claims: [...without, other] }).join(),
    ).toMatch(/största ökning/);
  });
});

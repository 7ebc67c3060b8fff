/**
 * Every page that says something gets its comparisons from claims the verifier checked, on the
 * real figures: the area pages' summaries, the home page's county table, the year page's largest
 * changes and the best of each kommungrupp. And the verifier rejects what no claim carries, as a
 * reader would put it: a forged "Bygglov ökar mest i hela landet" in an area text, a "Bäst är"
 * without a claim that the leader is best, a "bäst i länet" in a county of two ranked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShapes } from '../../src/lib/shapes';
import { areaPageStory } from '../../src/claims/area';
import { countyStory } from '../../src/claims/county';
import { homeStory } from '../../src/claims/home';
import type { Claim, Sentence } from '../../src/claims/types';
import { yearStory } from '../../src/claims/year';
import { verifyClaims, verifySentence, verifySentences } from '../../src/claims/verify';
import { AREA_IDS } from '../../src/lib/areas';
import { MIN_GROUP_FOR_SUPERLATIVE, published } from '../../src/lib/rules';
import { crossesBreak } from '../../src/lib/series';
import { areaSummarySentences } from '../../src/text/area-page';
import { countySummary } from '../../src/text/county-summary';
import { homeView } from '../../src/site/home-view';
import { yearView } from '../../src/site/year-view';
import { PROJECT_ROOT, realDerived } from '../support/real-data';

const derived = realDerived();
const years = derived.years.map((y) => y.year);

describe('the area pages', () => {
  const stories = AREA_IDS.flatMap((area) =>
    years.flatMap((y) => {
      const story = areaPageStory(derived, area, y);
      return story ? [story] : [];
    }),
  );

  it('carry claims that hold in every summary sentence', () => {
    expect(stories.length).toBeGreaterThan(50);
    const problems = stories.flatMap((s) =>
      verifySentences(derived, areaSummarySentences(s)).map((p) => `${s.area} ${s.year}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  const bygglov = areaPageStory(derived, 'bygglov', years.at(-1)!)!;
  const sentences = areaSummarySentences(bygglov);

  it('reject a forged "Bygglov ökar mest i hela landet" on the area’s own claims', () => {
    for (const s of sentences) {
      const forged: Sentence = { text: 'Bygglov ökar mest i hela landet.', claims: s.claims };
      expect(verifySentence(derived, forged).join()).toMatch(/mest i landet|i hela landet/);
    }
  });

  it('reject "Bäst är" without a claim that the leader is best', () => {
    const lead = sentences[1]!;
    const claims = lead.claims.filter((c) => c.kind !== 'best') as [Claim, ...Claim[]];
    const name = bygglov.first[0]!.unit.displayName;
    const forged: Sentence = { text: `Bäst är ${name}.`, claims };
    expect(verifySentence(derived, forged).join()).toMatch(/Bäst är/);
  });
});

describe('the home page', () => {
  it('states the average and its change with claims that hold', () => {
    const shapes = parseShapes(
      readFileSync(path.join(PROJECT_ROOT, 'data', 'reference', 'kommuner.geojson'), 'utf8'),
      derived.dataset.reference.municipalities.map((m) => m.code),
    );
    const view = homeView(derived, shapes);
    expect(view.sentences.length).toBe(2);
    expect(verifySentences(derived, view.sentences)).toEqual([]);
  });
});

describe('the home page’s county table', () => {
  const story = homeStory(derived);

  it('names "bäst i länet" only with claims that hold, in counties of three or more ranked', () => {
    const bests = story.counties.flatMap((c) => (c.best ? [c.best] : []));
    expect(bests.length).toBeGreaterThan(5);
    for (const b of bests)
      expect(b.best.groupSize).toBeGreaterThanOrEqual(MIN_GROUP_FOR_SUPERLATIVE);
    expect(
      verifyClaims(
        derived,
        bests.flatMap((b) => [b.best, b.place, b.value]),
      ),
    ).toEqual([]);
  });

  it('names no best in Gotland, a county of one municipality', () => {
    const gotland = story.counties.find((c) => c.county.name === 'Gotlands län');
    expect(gotland?.participants).toBe(1);
    expect(gotland?.best).toBeUndefined();
  });

  it('rejects a county best claimed in a group of two', () => {
    const b = story.counties.find((c) => c.best)!.best!;
    expect(verifyClaims(derived, [{ ...b.best, groupSize: 2 }]).join()).toMatch(/rankade/);
  });
});

describe('the county summaries', () => {
  it('say "bäst" only with MIN_GROUP_FOR_SUPERLATIVE or more ranked, never for Gotland', () => {
    for (const y of years) {
      for (const c of derived.dataset.reference.counties) {
        const story = countyStory(derived, c.code, y);
        if (story.participants === 0) continue;
        const release = countySummary('', story);
        if (/bäst/.test(release.headline)) {
          expect(story.leader?.best.groupSize).toBeGreaterThanOrEqual(MIN_GROUP_FOR_SUPERLATIVE);
        }
        if (c.name === 'Gotlands län') expect(release.headline).not.toMatch(/bäst/);
      }
    }
  });
});

describe('the year page', () => {
  it('names as the largest rise the municipality the data says, every year', () => {
    for (const [i, y] of years.entries()) {
      const prev = years[i - 1];
      const story = yearStory(derived, y);
      if (prev === undefined || crossesBreak('nki', prev, y) || story.noComparable) continue;
      // Recomputed from the records: the largest published rise from the year before.
      const deltas = derived.records.flatMap((r) => {
        const a = derived.byUnitYear.get(`${r.unit.code}:${prev}`)?.nki;
        const b = derived.byUnitYear.get(`${r.unit.code}:${y}`)?.nki;
        if (r.unit.kind !== 'kommun' || a?.kind !== 'measured' || b?.kind !== 'measured') return [];
        return [{ code: r.unit.code, delta: published(b.value) - published(a.value) }];
      });
      const max = Math.max(...deltas.map((d) => d.delta));
      const top = story.changes.up[0];
      if (max < 2) {
        expect(top).toBeUndefined();
        continue;
      }
      expect(top?.claim.delta, `${y}`).toBe(max);
      expect(deltas.filter((d) => d.delta === max).map((d) => d.code)).toContain(top!.unit.code);
      const table = yearView(derived, y).changes!.up.rows[0]![0]!;
      expect(typeof table === 'string' ? table : table.text).toBe(top!.unit.name);
    }
  });

  it('carries claims that hold for its largest changes and each kommungrupp’s best', () => {
    const problems = years.flatMap((y) => {
      const s = yearStory(derived, y);
      const claims: Claim[] = [
        ...s.changes.up.map((c) => c.claim),
        ...s.changes.down.map((c) => c.claim),
        ...[...s.peerBests.values()].map((b) => b.claim),
      ];
      return verifyClaims(derived, claims).map((p) => `${y}: ${p}`);
    });
    expect(problems).toEqual([]);
  });
});

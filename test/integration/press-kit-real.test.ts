/**
 * The press kit on the real figures: every release's short headline (at most 40 characters) and
 * notis (2–4 sentences, the source line after them) pass the verifier, and three are pinned.
 */
import { describe, expect, it } from 'vitest';
import { verifySentences } from '../../src/claims/verify';
import { SHORT_HEADLINE_MAX } from '../../src/text/press-kit';
import { composeRelease } from '../../src/text/release';
import { realDerived } from '../support/real-data';

const real = realDerived();

function press(slug: string, year: number) {
  const r = real.records.find((x) => x.unit.slug === slug)!;
  return composeRelease(real, r.unit.code, year).press!;
}

describe('press kit, real figures', () => {
  it('Kalix 2021: the short headline and a notis with index, place, baseline and source', () => {
    const p = press('kalix', 2021);
    expect(p.headline.text).toBe('Kalix näst bäst i landet');
    expect(p.notis.map((s) => s.text)).toMatchInlineSnapshot(`
      [
        "Kalix kommun får 86 av 100 i Nöjd Kund Index (NKI) i SKR:s mätning Insikt för 2021.",
        "Det räcker till andra plats av 190 i landet, efter plats 114 förra året.",
        "Placeringarna är beräknade här ur de oavrundade indexen, eftersom underlaget saknar SKR:s egna placeringar.",
      ]
    `);
  });

  it('Boden 2021: best in Sweden', () => {
    const p = press('boden', 2021);
    expect(p.headline.text).toBe('Boden bäst i Sverige');
    expect(p.notis.map((s) => s.text)).toMatchInlineSnapshot(`
      [
        "Bodens kommun får 88 av 100 i Nöjd Kund Index (NKI) i SKR:s mätning Insikt för 2021.",
        "Det ger första plats av 190 i landet, samma placering som förra året.",
        "Placeringarna är beräknade här ur de oavrundade indexen, eftersom underlaget saknar SKR:s egna placeringar.",
      ]
    `);
  });

  it('Huddinge 2022: the fall in few words, its numbers in the notis', () => {
    const p = press('huddinge', 2022);
    expect(p.headline.text).toBe('Huddinge tappar i NKI');
    expect(p.notis.map((s) => s.text)).toMatchInlineSnapshot(`
      [
        "Företagen ger Huddinge kommun 72 av 100 i Nöjd Kund Index (NKI) för 2022, 2 enheter lägre än förra året, men fortfarande ett högt resultat.",
        "I landet tappar kommunen från plats 116 förra året till plats 145 av 193.",
        "Placeringarna är beräknade här ur de oavrundade indexen, eftersom underlaget saknar SKR:s egna placeringar.",
      ]
    `);
  });

  it('every release has a verified short headline of at most 40 characters and a notis of 2–4 sentences', () => {
    const problems: string[] = [];
    for (const record of real.records) {
      for (const uy of record.years) {
        const release = composeRelease(real, uy.unit.code, uy.year);
        const p = release.press;
        const where = `${uy.unit.slug} ${uy.year}`;
        if (!p) {
          problems.push(`${where}: inget presspaket`);
          continue;
        }
        if (p.headline.text.length > SHORT_HEADLINE_MAX)
          problems.push(`${where}: ${p.headline.text.length} tecken — "${p.headline.text}"`);
        if (p.notis.length < 2 || p.notis.length > 4)
          problems.push(`${where}: notisen har ${p.notis.length} meningar`);
        for (const x of verifySentences(real, [p.headline, ...p.notis]))
          problems.push(`${where}: ${x}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

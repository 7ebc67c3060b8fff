/**
 * What results rest on, as a reader of a release meets it: the response rate Kolada has for 2022
 * (real figures), and the answer counts and thin bases of SKR-style files (the example data).
 */
import { describe, expect, it } from 'vitest';
import { composeRelease } from '../../src/text/release';
import { verifySentence, verifySentences } from '../../src/claims/verify';
import type { Sentence } from '../../src/claims/types';
import { realDerived } from '../support/real-data';
import { exampleDerived } from '../support/example-data';

describe('the basis of a release on the real figures', () => {
  const derived = realDerived();

  it('Kalix 2022 tells its response rate from Kolada, rounded as SKR shows it', () => {
    const release = composeRelease(derived, '2514', 2022);
    const rate = release.sentences.find((s) => s.text.includes('av de tillfrågade'))!;
    expect(rate.text).toBe('I Kalix kommun svarade 40 procent av de tillfrågade företagen.');
    expect(verifySentence(derived, rate)).toEqual([]);
  });

  it('says nothing about answers for a year Kolada has neither answers nor rates', () => {
    const release = composeRelease(derived, '2514', 2021);
    expect(release.sentences.map((s) => s.text).join(' ')).not.toMatch(/svar\b|svarsfrekvens/i);
  });

  it('rejects a forged rate', () => {
    const release = composeRelease(derived, '2514', 2022);
    const rate = release.sentences.find((s) => s.text.includes('av de tillfrågade'))!;
    const forged: Sentence = {
      ...rate,
      text: 'I Kalix kommun svarade 64 procent av de tillfrågade företagen.',
    };
    expect(verifySentence(derived, forged).join()).toMatch(/talet 64/);
  });
});

describe('the basis of a release with answer counts', () => {
  const derived = exampleDerived();
  const gotland = composeRelease(derived, '0980', 2021);
  const text = gotland.sentences.map((s) => s.text).join(' ');

  it('tells the answers and the rate behind NKI totalt', () => {
    expect(text).toContain(
      'NKI totalt för Region Gotland bygger på 294 svar; 59 procent av de tillfrågade företagen svarade.',
    );
  });

  it('names an area shown on fewer than 20 answers, in the areas paragraph', () => {
    const areas = gotland.body.findIndex(
      (b) => b.kind === 'heading' && b.text === 'Myndighetsområden',
    );
    const paragraph = gotland.body[areas + 1];
    expect(paragraph?.kind === 'paragraph' && paragraph.text).toMatch(
      / Resultatet för serveringstillstånd bygger på 16 svar\.$/,
    );
    expect(verifySentences(derived, gotland.sentences)).toEqual([]);
  });

  it('rejects a thin-base claim for an area with 20 answers or more, or the wrong count', () => {
    const thin = gotland.sentences.find((s) => s.text.startsWith('Resultatet för'))!;
    const claim = thin.claims[0];
    if (claim.kind !== 'basis') throw new Error('väntade ett underlag');
    const wrongCount: Sentence = {
      text: 'Resultatet för serveringstillstånd bygger på 12 svar.',
      claims: [{ ...claim, answers: 12 }],
    };
    expect(verifySentence(derived, wrongCount).join()).toMatch(/antalet svar/);
    const row = derived.byUnitYear.get('0980:2021')!.row;
    const bygglov = row.areas.bygglov!.answers!;
    expect(bygglov).toBeGreaterThanOrEqual(20);
    const notThin: Sentence = {
      text: `Resultatet för bygglov bygger på ${bygglov} svar.`,
      claims: [{ ...claim, measure: 'bygglov', answers: bygglov }],
    };
    expect(verifySentence(derived, notThin).join()).toMatch(/inte ett tunt underlag/);
  });
});

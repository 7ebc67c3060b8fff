/**
 * The verifier against forged sentences: each carries the claims of a true sentence on the real
 * figures (Kalix 2021) but says more than they carry.
 */
import { describe, expect, it } from 'vitest';
import { composeRelease } from '../../src/text/release';
import type { Sentence } from '../../src/claims/types';
import { verifySentence } from '../../src/claims/verify';
import { realDerived } from '../support/real-data';

const derived = realDerived();
const release = composeRelease(derived, '2514', 2021);
const bygglov = release.sentences.find((s) => s.text.startsWith('Bygglov ökar'))!;
const forged = (text: string): Sentence => ({ text, claims: bygglov.claims });

describe('the claim verifier', () => {
  it('passes the true sentence about Kalix bygglov 2021', () => {
    expect(verifySentence(derived, bygglov)).toEqual([]);
  });

  it('rejects an area superlative over the whole country that no claim carries', () => {
    const text = bygglov.text.replace('Bygglov ökar', 'Bygglov ökar mest i hela landet,');
    expect(verifySentence(derived, forged(text)).join()).toMatch(/mest i landet|i hela landet/);
    expect(verifySentence(derived, forged('Bygglov ökar mest i landet.')).length).toBeGreaterThan(
      0,
    );
  });

  it('rejects "rekord" and "i hela landet" without their claims', () => {
    expect(verifySentence(derived, forged('Bygglov når rekord: 88.')).length).toBeGreaterThan(0);
    expect(
      verifySentence(derived, forged('Bygglov får 88, bäst i hela landet.')).length,
    ).toBeGreaterThan(0);
  });
});

describe('the claim verifier on kommungrupper', () => {
  const peer = release.sentences.find((s) => s.text.includes('i sin kommungrupp'))!;
  const best = peer.claims.find((c) => c.kind === 'best')!;
  const place = peer.claims.find((c) => c.kind === 'place')!;

  it('passes the true sentence: Kalix best of 16 landsbygdskommuner in 2021', () => {
    expect(peer.text).toBe('Kommunen är bäst av 16 i sin kommungrupp (landsbygdskommuner).');
    expect(verifySentence(derived, peer)).toEqual([]);
  });

  it('rejects another group, another edition, or a group the text does not name', () => {
    const other = { code: 'C9', edition: 2017 };
    const wrongGroup: Sentence = {
      text: peer.text,
      claims: [
        { ...best, group: other } as typeof best,
        { ...place, group: other } as typeof place,
      ],
    };
    expect(verifySentence(derived, wrongGroup).join()).toMatch(/fel kommungrupp/);
    const wrongEdition: Sentence = {
      text: peer.text,
      claims: [{ ...place, group: { code: 'C8', edition: 2023 } } as typeof place],
    };
    expect(verifySentence(derived, wrongEdition).join()).toMatch(/fel kommungrupp/);
    const unnamed: Sentence = {
      text: 'Kommunen är bäst av 16 i sin kommungrupp.',
      claims: peer.claims,
    };
    expect(verifySentence(derived, unnamed).join()).toMatch(/nämns inte/);
  });

  it('rejects "bäst i sin kommungrupp" without a claim that it is', () => {
    const text = 'Bygglov ökar, och Kalix är bäst i sin kommungrupp (landsbygdskommuner).';
    expect(verifySentence(derived, forged(text)).join()).toMatch(/bäst i sin kommungrupp/);
  });

  it('rejects a group count that is not the group’s', () => {
    const rank = place.kind === 'place' ? { ...place.rank, outOf: 21 } : undefined;
    const forgedCount: Sentence = {
      text: 'Bland landsbygdskommuner hamnar Kalix på första plats av 21.',
      claims: [{ ...place, rank } as typeof place],
    };
    expect(verifySentence(derived, forgedCount).join()).toMatch(/placeringen stämmer inte/);
  });
});

describe('the claim verifier on series sizes and last places', () => {
  const record = release.sentences.find((s) => s.text.includes('NKI totalt fick sex områden'))!;
  const brk = record.claims.find((c) => c.kind === 'series-break')!;
  const moved = release.sentences.find((s) => s.claims.some((c) => c.kind === 'place-change'))!;
  const move = moved.claims.find((c) => c.kind === 'place-change')!;

  it('passes the record over an older series with its areas counted: five, then six', () => {
    expect(brk).toMatchObject({ fromYear: 2014, toYear: 2021, areas: { from: 5, to: 6 } });
    expect(verifySentence(derived, record)).toEqual([]);
  });

  it('rejects a series break counted with the wrong number of areas', () => {
    const wrong = { ...brk, areas: { from: 6, to: 6 } } as typeof brk;
    const forgedBreak: Sentence = {
      text: record.text,
      claims: record.claims.map((c) => (c === brk ? wrong : c)) as Sentence['claims'],
    };
    expect(verifySentence(derived, forgedBreak).join()).toMatch(/antalet områden/);
  });

  it('rejects a move marked as ending last when it does not', () => {
    expect(verifySentence(derived, moved)).toEqual([]);
    const last = { ...move, toLast: true } as typeof move;
    const forgedLast: Sentence = {
      text: moved.text,
      claims: moved.claims.map((c) => (c === move ? last : c)) as Sentence['claims'],
    };
    expect(verifySentence(derived, forgedLast).join()).toMatch(/inte sista plats/);
  });
});

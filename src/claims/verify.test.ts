/**
 * The verifier against forged sentences: each carries the claims of a true sentence on the real
 * figures (Kalix 2021) but says more than they carry.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive } from '../lib/derive';
import { loadDataset } from '../lib/load';
import { composeRelease } from '../text/release';
import type { Sentence } from './types';
import { verifySentence } from './verify';

const root = path.resolve(import.meta.dirname, '../..');
const { dataset } = loadDataset({
  resultsDir: path.join(root, 'data', 'results'),
  referenceDir: path.join(root, 'data', 'reference'),
});
const derived = derive(dataset!);
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

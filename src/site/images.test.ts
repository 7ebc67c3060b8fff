import { describe, expect, it } from 'vitest';
import { getDerived } from './data';
import { shareCardImages } from './images';
import { composeRelease } from '../text/release';
import { escapeXml } from '../charts/draw';

const derived = getDerived();
const kalix = derived.records.find((r) => r.unit.slug === 'kalix')!;

describe('shareCardImages', () => {
  const cards = [...shareCardImages(derived)];

  it('draws one card per release page, at the path og:image names', () => {
    const releases = derived.records.reduce((n, r) => n + r.years.length, 0);
    expect(cards).toHaveLength(releases);
    const card = cards.find((c) => c.png === '/og/kommun/kalix/2021.png');
    const headline = composeRelease(derived, kalix.unit.code, 2021).headline;
    expect(headline).toBe('Kalix kommun har landets näst mest nöjda kunder');
    expect(card?.svg).toContain('EXEMPELDATA');
    expect(card?.svg).toContain(escapeXml('näst mest nöjda'));
  });
});

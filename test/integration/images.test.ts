import { describe, expect, it } from 'vitest';
import { realDerived as getDerived } from '../support/real-data';
import { shareCardImages } from '../../src/site/images';
import { composeRelease } from '../../src/text/release';
import { escapeXml } from '../../src/lib/xml';
import { sourceLine } from '../../src/lib/provenance';

const derived = getDerived();
const kalix = derived.records.find((r) => r.unit.slug === 'kalix')!;

describe('shareCardImages', () => {
  const cards = [...shareCardImages(derived)];

  it('draws one card per release page, at the path og:image names, and a square one per unit', () => {
    const releases = derived.records.reduce((n, r) => n + r.years.length, 0);
    expect(cards.filter((c) => !c.png.endsWith('-kvadrat.png'))).toHaveLength(releases);
    expect(cards.filter((c) => c.png.endsWith('-kvadrat.png'))).toHaveLength(
      derived.records.length,
    );
    const card = cards.find((c) => c.png === '/og/kommun/kalix/2021.png');
    const headline = composeRelease(derived, kalix.unit.code, 2021).headline;
    expect(headline).toBe('Kalix kommun har landets näst mest nöjda kunder');
    expect(card?.svg).toContain(escapeXml('näst mest nöjda'));
  });

  it("credits the year's source on every card: SKR, and Kolada with its licence for Kolada years", () => {
    for (const { png, svg } of cards) {
      const year = Number(/(\d{4})(-kvadrat)?\.png$/.exec(png)?.[1]);
      expect(svg, png).toContain(`>${escapeXml(sourceLine(derived.dataset, year))}</text>`);
    }
    const kalix2021 = cards.find((c) => c.png === '/og/kommun/kalix/2021.png')?.svg ?? '';
    expect(kalix2021).toContain('>Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0).</text>');
    expect(kalix2021).not.toContain('EXEMPELDATA');
  });
});

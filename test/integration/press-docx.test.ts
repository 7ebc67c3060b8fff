/**
 * The release as a Word file and the share card's alt text, on the real figures (Kalix 2021): the
 * .docx is a zip whose word/document.xml holds the headline, the "Om Insikt" paragraph and the
 * source line, and two packings of the same release are the same bytes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { releaseDocx } from '../../src/export/docx';
import { squareCardSvg } from '../../src/cards/share-card';
import { shareCardInput } from '../../src/site/images';
import { wordFileYears } from '../../src/claims/word-file';
import { pressView } from '../../src/site/press-view';
import { composeRelease } from '../../src/text/release';
import { realDerived } from '../support/real-data';

const real = realDerived();
const kalix = real.records.find((x) => x.unit.slug === 'kalix')!;
const uy = kalix.years.find((y) => y.year === 2021)!;
const release = composeRelease(real, kalix.unit.code, 2021);

/** The text of each w:p paragraph of word/document.xml. */
function paragraphs(docx: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
      .map((t) => t[1]!)
      .join('')
      .replace(/&amp;/g, '&'),
  );
}

describe('the release as a .docx', () => {
  const opts = {
    title: 'Kalix kommun 2021: pressmeddelande',
    date: '2022-04-01T00:00:00Z',
    address: 'https://nki-rapporten.example/kommun/kalix/2021/',
  };

  it('holds the headline, the Om Insikt paragraph and the source line', async () => {
    const text = paragraphs(await releaseDocx(release, opts));
    expect(text[0]).toBe('Kalix kommun har landets näst mest nöjda kunder');
    const om = text.indexOf('Om Insikt');
    expect(om).toBeGreaterThan(1);
    expect(text[om + 1]).toMatch(/^Insikt är SKR:s mätning/);
    expect(text).toContain('Källa: SKR, Insikt 2021, via Kolada (RKA), licens CC BY 4.0.');
    expect(text.at(-1)).toBe(opts.address);
  });

  it('is the same bytes when packed twice, with the publication date inside', async () => {
    const a = await releaseDocx(release, opts);
    const b = await releaseDocx(release, opts);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = strFromU8(unzipSync(a)['docProps/core.xml']!);
    expect(core).toContain('2022-04-01T00:00:00Z');
  });
});

describe('the share card in the press kit', () => {
  it('is a download with alt text that says what the card shows', () => {
    const press = pressView(real, uy, release)!;
    expect(press.card.href).toBe('/og/kommun/kalix/2021.png');
    expect(press.card.alt).toBe(
      'Delningsbild: Kalix kommun har landets näst mest nöjda kunder. Kalix kommun 2021: NKI 86 av 100, betyg mycket högt, plats 2 av 190 i Sverige (beräknad). Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0).',
    );
    expect(press.docx?.href).toBe('/kommun/kalix/2021/pressmeddelande.docx');
    expect(press.notis).toMatch(/^Kalix kommun får 86 av 100 .* Källa: SKR, Insikt 2021/);
  });
});

describe('the square card', () => {
  it('is 1080×1080 with the same headline, for the unit’s newest year only', () => {
    const newest = kalix.years.at(-1)!;
    const svg = squareCardSvg(shareCardInput(real, newest));
    expect(svg).toContain('width="1080" height="1080"');
    expect(svg).toContain(`<title>${composeRelease(real, kalix.unit.code, newest.year).headline}`);
    expect(
      pressView(real, newest, composeRelease(real, kalix.unit.code, newest.year), kalix.years)!
        .square?.href,
    ).toBe(`/og/kommun/kalix/${newest.year}-kvadrat.png`);
    expect(pressView(real, uy, release, kalix.years)!.square).toBeUndefined();
  });
});

describe('the Word file', () => {
  it('is offered for every year of the real results, ten data years', () => {
    expect(real.years).toHaveLength(10);
    for (const y of kalix.years) {
      const r = composeRelease(real, kalix.unit.code, y.year);
      expect(pressView(real, y, r)?.docx, String(y.year)).toBeDefined();
    }
  });

  it('is offered for the newest ten data years only, with twenty years of data', () => {
    const spanning = (from: number) =>
      ({ ...real, years: [...Array(20).keys()].map((i) => ({ year: from + i })) }) as typeof real;
    expect([...wordFileYears(spanning(2003))]).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
    ]);
    // Kalix 2021 among 2003–2022 is in the newest ten; among 2015–2034 it is not.
    expect(pressView(spanning(2003), uy, release)?.docx).toBeDefined();
    expect(pressView(spanning(2015), uy, release)?.docx).toBeUndefined();
  });
});

/**
 * Golden releases on the real figures (data/results: SKR's Insikt via Kolada), each one a
 * release a communicator would sign, checked claim by claim and pinned in test/golden/real/.
 * And every release of the real site, checked by the verifier and against the shapes a blind
 * read found machine-like or false. A change of wording shows as a diff and is accepted on
 * purpose (`npx vitest run -u`), never in CI.
 */
import { describe, expect, it } from 'vitest';
import { verifySentences } from '../../src/claims/verify';
import { releaseToPlainText } from '../../src/text/plain';
import { composeRelease } from '../../src/text/release';
import { realDerived } from '../support/real-data';

const real = realDerived();

function release(slug: string, year: number): string {
  const r = real.records.find((x) => x.unit.slug === slug);
  if (!r) throw new Error(slug);
  const composed = composeRelease(real, r.unit.code, year);
  expect(verifySentences(real, composed.sentences)).toEqual([]);
  return releaseToPlainText(composed, undefined, `https://nki.example.se/kommun/${slug}/${year}/`);
}

const CASES: [string, string, number, (text: string) => void][] = [
  [
    'Kalix 2021, the seed: second in the country from 114th, bygglov third',
    'kalix',
    2021,
    (t) => {
      expect(t).toMatch(/^Kalix kommun har landets näst mest nöjda kunder\n/);
      expect(t).toContain('86 av 100');
      expect(t).toContain('andra plats av 190 i landet, efter plats 114 förra året');
      expect(t).toContain('Placeringarna är beräknade här');
      expect(t).toContain('Kommunen är bäst av 16 i sin kommungrupp (landsbygdskommuner).');
      expect(t).toMatch(/Bygglov ökar från 60 förra året till 88[^.]*tredje bäst i landet/);
      expect(t).toContain('via Kolada');
    },
  ],
  [
    'Boden 2021: first in the country',
    'boden',
    2021,
    (t) => {
      expect(t).toMatch(/^Bodens kommun har landets mest nöjda kunder\n/);
      expect(t).toContain('första plats av 190 i landet');
      expect(t).not.toContain('bäst i Norrbottens län\n');
    },
  ],
  [
    'Huddinge 2022: a fall, told with its numbers and its places',
    'huddinge',
    2022,
    (t) => {
      expect(t).toMatch(/^Företagen något mindre nöjda med Huddinge kommun\n/);
      expect(t).toContain('72 av 100');
      expect(t).toContain('2 enheter lägre än förra året');
      expect(t).toContain('från plats 116 förra året till plats 145 av 193');
      expect(t).toContain('beräknat här');
    },
  ],
  [
    'Sunne 2016: across the 2015 break, baseline 2014 named',
    'sunne',
    2016,
    (t) => {
      expect(t).toMatch(/^Sunne kommun har landets näst mest nöjda kunder\n/);
      expect(t).toContain('kan inte jämföras rakt av med 2014');
      expect(t).not.toMatch(/plats \d+ förra året/);
    },
  ],
  [
    '2015, the in-between year: its own list, never compared with 2014',
    'bromolla',
    2015,
    (t) => {
      expect(t).toMatch(/^Bromölla kommun bäst av 56 kommuner i Insikt 2015\n/);
      expect(t).toContain('mellanår');
      expect(t).not.toMatch(/i landet|landets|från plats/);
    },
  ],
  [
    '2014: miljö- och hälsoskydd includes livsmedelskontroll',
    'stockholm',
    2014,
    (t) => {
      expect(t).toContain('miljö- och hälsoskydd (där livsmedelskontrollen ingår)');
      expect(t).toContain('jämfört med 2012');
      expect(t).toContain('fem myndighetsområden');
    },
  ],
];

describe('golden releases on the real figures', () => {
  for (const [name, slug, year, expectations] of CASES) {
    it(name, async () => {
      const text = release(slug, year);
      expectations(text);
      await expect(text).toMatchFileSnapshot(`../golden/real/${slug}-${year}.txt`);
    });
  }
});

describe('every release of the real site', () => {
  const texts = real.records.flatMap((r) =>
    r.years.map((y) => {
      const composed = composeRelease(real, r.unit.code, y.year);
      return {
        key: `${r.unit.slug} ${y.year}`,
        year: y.year,
        problems: verifySentences(real, composed.sentences),
        text: releaseToPlainText(composed, undefined, ''),
      };
    }),
  );

  it('passes the claim verifier', () => {
    expect(texts.filter((t) => t.problems.length > 0).map((t) => [t.key, t.problems])).toEqual([]);
  });

  it('never says a one- or zero-point change is a change, nor "mättes inte" for an empty cell', () => {
    const bad = texts.filter((t) => /\b[01] enheter (upp|ned|lägre|mer)|mättes inte/.test(t.text));
    expect(bad.map((t) => t.key)).toEqual([]);
  });

  it('explains computed places once, not after every place', () => {
    for (const t of texts) {
      expect(t.text).not.toMatch(/\(beräknade? placering(ar)?\)/);
      expect(t.text.split('Placeringarna är beräknade').length).toBeLessThanOrEqual(2);
    }
  });

  it('never calls the in-between year 2015 "landet", nor compares its places with another year', () => {
    const bad = texts.filter(
      (t) => t.year === 2015 && /i landet|landets|plats \d+ (förra året|år 20)/.test(t.text),
    );
    expect(bad.map((t) => t.key)).toEqual([]);
    const after = texts.filter((t) => t.year === 2016 && /plats \d+ förra året/.test(t.text));
    expect(after.map((t) => t.key)).toEqual([]);
  });

  it('credits Kolada and SKR in every release', () => {
    for (const t of texts) expect(t.text).toContain('Källa: SKR, Insikt');
    for (const t of texts) expect(t.text).toContain('Kolada');
  });
});

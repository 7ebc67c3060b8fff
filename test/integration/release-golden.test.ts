/**
 * Golden releases, as a communicator would publish them: the seed cases and one of each kind the
 * site must get right. Each is checked claim by claim (src/claims/verify.ts) and its full text is
 * pinned in test/golden/. A change to the wording shows up as a diff here and is accepted on
 * purpose (`npx vitest run -u`), never in CI.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load';
import { derive } from '../../src/lib/derive';
import type { Derived } from '../../src/lib/model';
import { verifySentence } from '../../src/claims/verify';
import { composeRelease } from '../../src/text/release';
import { releaseToPlainText } from '../../src/text/plain';

const root = path.resolve(import.meta.dirname, '../..');
function load(dir: string, isExample: boolean): Derived {
  const { dataset } = loadDataset({
    resultsDir: dir,
    referenceDir: path.join(root, 'data', 'reference'),
    isExample,
  });
  return derive(dataset!);
}
const example = load(path.join(root, 'test', 'fixtures', 'example-data', 'results'), true);
const partial = load(path.join(root, 'test', 'fixtures', 'results', 'partial-official'), false);
const mixed = load(path.join(root, 'test', 'fixtures', 'results', 'partial-mixed'), false);

function code(d: Derived, slug: string): string {
  const r = d.records.find((x) => x.unit.slug === slug);
  if (!r) throw new Error(slug);
  return r.unit.code;
}

/** The release's plain text, after checking every claim it makes. */
function golden(d: Derived, slug: string, year: number): string {
  const release = composeRelease(d, code(d, slug), year);
  expect(release.sentences.flatMap((s) => verifySentence(d, s))).toEqual([]);
  return releaseToPlainText(release, undefined, `https://nki.example.se/kommun/${slug}/${year}/`);
}

const CASES: [string, string, number, (text: string) => void][] = [
  [
    'top three (Kalix 2021, seed)',
    'kalix',
    2021,
    (t) => {
      expect(t).toMatch(/^Kalix kommun har landets näst mest nöjda kunder\n/);
      expect(t).toContain('86 av 100');
      expect(t).toContain('Det räcker till plats 2 av 179 i landet, efter plats 114 förra året.');
      expect(t).toMatch(/Bygglov ökar mest[^.]*, och \S+ är tredje bäst i landet i området\./);
    },
  ],
  [
    'Huddinge 2024 (seed)',
    'huddinge',
    2024,
    (t) => {
      expect(t).toContain('78 av 100');
      expect(t).toMatch(
        /Bygglov ökar från 52 år 2022 och 62 förra året till 72, ett högt resultat/,
      );
      expect(t).toContain('67 i Nöjd Upphandlingsindex (NUI), ett godkänt resultat, upp 3');
      expect(t).toContain('från plats 60 till plats 56 av 169 jämfört med 2023');
      expect(t).toMatch(/I Stockholms län hamnar \S+ på plats 8 av 15, samma placering som 2023/);
      expect(t).toContain('från plats 62 till plats 33');
      expect(t).toContain('seriebrott');
    },
  ],
  ['mid-table', 'finspang', 2023, (t) => expect(t).not.toMatch(/bäst|mest|sämst|högsta/)],
  ['last place', 'boxholm', 2023, (t) => expect(t).not.toMatch(/klättrar|sämst|sist/)],
  [
    'a big fall leads (Kalix 2022: place 2 → 52)',
    'kalix',
    2022,
    (t) =>
      expect(t).toMatch(
        /^Kalix kommun tappar från plats 2 till 52 men har fortfarande högt betyg\n/,
      ),
  ],
  [
    'a förbund across 2024: no municipal series break',
    'miljoforbundet-blekinge-vast',
    2024,
    (t) => {
      expect(t).not.toMatch(/fyra myndighetsområden mot sex|seriebrott|rankning/);
    },
  ],
  [
    'not ranked, with the reason from the data',
    'nykoping',
    2022,
    (t) =>
      expect(t).toContain(
        'finns inte med i rankningen 2022, eftersom antalet svar är under gränsen',
      ),
  ],
  [
    'first year: nothing said about earlier years',
    'katrineholm',
    2019,
    (t) => expect(t).not.toMatch(/första året|saknas|jämförelser bakåt/),
  ],
  [
    'gap year names the baseline (Munkedal 2020 against 2018)',
    'munkedal',
    2020,
    (t) => {
      expect(t).toMatch(/^Munkedals kommun klättrar 62 placeringar i landet sedan 2018\n/);
      expect(t).not.toContain('klättrar mest i landet');
    },
  ],
  [
    '2015, the computed list with a shared place',
    'morbylanga',
    2015,
    (t) => {
      expect(t).toContain(
        'Bland kommunerna i mätningen 2015 hamnar Mörbylånga på delad plats 24 av 49.',
      );
      expect(t).toContain('Placeringarna är beräknade här');
      expect(t).toContain('mellanår');
      expect(t).not.toMatch(/i landet|riksgenomsnittet/i);
    },
  ],
  [
    'Region Gotland: no county honour in a county of one',
    'gotland',
    2021,
    (t) => expect(t).not.toContain('Gotlands län'),
  ],
];

describe('golden releases', () => {
  for (const [name, slug, year, expectations] of CASES) {
    it(name, async () => {
      const text = golden(example, slug, year);
      expectations(text);
      await expect(text).toMatchFileSnapshot(`../golden/${slug}-${year}.txt`);
    });
  }

  it('a partial file: no superlative, no "av N", no place invented for a row without one', async () => {
    const texts = partial.records.map((r) => golden(partial, r.unit.slug, 2021));
    for (const t of texts) {
      expect(t).not.toMatch(/mest i landet|bäst i \S+ län|bäst bland|plats \d+ av \d+|deltar \d+/);
      expect(t).not.toMatch(/första året|saknas för/);
    }
    const trosa = golden(partial, 'trosa', 2021);
    expect(trosa).toMatch(/^Trosa kommun har landets mest nöjda kunder\n/);
    await expect(trosa).toMatchFileSnapshot('../golden/partial-trosa-2021.txt');
  });

  it('a partial file where some rows have SKR’s places and some not: nothing invented', () => {
    for (const r of mixed.records) {
      const t = golden(mixed, r.unit.slug, 2021);
      expect(t).not.toMatch(/mest i landet|bäst i \S+ län|bäst bland|plats \d+ av \d+|deltar \d+/);
      expect(t).not.toMatch(/genomsnitt|första året|saknas|ingen placering/);
      if (['boden', 'huddinge', 'amal'].includes(r.unit.slug)) expect(t).not.toMatch(/plats/);
    }
    expect(golden(mixed, 'gnesta', 2021)).toMatch(
      /^Gnesta kommun klättrar 89 placeringar i landet\n/,
    );
  });
});

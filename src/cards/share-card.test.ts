import { describe, expect, it } from 'vitest';
import type { Rank, YearResults } from '../lib/model';
import { sourceLine } from '../lib/provenance';
import { xmlProblems } from '../feeds/well-formed';
import { shareCardSvg, type ShareCardInput } from './share-card';
import { textWidth } from './text-fit';

const official = (place: number, outOf?: number): Rank => ({
  place,
  basis: 'official',
  tied: false,
  outOf,
});

const kolada = { name: 'Kolada' as const, kpis: ['U07451'], fetched: '2024-08-30' };
const years: YearResults[] = [
  { year: 2020, file: '2020.csv', rowsRead: 0, rows: [] },
  { year: 2021, file: '2021.csv', rowsRead: 0, rows: [], source: kolada },
];
const source = (year: number) => sourceLine({ years, isExample: false }, year);

/** The texts along the bottom edge (y 612): the source line. */
function bottomLine(svg: string): { size: number; text: string }[] {
  return [...svg.matchAll(/<text x="60" y="612" font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map(
    (m) => ({ size: Number(m[1]), text: m[2] ?? '' }),
  );
}

function card(overrides: Partial<ShareCardInput> = {}): ShareCardInput {
  return {
    headline: 'Kalix kommun har landets näst mest nöjda kunder',
    unitName: 'Kalix kommun',
    index: 85.6,
    grade: 'mycket-hogt',
    place: official(2, 198),
    year: 2021,
    source: source(2021),
    isExample: false,
    ...overrides,
  };
}

/** The headline lines: bold texts between the unit line (y 122) and the divider (y 428). */
function headlineLines(svg: string): { size: number; text: string }[] {
  return [
    ...svg.matchAll(
      /<text x="60" y="([\d.]+)" font-size="(\d+)" font-weight="bold"[^>]*>([^<]*)<\/text>/g,
    ),
  ]
    .filter((m) => Number(m[1]) > 122 && Number(m[1]) < 428)
    .map((m) => ({ size: Number(m[2]), text: m[3] ?? '' }));
}

describe('shareCardSvg', () => {
  it('is a 1200×630 SVG set in DejaVu Sans', () => {
    const svg = shareCardSvg(card());
    expect(
      svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"'),
    ).toBe(true);
    expect(svg).toContain('viewBox="0 0 1200 630" font-family="DejaVu Sans">');
    expect(xmlProblems(svg)).toEqual([]);
  });

  it('shows the Kalix 2021 headline in full, wrapped over two lines that fit the card', () => {
    const lines = headlineLines(shareCardSvg(card()));
    expect(lines.map((l) => l.text)).toEqual([
      'Kalix kommun har landets',
      'näst mest nöjda kunder',
    ]);
    for (const line of lines)
      expect(textWidth(line.text, line.size, 'bold')).toBeLessThanOrEqual(1080);
  });

  it('shows a long headline in full at a smaller size', () => {
    const headline =
      'Överkalix kommun klättrar 114 placeringar och har nu bland de mest nöjda kunderna i Norrbottens län, där bygglov ökar mest';
    const lines = headlineLines(shareCardSvg(card({ headline })));
    expect(lines.map((l) => l.text).join(' ')).toBe(headline);
    expect(lines[0]?.size).toBe(52);
  });

  it('shows the index as the published integer, the grade and the place', () => {
    const svg = shareCardSvg(card());
    expect(svg).toContain('font-weight="bold" fill="#00558c">86</text>');
    expect(svg).toContain('>Mycket högt</text>');
    expect(svg).toContain('>Plats 2</text>');
    expect(svg).toContain('>av 198</text>');
  });

  it('credits SKR and Kolada with its licence for a Kolada year, on one line within the card', () => {
    const lines = bottomLine(shareCardSvg(card()));
    expect(lines.map((l) => l.text)).toEqual(['Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0).']);
    for (const words of ['SKR', 'Kolada', 'CC BY 4.0']) expect(lines[0]?.text).toContain(words);
    expect(lines[0]?.size).toBe(22);
    expect(textWidth(lines[0]?.text ?? '', 22, 'regular')).toBeLessThanOrEqual(1080);
  });

  it('does not claim Kolada for a year whose file is not from there', () => {
    const svg = shareCardSvg(card({ year: 2020, source: source(2020) }));
    expect(bottomLine(svg).map((l) => l.text)).toEqual(['Källa: SKR, Insikt 2020.']);
    expect(svg).not.toContain('Kolada');
  });

  it('sets a long source line smaller rather than past the edge', () => {
    const long = sourceLine({ years, isExample: true }, [2012, 2014, 2015, 2020, 2021]);
    const [line] = bottomLine(shareCardSvg(card({ source: long })));
    expect(line?.text).toBe(long);
    expect(textWidth(line?.text ?? '', line?.size ?? 0, 'regular')).toBeLessThanOrEqual(1080);
  });

  it('says a computed place is computed, and that an unranked unit is not ranked', () => {
    const computed = shareCardSvg(card({ place: { place: 56, basis: 'computed', tied: false } }));
    expect(computed).toContain('>(beräknad)</text>');
    const unranked = shareCardSvg(card({ place: undefined, index: undefined, grade: undefined }));
    expect(unranked).toContain('>Ej rankad</text>');
    expect(unranked).not.toContain('av 100');
  });

  it('carries the EXEMPELDATA ribbon only while the data is the example', () => {
    expect(shareCardSvg(card({ isExample: true }))).toContain(
      '>EXEMPELDATA – inte SKR:s resultat</text>',
    );
    expect(shareCardSvg(card())).not.toContain('EXEMPELDATA');
  });

  it('escapes hostile names and headlines so the SVG stays well-formed', () => {
    const svg = shareCardSvg(
      card({ headline: '<script>alert(1)</script> & "x"', unitName: 'A&B </text>' }),
    );
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
  });
});

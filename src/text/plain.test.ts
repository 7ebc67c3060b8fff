import { describe, expect, it } from 'vitest';
import { arrangeRelease, quoteText } from './arrange';
import type { Editorial } from './editorial';
import { markdownParagraphs, releaseToPlainText } from './plain';
import type { Release } from './types';

const release: Release = {
  headline: 'Kalix kommun har landets näst mest nöjda kunder',
  lede: 'Företagen ger Kalix kommun 86 av 100 i Nöjd Kund Index (NKI) för 2021.',
  body: [
    { kind: 'heading', text: 'Placeringar' },
    { kind: 'paragraph', text: 'I landet klättrar kommunen från plats 114 till plats 2.' },
  ],
  method: [
    { kind: 'heading', text: 'Så togs texten fram' },
    { kind: 'paragraph', text: 'Texten är skriven automatiskt.' },
  ],
  sentences: [],
  source: 'Källa: SKR, Insikt 2021.',
};

const editorial: Editorial = {
  quotes: [{ name: 'Exempel Exempelsson', title: 'samhällsbyggnadschef', quote: 'Vi är glada.' }],
  contact: {
    name: 'Exempel Exempelsson',
    title: 'samhällsbyggnadschef',
    email: 'exempel@example.se',
  },
  body: 'import X from "./x";\n\nDet här är **ett** [tillägg](https://example.se).',
};

describe('arrangeRelease', () => {
  it('puts the quote after the lede, the editorial body after the text, contact and method last', () => {
    expect(arrangeRelease(release, editorial).map((b) => b.kind)).toEqual([
      'headline',
      'lede',
      'quote',
      'heading',
      'paragraph',
      'editorial-body',
      'contact',
      'method',
    ]);
  });

  it('leaves out every editorial block when there is no editorial file', () => {
    expect(arrangeRelease(release).map((b) => b.kind)).toEqual([
      'headline',
      'lede',
      'heading',
      'paragraph',
      'method',
    ]);
  });
});

describe('quoteText', () => {
  it('writes a quote in the press-release form with "säger"', () => {
    expect(quoteText({ name: 'A B', title: 'chef', quote: 'Vi är glada.' })).toBe(
      '– Vi är glada, säger A B, chef.',
    );
  });

  it('keeps a question mark before "säger"', () => {
    expect(quoteText({ name: 'A B', title: 'chef', quote: 'Vad behöver du?' })).toBe(
      '– Vad behöver du? säger A B, chef.',
    );
  });
});

describe('releaseToPlainText', () => {
  it('writes every block as a paragraph, in page order, ending with the source and the address', () => {
    expect(
      releaseToPlainText(release, editorial, 'https://nki.example.se/kommun/kalix/2021/'),
    ).toBe(
      [
        'Kalix kommun har landets näst mest nöjda kunder',
        'Företagen ger Kalix kommun 86 av 100 i Nöjd Kund Index (NKI) för 2021.',
        '– Vi är glada, säger Exempel Exempelsson, samhällsbyggnadschef.',
        'Placeringar',
        'I landet klättrar kommunen från plats 114 till plats 2.',
        'Det här är ett tillägg.',
        'Kontakt\nExempel Exempelsson, samhällsbyggnadschef\nE-post: exempel@example.se',
        'Källa: SKR, Insikt 2021.\nhttps://nki.example.se/kommun/kalix/2021/',
      ].join('\n\n') + '\n',
    );
  });

  it('drops headings markers, tags and emphasis from Markdown paragraphs', () => {
    expect(markdownParagraphs('## Rubrik\n\n<Aside>Text _med_ betoning</Aside>')).toEqual([
      'Rubrik',
      'Text med betoning',
    ]);
  });
});

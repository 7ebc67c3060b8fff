import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorialBodyProblem, validateEditorialFrontmatter } from './editorial';

const good = {
  quotes: [{ name: 'Exempel Exempelsson', title: 'samhällsbyggnadschef', quote: 'Vi är glada.' }],
  contact: {
    name: 'Exempel Exempelsson',
    title: 'samhällsbyggnadschef',
    phone: '0923-650 00',
    email: 'a@example.se',
  },
};

describe('validateEditorialFrontmatter', () => {
  it('accepts quotes and a contact and returns them trimmed', () => {
    const result = validateEditorialFrontmatter(
      { ...good, contact: { ...good.contact, name: ' Exempel Exempelsson ' } },
      'kalix/2021.mdx',
    );
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ quotes: good.quotes, contact: good.contact });
  });

  it('names the file and the field of a missing quote name', () => {
    const data = { quotes: [{ title: 'chef', quote: 'Bra.' }] };
    expect(validateEditorialFrontmatter(data, 'kalix/2021.mdx')).toEqual({
      problems: ['kalix/2021.mdx: fältet "quotes[0].name" saknas.'],
    });
  });

  it('collects every problem instead of stopping at the first', () => {
    const data = {
      quote: [],
      quotes: 'Bra.',
      contact: { name: '', title: 'chef', email: 'inte-en-adress' },
    };
    expect(validateEditorialFrontmatter(data, 'x.mdx').problems).toEqual([
      'x.mdx: fältet "quote" är okänt; tillåtna fält är quotes, contact och example.',
      'x.mdx: fältet "quotes" ska vara en lista med citat.',
      'x.mdx: fältet "contact.name" ska vara en text som inte är tom.',
      'x.mdx: fältet "contact.email" har ogiltig e-postadress: "inte-en-adress".',
    ]);
  });

  it('rejects a quote that brings its own dash, since the text adds it', () => {
    const data = { quotes: [{ name: 'A', title: 'B', quote: '– Bra.' }] };
    expect(validateEditorialFrontmatter(data, 'x.mdx').problems).toEqual([
      'x.mdx: fältet "quotes[0].quote" ska inte börja med tankstreck; texten lägger till det.',
    ]);
  });

  it('rejects frontmatter that is not a set of fields', () => {
    expect(validateEditorialFrontmatter(null, 'x.mdx').problems).toEqual([
      'x.mdx: frontmatter saknas eller är inte en lista med fält (YAML).',
    ]);
  });

  it.each(['kalix/2021.mdx', 'huddinge/2024.mdx'])(
    'finds the example file %s valid and its quotes marked as examples',
    (path) => {
      const source = readFileSync(
        new URL(`../../test/fixtures/example-data/editorial/${path}`, import.meta.url),
        'utf8',
      );
      const yaml = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
      // A minimal reading of this simple YAML keeps the test free of a YAML dependency.
      const field = (key: string) =>
        new RegExp(`^\\s*-?\\s*${key}: (.*)$`, 'm').exec(yaml)?.[1] ?? '';
      const data = {
        quotes: [{ name: field('name'), title: field('title'), quote: field('quote') }],
        contact: { name: field('name'), title: field('title'), email: field('email') },
      };
      const result = validateEditorialFrontmatter(data, path);
      expect(result.problems).toEqual([]);
      expect(result.value?.quotes[0]?.name).toBe('Exempel Exempelsson');
      expect(result.value?.quotes[0]?.quote).toContain('exempelcitat');
    },
  );
});

describe('the editorial body', () => {
  it('accepts plain paragraphs and Markdown emphasis and links', () => {
    const body = 'Ett stycke med *betoning*.\n\nEtt till med [en länk](https://example.se).\n';
    expect(editorialBodyProblem(body, 'kalix/2021.mdx')).toBeUndefined();
  });

  it('rejects an HTML tag, naming the file and the line', () => {
    const body = 'Ett stycke.\n\n<img src="x" onerror="alert(1)" />\n';
    expect(editorialBodyProblem(body, 'kalix/2021.mdx')).toBe(
      'kalix/2021.mdx: texten innehåller kod eller HTML ("<i" på rad 3 efter frontmatter). Skriv vanlig text och Markdown.',
    );
  });

  it('rejects imports and expressions, which MDX would run as code', () => {
    expect(editorialBodyProblem("import X from './x.js'\n", 'a.mdx')).toMatch(/rad 1/);
    expect(editorialBodyProblem('Summa: {1 + 1}\n', 'a.mdx')).toMatch(/"\{"/);
  });
});

describe('the example flag', () => {
  it('marks an editorial written for the example data', () => {
    const { value } = validateEditorialFrontmatter({ example: true, quotes: [] }, 'k/2021.mdx');
    expect(value?.example).toBe(true);
  });

  it('must be true or false', () => {
    expect(validateEditorialFrontmatter({ example: 'ja' }, 'k/2021.mdx').problems).toEqual([
      'k/2021.mdx: fältet "example" ska vara true eller false.',
    ]);
  });
});

import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { allowedUrl, remarkEditorialGuard } from './editorial-guard';

/** Compiles an editorial file with the guard, as @astrojs/mdx does; never evaluates it. */
async function problems(source: string): Promise<string> {
  try {
    await compile(
      { value: source, path: `${process.cwd()}/data/editorial/kalix/2021.mdx` },
      { remarkPlugins: [remarkEditorialGuard] },
    );
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

const FRONT = '---\nquotes: []\n---\n\n';

describe('the editorial guard, while an MDX file is compiled', () => {
  it('passes plain text and Markdown with http(s), mailto, tel and site links', async () => {
    expect(
      await problems(
        `${FRONT}Ett *eget* stycke med [länk](https://www.kalix.se), [e-post](mailto:a@b.se), [telefon](tel:+46923650000) och [sidan](/kommun/kalix/2021/).\n`,
      ),
    ).toBe('');
  });

  it('refuses import, export, expressions and tags before any of them is turned into code', async () => {
    const message = await problems(
      `${FRONT}import fs from 'node:fs'\nexport const x = globalThis.ran = true\n\nText {globalThis.ran = 1} och <Kod />.\n`,
    );
    expect(message.split('\n')).toEqual([
      'Fel i redaktionella filer:',
      'data/editorial/kalix/2021.mdx:5: texten innehåller kod ("import" eller "export"), och kod körs inte i redaktionella tillägg. Skriv vanlig text och Markdown.',
      'data/editorial/kalix/2021.mdx:8: texten innehåller kod (uttrycket "{globalThis.ran = 1}"), och kod körs inte i redaktionella tillägg. Skriv vanlig text och Markdown.',
      'data/editorial/kalix/2021.mdx:8: texten innehåller kod (taggen "<Kod>"), och kod körs inte i redaktionella tillägg. Skriv vanlig text och Markdown.',
    ]);
    expect((globalThis as { ran?: unknown }).ran).toBeUndefined();
  });

  it('refuses javascript:, data: and other links, however they are spelled', async () => {
    const message = await problems(
      `${FRONT}[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#115;cript:alert(1)) ![d](data:image/svg+xml,x) [e][ref]\n\n[ref]: vbscript:msgbox\n`,
    );
    expect(message.split('\n').slice(1)).toEqual([
      'data/editorial/kalix/2021.mdx:5: länken "javascript:alert(1)" är inte tillåten. Länkar får gå till http(s)-, mailto- och tel-adresser eller till sidor på webbplatsen.',
      'data/editorial/kalix/2021.mdx:5: länken "JaVaScRiPt:alert(1)" är inte tillåten. Länkar får gå till http(s)-, mailto- och tel-adresser eller till sidor på webbplatsen.',
      'data/editorial/kalix/2021.mdx:5: länken "javascript:alert(1)" är inte tillåten. Länkar får gå till http(s)-, mailto- och tel-adresser eller till sidor på webbplatsen.',
      'data/editorial/kalix/2021.mdx:5: länken "data:image/svg+xml,x" är inte tillåten. Länkar får gå till http(s)-, mailto- och tel-adresser eller till sidor på webbplatsen.',
      'data/editorial/kalix/2021.mdx:7: länken "vbscript:msgbox" är inte tillåten. Länkar får gå till http(s)-, mailto- och tel-adresser eller till sidor på webbplatsen.',
    ]);
  });

  it('reads a scheme as a browser does, past control characters', () => {
    expect(allowedUrl('java\tscript:alert(1)')).toBe(false);
    expect(allowedUrl(' \u0001javascript:alert(1)')).toBe(false);
    expect(allowedUrl('https://www.kalix.se/a:b')).toBe(true);
    expect(allowedUrl('sida.html#a:b')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  creditProblems,
  cspProblems,
  escapedOccurrences,
  fileForPath,
  foreignAssets,
  h1Count,
  injectedMarkup,
  internalTarget,
  pathForFile,
  references,
  scriptHash,
} from './checks';
import { isDocument, tags } from './html';

/** A minimal page with the given head and body, and a CSP allowing the listed script hashes. */
function page(body: string, { head = '', hashes = [] as string[], csp = true } = {}): string {
  const policy = `default-src 'self'; script-src 'self' ${hashes.map((h) => `'sha256-${h}'`).join(' ')}`;
  const meta = csp ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : '';
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8">${meta}${head}</head><body>${body}</body></html>`;
}

describe('the HTML tokenizer', () => {
  it('reads quoted, unquoted and bare attributes and decodes entities in them', () => {
    const [tag] = tags('<a href="/a?x=1&amp;y=2" data-k=v hidden title=\'&lt;b&gt;\'>x</a>');
    expect(tag?.attrs.get('href')).toBe('/a?x=1&y=2');
    expect(tag?.attrs.get('data-k')).toBe('v');
    expect(tag?.attrs.get('hidden')).toBe('');
    expect(tag?.attrs.get('title')).toBe('<b>');
  });

  it('keeps script text raw and does not read tags inside it or inside comments', () => {
    const found = tags('<!-- <img src=a> --><script>if (a<b) x("<p>")</script><p>');
    expect(found.map((t) => t.name)).toEqual(['script', 'p']);
    expect(found[0]?.text).toBe('if (a<b) x("<p>")');
  });

  it('tells a whole document from a fragment to paste', () => {
    expect(isDocument(page(''))).toBe(true);
    expect(isDocument('<figure><svg></svg></figure>')).toBe(false);
  });
});

describe('references and where they lead', () => {
  it('finds links, loaded assets, srcset candidates and CSS urls', () => {
    const refs = references(
      page(
        '<a href="/om/">Om</a><img src="/a.png" srcset="/b.png 1x, /c.png 2x" alt=""><div style="background:url(/d.svg)"></div>',
        {
          head: '<link rel="stylesheet" href="/s.css"><link rel="canonical" href="https://nki-rapporten.example/">',
        },
      ),
    );
    expect(refs.filter((r) => r.loaded).map((r) => r.url)).toEqual([
      '/s.css',
      '/a.png',
      '/b.png',
      '/c.png',
      '/d.svg',
    ]);
    expect(refs.filter((r) => !r.loaded).map((r) => r.url)).toEqual([
      'https://nki-rapporten.example/',
      '/om/',
    ]);
  });

  it('resolves relative, root-relative and own-origin URLs to site paths and leaves others out', () => {
    expect(internalTarget('../2020/#nki', '/kommun/kalix/2021/')).toEqual({
      path: '/kommun/kalix/2020/',
      fragment: 'nki',
    });
    expect(internalTarget('https://nki-rapporten.example/om/', '/')).toEqual({
      path: '/om/',
      fragment: '',
    });
    expect(internalTarget('https://skr.se/', '/')).toBeUndefined();
    expect(internalTarget('mailto:a@b.se', '/')).toBeUndefined();
  });

  it('maps site paths to the dist files a static host would serve', () => {
    const files = new Set(['index.html', 'kommun/kalix/index.html', 'data/2021.csv']);
    expect(fileForPath('/kommun/kalix/', files)).toBe('kommun/kalix/index.html');
    expect(fileForPath('/kommun/kalix', files)).toBe('kommun/kalix/index.html');
    expect(fileForPath('/data/2021.csv', files)).toBe('data/2021.csv');
    expect(fileForPath('/kommun/kalmar/', files)).toBeUndefined();
    expect(pathForFile('kommun/kalix/index.html')).toBe('/kommun/kalix/');
    expect(pathForFile('index.html')).toBe('/');
  });

  it('flags assets from another origin but not outbound links or data URLs', () => {
    const html = page(
      '<a href="https://skr.se/">SKR</a><img src="data:image/png;base64,AA" alt=""><img src="//cdn.example/x.png" alt="">',
      {
        head: '<script src="https://cdn.example/a.js"></script><style>@import "https://fonts.example/f.css";</style>',
      },
    );
    expect(foreignAssets(html).map((r) => r.url)).toEqual([
      'https://cdn.example/a.js',
      'https://fonts.example/f.css',
      '//cdn.example/x.png',
    ]);
  });
});

describe('the content security policy check', () => {
  const code = "document.documentElement.classList.add('js');";

  it('accepts a page whose only inline script is listed by its hash', () => {
    expect(
      cspProblems(
        page(`<script>${code}</script><script type="application/json">{"a":1}</script>`, {
          hashes: [scriptHash(code)],
        }),
      ),
    ).toEqual([]);
  });

  it('names an inline script whose hash the policy lacks', () => {
    const problems = cspProblems(page(`<script>${code}</script>`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`'sha256-${scriptHash(code)}'`);
  });

  it('rejects a page without a policy, unsafe-inline, and inline event handlers', () => {
    expect(cspProblems(page('', { csp: false }))).toEqual([
      'ingen <meta http-equiv="Content-Security-Policy">',
    ]);
    const lax = page('<button onclick="go()">x</button>').replace(
      "script-src 'self'",
      "script-src 'self' 'unsafe-inline'",
    );
    expect(cspProblems(lax)).toEqual([
      "script-src tillåter inline-körning: 'unsafe-inline'",
      'händelseattribut <button onclick="go()">',
    ]);
  });

  it('hashes script text the way a browser does, with line endings normalized', () => {
    expect(scriptHash('a\r\nb')).toBe(scriptHash('a\nb'));
    expect(scriptHash('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('headings and escaping', () => {
  it('counts h1 elements, not h1 inside script or comments', () => {
    expect(h1Count(page('<h1>A</h1><!-- <h1> --><script>"<h1>"</script><h2>B</h2>'))).toBe(1);
  });

  it('finds a hostile name that reached the page as markup, and counts it when escaped', () => {
    const marker = '<img src=x onerror=alert(1)>';
    const raw = page(`<h1>${marker}</h1>`);
    const escaped = page(`<h1>&lt;img src=x onerror=alert(1)&gt;</h1><meta content="${marker}">`);
    expect(injectedMarkup(raw)).toEqual([
      '<img src=x …> som element',
      'onerror= som attribut på <img>',
    ]);
    expect(injectedMarkup(escaped)).toEqual([]);
    expect(escapedOccurrences(escaped, marker)).toBe(2);
    expect(escapedOccurrences(raw, marker)).toBe(0);
  });
});

describe('the credit of the figures on a page', () => {
  const kolada = 'Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0).';
  const chart = (credit: string) =>
    `<figure class="chart" id="diagram-x"><svg></svg><p class="embed-credit">${credit} <a href="/k/">Visa</a></p>` +
    `<details class="chart-share" data-source="${credit}"></details></figure>`;
  const withFigures = (source: string, credit = source) =>
    page(
      `<main><p class="muted source-line">Resultat för 2021 · ${source}</p>${chart(credit)}</main>`,
    );

  it('accepts a page whose source line, chart credit and share block name SKR, Kolada and CC BY 4.0', () => {
    expect(creditProblems(withFigures(kolada), true)).toEqual([]);
    expect(creditProblems(withFigures('Källa: SKR, Insikt 2021.'), false)).toEqual([]);
  });

  it('names every credit that lacks Kolada on a site of Kolada figures', () => {
    expect(creditProblems(withFigures(kolada, 'Källa: SKR, Insikt 2021.'), true)).toEqual([
      '.embed-credit "Källa: SKR, Insikt 2021. Visa" saknar Kolada, CC BY 4.0',
      '<details data-source> "Källa: SKR, Insikt 2021." saknar Kolada, CC BY 4.0',
    ]);
  });

  it('finds a page with figures but no source line of its own, and one that claims Kolada wrongly', () => {
    expect(creditProblems(page(`<main>${chart(kolada)}</main>`), true)).toEqual([
      'visar siffror men har ingen källrad (.source-line)',
    ]);
    expect(creditProblems(page('<main><p>Ingen siffra här.</p></main>'), true)).toEqual([]);
    expect(creditProblems(withFigures(kolada), false)).toContain(
      `.source-line "Resultat för 2021 · ${kolada}" nämner Kolada`,
    );
    expect(creditProblems(withFigures(kolada), undefined)).toEqual([]);
  });
});

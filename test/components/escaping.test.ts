/**
 * Editorial frontmatter and chart/table text with hostile values either stop at
 * validateEditorialFrontmatter (with its Swedish message) or reach the HTML escaped: the
 * components render plain strings, never markup. The editorial comes from a real MDX file
 * (fixtures/hostile.mdx), compiled by @astrojs/mdx as data/editorial/<slug>/<year>.mdx is.
 *
 * Run with `vitest run -c vitest.astro.config.ts`: importing .astro and .mdx needs Astro's Vite
 * plugins.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { beforeAll, describe, expect, it } from 'vitest';
import ReleaseText from '../../src/components/ReleaseText.astro';
import DataTable from '../../src/components/DataTable.astro';
import Chart from '../../src/components/Chart.astro';
import UnitYearPage from '../../src/components/UnitYearPage.astro';
import { arrangeRelease } from '../../src/text/arrange';
import { validateEditorialFrontmatter, type Editorial } from '../../src/text/editorial';
import type { Release } from '../../src/text/types';
import { chartId, svgDocument, type ChartSpec } from '../../src/charts/spec';
import { inlineBar } from '../../src/charts/inline-bar';
import { realDerived as getDerived } from '../support/real-data';
import { unitYearView } from '../../src/site/unit-view';
import type { ChartShare } from '../../src/site/chart-share';
import { downloadSvg, svgDataUrl } from '../../src/site/download-svg';
import { decodeEntities, tags } from '../site/html';
import * as hostileMdx from './fixtures/hostile.mdx';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '"><script>alert(1)</script>';
const IMG_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';
const SCRIPT_ESCAPED = '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;';
const FILE = 'data/editorial/kalix/2021.mdx';

/** Elements and attributes a hostile value would have produced had it reached the page as markup. */
function injected(html: string): string[] {
  const found: string[] = [];
  for (const tag of tags(html)) {
    if (tag.name === 'img') found.push('<img> element');
    if (tag.name === 'script' && !tag.attrs.has('src')) found.push('inline <script> element');
    for (const name of tag.attrs.keys()) {
      if (name.startsWith('on')) found.push(`${name}= on <${tag.name}>`);
    }
  }
  return found;
}

const release: Release = {
  headline: 'Rubrik',
  lede: 'Ingress.',
  body: [{ kind: 'paragraph', text: 'Brödtext.' }],
  method: [{ kind: 'heading', text: 'Så togs texten fram' }],
  sentences: [],
  source: 'Källa: SKR, Insikt 2021.',
};

function hostileEditorial(): Editorial {
  const { value, problems } = validateEditorialFrontmatter(hostileMdx.frontmatter, FILE);
  expect(problems).toEqual([]);
  return value!;
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
});

describe('hostile editorial frontmatter', () => {
  it('is rejected, in Swedish, where the check is strict: phone and e-mail', () => {
    const { value, problems } = validateEditorialFrontmatter(
      { contact: { name: 'Anna', title: 'chef', phone: IMG, email: `${SCRIPT}@example.se` } },
      FILE,
    );
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      `${FILE}: fältet "contact.phone" har ogiltigt telefonnummer: "${IMG}".`,
      `${FILE}: fältet "contact.email" har ogiltig e-postadress: "${SCRIPT}@example.se".`,
    ]);
  });

  it('is otherwise accepted as written, so the page must escape it', () => {
    const editorial = hostileEditorial();
    expect(editorial.quotes[0]).toEqual({ name: IMG, title: SCRIPT, quote: `${IMG} ${SCRIPT}` });
    expect(editorial.contact).toEqual({
      name: IMG,
      title: SCRIPT,
      phone: '+46 8 123 456',
      email: 'kontakt@example.se',
    });
  });

  it('shows every field escaped in ReleaseText (quotes, contact, MDX body)', async () => {
    const html = await container.renderToString(ReleaseText, {
      props: {
        blocks: arrangeRelease(release, hostileEditorial()),
        EditorialContent: hostileMdx.Content,
      },
    });
    expect(html).toContain(
      `<p>– ${IMG_ESCAPED} ${SCRIPT_ESCAPED}, säger ${IMG_ESCAPED}, ${SCRIPT_ESCAPED}.</p>`,
    );
    expect(html).toContain(`<p>– ${SCRIPT_ESCAPED}, säger ${SCRIPT_ESCAPED}, ${IMG_ESCAPED}.</p>`);
    expect(html).toContain(`${IMG_ESCAPED}, ${SCRIPT_ESCAPED}`); // contact name, title
    expect(html).toContain('E-post: kontakt@example.se');
    expect(html).toContain('Ett redaktionellt stycke.');
    expect(injected(html)).toEqual([]);
  });

  it('shows every field escaped on a whole municipality-year page, the plain-text <pre> too', async () => {
    const derived = getDerived();
    const record = derived.records.find((r) => r.unit.slug === 'kalix')!;
    const view = unitYearView(derived, record, 2021, {
      editorial: hostileEditorial(),
      Content: hostileMdx.Content,
    });
    const html = await container.renderToString(UnitYearPage, {
      props: { view, isExample: true, path: '/kommun/kalix/2021/', source: `Källa: ${IMG}.` },
    });
    expect(html).toContain(`Resultat för 2021 · Källa: ${IMG_ESCAPED}.`);
    const pre = /<pre class="plain-text" id="release-plain">([\s\S]*?)<\/pre>/.exec(html)?.[1];
    expect(pre).toBeDefined();
    expect(pre).toContain(`säger ${IMG_ESCAPED}, ${SCRIPT_ESCAPED}.`);
    expect(decodeEntities(pre!)).toBe(view.plainText);
    expect(injected(html)).toEqual([]);
  });
});

describe('hostile table and chart text', () => {
  const table = {
    caption: `${IMG} tabell`,
    columns: [IMG, SCRIPT],
    rows: [
      [IMG, { text: SCRIPT, href: '/kommun/x/', bar: inlineBar(50, 100) }],
      [{ text: SCRIPT, sort: SCRIPT }, IMG],
    ],
  };

  it('DataTable escapes caption, headers and cells, and quotes its attributes', async () => {
    const html = await container.renderToString(DataTable, { props: table });
    expect(html).toContain(`<caption>${IMG_ESCAPED} tabell</caption>`);
    expect(html).toContain(`<th scope="col">${IMG_ESCAPED}</th>`);
    expect(html).toContain(`<a href="/kommun/x/">${SCRIPT_ESCAPED}</a>`);
    expect(html).toContain('<svg'); // the inline bar is the one markup a cell may carry
    const attrs = tags(html).flatMap((t) => [...t.attrs]);
    expect(attrs).toContainEqual(['aria-label', `${IMG} tabell`]); // an attribute value, intact
    expect(attrs).toContainEqual(['data-sort', SCRIPT]);
    expect(injected(html)).toEqual([]);
  });

  it('Chart escapes title, subtitle and its share block, and its SVG escapes <title> and <desc>', async () => {
    const id = chartId(`trend-${IMG}`);
    const chart: ChartSpec = {
      id,
      title: IMG,
      subtitle: SCRIPT,
      alt: IMG,
      table: { caption: `${IMG} tabell`, columns: [IMG, SCRIPT], rows: [[IMG, SCRIPT]] },
      svg: svgDocument({ id, width: 400, height: 280, title: IMG, desc: SCRIPT, body: '' }),
      width: 400,
      height: 280,
    };
    const kalix = getDerived().records.find((r) => r.unit.slug === 'kalix')!.unit;
    const share: ChartShare = {
      ref: { unit: kalix, year: 2021, key: 'areas' },
      fileName: 'x-2021-omraden',
      svgHref: svgDataUrl(downloadSvg(chart, IMG, `https://x.example/${SCRIPT}`)),
      source: IMG,
      pageUrl: `/kommun/x/?${SCRIPT}`,
      embedUrl: '/kommun/x/2021/#inbadda-areas',
      anchorId: 'inbadda-areas',
      iframe: `<iframe title="${SCRIPT}"></iframe>`,
    };
    const html = await container.renderToString(Chart, { props: { chart, share } });
    expect(html).toContain(`<span class="title">${IMG_ESCAPED}</span>`);
    expect(html).toContain(`<span class="subtitle">${SCRIPT_ESCAPED}</span>`);
    expect(html).toContain(`-title">${IMG_ESCAPED}</title>`);
    expect(html).toContain(`-desc">${SCRIPT_ESCAPED}</desc>`);
    expect(html).toContain(`<caption>${IMG_ESCAPED} tabell</caption>`);
    expect(html).toContain(`<p class="embed-credit"> ${IMG_ESCAPED} `);
    const credit = tags(html).find((t) => t.name === 'a' && t.attrs.get('target') === '_blank');
    expect(credit?.attrs.get('href')).toBe(share.pageUrl);
    expect(html).toContain('&lt;iframe title=');
    const download = tags(html).find((t) => t.name === 'a' && t.attrs.has('download'));
    expect(download?.attrs.get('href')).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    expect(injected(html)).toEqual([]);
  });
});

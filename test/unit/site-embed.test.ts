/**
 * Embeds and chart downloads (issue 5): the stable chart keys, the links under each chart on a
 * unit's pages, the snippets, and that every chart on those pages has an embed.
 */
import { describe, expect, it } from 'vitest';
import { getDerived } from '../../src/site/data';
import { unitOverview, unitYearView, recordOf } from '../../src/site/unit-view';
import {
  chartLinksFor,
  chartRefOf,
  downloadSvg,
  embedCatalogue,
  embedCharts,
  fragmentSnippet,
  iframeHeight,
  iframeSnippet,
  sourceLine,
  type EmbedChart,
} from '../../src/site/embed-view';
import {
  chartPngUrl,
  chartSvgUrl,
  embedCodeUrl,
  embedUrl,
  absoluteUrl,
} from '../../src/site/embed-urls';

const derived = getDerived();
const kalix = recordOf(derived, '2514')!;
const forbund = derived.records.find((r) => r.unit.kind === 'forbund' && r.years.length > 0)!;
const byId = new Map(embedCharts(derived).map((e) => [e.chart.id, e]));
const embedOf = (id: string): EmbedChart => {
  const e = byId.get(id);
  if (!e) throw new Error(`no embed for ${id}`);
  return e;
};

describe('chart keys', () => {
  it('maps the chart ids of a unit to stable keys and URLs', () => {
    const url = (id: string) => {
      const ref = chartRefOf(kalix.unit, id);
      return ref && embedUrl(ref);
    };
    expect(url('kalix-2021-areas')).toBe('/embed/kommun/kalix/2021/areas/');
    expect(url('kalix-2021-factors')).toBe('/embed/kommun/kalix/2021/factors/');
    expect(url('kalix-2021-distribution')).toBe('/embed/kommun/kalix/2021/distribution/');
    expect(url('kalix-nki-trend')).toBe('/embed/kommun/kalix/nki-trend/');
    expect(url('kalix-places')).toBe('/embed/kommun/kalix/places/');
    expect(url('kalix-nui-trend')).toBe('/embed/kommun/kalix/nui-trend/');
  });

  it('knows no key for a chart that is not one of the unit’s own', () => {
    expect(chartRefOf(kalix.unit, 'karta-2021-kalix')).toBeUndefined();
    expect(chartRefOf(kalix.unit, 'boden-2021-areas')).toBeUndefined();
    expect(chartRefOf(kalix.unit, 'kalix-2021-something')).toBeUndefined();
  });

  it('names downloads and code pages after the same key', () => {
    const ref = chartRefOf(kalix.unit, 'kalix-2021-areas')!;
    expect(chartSvgUrl(ref)).toBe('/bilder/kommun/kalix/2021/areas.svg');
    expect(chartPngUrl(ref)).toBe('/bilder/kommun/kalix/2021/areas.png');
    expect(embedCodeUrl(ref)).toBe('/embed/kommun/kalix/2021/kod/#areas');
    const trend = chartRefOf(kalix.unit, 'kalix-nki-trend')!;
    expect(embedCodeUrl(trend)).toBe('/embed/kommun/kalix/kod/#nki-trend');
    expect(chartSvgUrl(trend)).toBe('/bilder/kommun/kalix/nki-trend.svg');
  });

  it('uses /forbund/ for a förbund', () => {
    const ref = chartRefOf(forbund.unit, `${forbund.unit.slug}-nki-trend`)!;
    expect(embedUrl(ref)).toBe(`/embed/forbund/${forbund.unit.slug}/nki-trend/`);
  });
});

describe('links under the charts of a unit’s pages', () => {
  const view = unitYearView(derived, kalix, 2021, undefined);

  // The trend marked for a year and the area history are drawn for their pages only.
  const embeddable = (charts: typeof view.charts) =>
    charts.filter((c) => !/-\d{4}-nki-trend$|-omraden-over-tid$/.test(c.id));

  it('gives every chart of the year page "Bädda in", SVG and PNG', () => {
    const links = chartLinksFor(kalix.unit, view.charts);
    expect(Object.keys(links).sort()).toEqual(
      embeddable(view.charts)
        .map((c) => c.id)
        .sort(),
    );
    expect(links['kalix-2021-areas']).toEqual([
      { href: '/embed/kommun/kalix/2021/kod/#areas', label: 'Bädda in' },
      { href: '/bilder/kommun/kalix/2021/areas.svg', label: 'Ladda ner SVG' },
      { href: '/bilder/kommun/kalix/2021/areas.png', label: 'Ladda ner PNG' },
    ]);
    expect(links['kalix-2021-nki-trend']).toBeUndefined();
  });

  it('has an embed, with the very same chart, for every chart on the unit pages', () => {
    for (const record of [kalix, recordOf(derived, '0126')!, forbund]) {
      const overview = unitOverview(derived, record.unit, () => undefined);
      const yearPages = record.years.map((uy) => unitYearView(derived, record, uy.year, undefined));
      for (const chart of embeddable([...overview.charts, ...yearPages.flatMap((v) => v.charts)])) {
        expect(chartRefOf(record.unit, chart.id), chart.id).toBeDefined();
        expect(embedOf(chart.id).chart.svg, chart.id).toBe(chart.svg);
        expect(Object.keys(chartLinksFor(record.unit, [chart]))).toEqual([chart.id]);
      }
    }
  });

  it('lists each chart once in the catalogue, under the URL its key gives', () => {
    const urls = embedCharts(derived).map((e) => embedUrl(e.ref));
    expect(new Set(urls).size).toBe(urls.length);
    for (const e of embedCharts(derived).slice(0, 200)) {
      expect(chartRefOf(e.ref.unit, e.chart.id)).toEqual(e.ref);
    }
    // Huddinge has NUI results (Kalix has none, and so no NUI trend).
    const scopes = embedCatalogue(derived).filter((s) => s.unit.code === '0126');
    expect(scopes.find((s) => s.year === undefined)?.charts.map((e) => e.ref.key)).toEqual([
      'nki-trend',
      'places',
      'nui-trend',
    ]);
    expect(scopes.find((s) => s.year === 2021)?.charts.map((e) => e.ref.key)).toEqual([
      'areas',
      'factors',
      'distribution',
    ]);
  });
});

describe('snippets', () => {
  const areas = embedOf('kalix-2021-areas');

  it('says the source and year, and that the data is an example', () => {
    expect(sourceLine([2021], false)).toBe('Källa: SKR, Insikt 2021.');
    expect(sourceLine([2016, 2010, 2024], false)).toBe('Källa: SKR, Insikt 2010–2024.');
    expect(areas.source).toBe(
      derived.dataset.isExample
        ? 'Källa: SKR, Insikt 2021. Exempeldata, inte verkliga resultat.'
        : 'Källa: SKR, Insikt 2021.',
    );
  });

  it('points the iframe at the embed page on the public site, with a title and the chart’s aspect', () => {
    const snippet = iframeSnippet(areas);
    const src = /src="([^"]+)"/.exec(snippet)?.[1];
    expect(src).toBe(absoluteUrl('/embed/kommun/kalix/2021/areas/'));
    expect(new URL(src!).pathname).toBe(embedUrl(areas.ref));
    expect(snippet).toMatch(/ title="[^"]+"/);
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain(`height="${iframeHeight(areas.chart)}"`);
    expect(iframeHeight({ width: 400, height: 200 })).toBeLessThan(
      iframeHeight({ width: 400, height: 400 }),
    );
  });

  it('makes an HTML fragment with the inline SVG, a caption and the source line, and no script', () => {
    const fragment = fragmentSnippet(areas);
    expect(fragment.startsWith('<figure')).toBe(true);
    expect(fragment.trimEnd().endsWith('</figure>')).toBe(true);
    expect(fragment).toContain('<figcaption>');
    expect(fragment).toContain(areas.chart.svg.replace(/^<svg /, ''));
    expect(fragment).toContain(areas.source);
    expect(fragment).toContain(`href="${absoluteUrl('/kommun/kalix/2021/')}"`);
    expect(fragment).not.toMatch(/<script/i);
    expect(fragment).not.toMatch(/ on[a-z]+=/i);
  });
});

describe('the SVG download', () => {
  const svg = downloadSvg(embedOf('kalix-2021-areas'));

  it('is a standalone SVG file with the chart, its title and the source as visible text', () => {
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(svg).toContain('Källa: SKR, Insikt 2021.');
    expect(svg).toMatch(/<text [^>]*font-weight="bold"[^>]*>[^<]+<\/text>/);
    expect(svg).toContain('<svg x="16" y="');
    expect(svg).not.toMatch(/<script|href=/i);
  });

  it('is as tall as its parts: the chart fits inside', () => {
    const e = embedOf('kalix-2021-areas');
    const [, w, h] = /^<svg[^>]* viewBox="0 0 (\d+) (\d+)"/m.exec(svg.split('\n')[1]!)!.map(Number);
    const height = h!;
    expect(svg).toContain(`width="${Math.round(w! * 1.5)}" height="${Math.round(h! * 1.5)}"`);
    const chartTop = Number(/<svg x="16" y="([\d.]+)"/.exec(svg)?.[1]);
    expect(height).toBeGreaterThan(chartTop + e.chart.height);
  });
});

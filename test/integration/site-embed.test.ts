/**
 * Embeds and chart downloads: every chart on a unit's pages is pinned to a year, downloads as
 * an SVG with a name that says what it is, and embeds from the unit-year page that shows it.
 */
import { describe, expect, it } from 'vitest';
import { realDerived as getDerived } from '../support/real-data';
import { unitOverview, unitYearView, recordOf } from '../../src/site/unit-view';
import { chartFileName, chartRefOf } from '../../src/site/chart-refs';
import { absoluteUrl, embedUrl } from '../../src/site/embed-urls';
import { chartSharesFor } from '../../src/site/chart-share';
import { downloadSvg, svgDataUrl } from '../../src/site/download-svg';
import { iframeHeight, iframeSnippet } from '../../src/site/snippets';
import type { Derived } from '../../src/lib/model';
import type { ChartSpec } from '../../src/charts';

const derived = getDerived();
const kalix = recordOf(derived, '2514')!;
const huddinge = recordOf(derived, '0126')!;
// Kolada carries no förbund: the real data may have none with results.
const forbund = derived.records.find((r) => r.unit.kind === 'forbund' && r.years.length > 0);

describe('chart keys and names', () => {
  const view2021 = unitYearView(derived, kalix, 2021, undefined);
  const overview = unitOverview(derived, kalix.unit, () => undefined);
  const chart = (charts: readonly ChartSpec[], key: string) =>
    charts.find((c) => c.identity?.key === key)!;

  it('pins a year’s chart to its year and a chart over the years to the page’s year', () => {
    const ref = (c: ChartSpec) => chartRefOf(kalix.unit, c, 2023);
    const year = [...view2021.charts, ...view2021.embedOnly];
    expect(ref(chart(year, 'areas'))).toMatchObject({ year: 2021, key: 'areas' });
    expect(ref(chart(year, 'distribution'))).toMatchObject({ year: 2021, key: 'distribution' });
    expect(ref(chart(year, 'nki-trend'))).toMatchObject({ year: 2021, key: 'nki-trend' });
    expect(ref(chart(overview.charts, 'nki-trend'))).toMatchObject({
      year: 2023,
      key: 'nki-trend',
    });
    expect(ref(chart(overview.charts, 'places'))).toMatchObject({ year: 2023, key: 'places' });
  });

  it('knows no chart of another unit, and none without an identity (the area history)', () => {
    const areas = chart(view2021.charts, 'areas');
    expect(chartRefOf(huddinge.unit, areas, 2021)).toBeUndefined();
    const { identity: _, ...anonymous } = areas;
    expect(chartRefOf(kalix.unit, anonymous, 2021)).toBeUndefined();
    const history = overview.charts.find((c) => c.identity === undefined);
    expect(history?.id).toBe('kalix-omraden-over-tid');
  });

  it('names files and embed addresses after unit, year and chart', () => {
    const areas = chartRefOf(kalix.unit, chart(view2021.charts, 'areas'), 2021)!;
    expect(chartFileName(areas)).toBe('kalix-2021-omraden');
    expect(embedUrl(areas)).toBe('/kommun/kalix/2021/#inbadda-areas');
    const trend = chartRefOf(kalix.unit, chart(overview.charts, 'nki-trend'), 2024)!;
    expect(chartFileName(trend)).toBe('kalix-2024-nki-over-tid');
    expect(embedUrl(trend)).toBe('/kommun/kalix/2024/#inbadda-nki-trend');
    if (!forbund) return;
    const f = chartRefOf(
      forbund.unit,
      { id: 'f', identity: { unit: forbund.unit.code, key: 'nki-trend' } } as ChartSpec,
      2021,
    )!;
    expect(embedUrl(f)).toBe(`/forbund/${forbund.unit.slug}/2021/#inbadda-nki-trend`);
  });
});

describe('every chart of a unit’s pages is embedded by a unit-year page that holds it', () => {
  it('holds each chart of the unit page on its latest year’s page, with the same numbers', () => {
    for (const record of [kalix, huddinge, ...(forbund ? [forbund] : [])]) {
      const overview = unitOverview(derived, record.unit, () => undefined);
      const last = record.years.at(-1)!.year;
      const host = unitYearView(derived, record, last, undefined);
      const hosted = [...host.charts, ...host.embedOnly];
      const hostShares = chartSharesFor(derived, record, hosted, last);
      const shares = chartSharesFor(derived, record, overview.charts, last);
      for (const chart of overview.charts) {
        const share = shares[chart.id];
        expect(share, chart.id).toBeDefined();
        if (!share?.iframe) continue; // the area history: downloads only
        const twin = hosted.find((c) => hostShares[c.id]?.embedUrl === share.embedUrl);
        expect(twin, `${chart.id} → ${share.embedUrl}`).toBeDefined();
        // The unit page shows it alone at the same anchor (where the old unit embeds lead).
        expect(share.anchorId).toBe(hostShares[twin!.id]?.anchorId);
        expect(twin!.table.rows).toEqual(chart.table.rows);
      }
    }
  });

  it('offers the area history for download, not as an embed (it has no year of its own)', () => {
    const overview = unitOverview(derived, kalix.unit, () => undefined);
    const history = overview.charts.find((c) => c.id.endsWith('-omraden-over-tid'));
    expect(history).toBeDefined();
    const share = chartSharesFor(derived, kalix, [history!], 2024)[history!.id];
    expect(share?.fileName).toBe('kalix-2024-omraden-over-tid');
    expect(share?.iframe).toBeUndefined();
  });

  it('keeps a year page’s charts as they stood that year', () => {
    // Kalix took part in 2014 and 2017–2022; NUI is measured from 2021.
    const v2017 = unitYearView(derived, kalix, 2017, undefined);
    const trend = v2017.charts.find((c) => c.id === 'kalix-2017-nki-trend')!;
    expect(trend.table.rows.map((r) => r[0])).not.toContain('2018');
    expect(trend.table.rows.map((r) => r[0])).toContain('2017');
    expect(v2017.embedOnly.map((c) => c.id)).toEqual(['kalix-places']);
    const h2022 = unitYearView(derived, huddinge, 2022, undefined);
    expect(h2022.embedOnly.map((c) => c.id)).toEqual(['huddinge-places', 'huddinge-nui-trend']);
  });

  it('gives every chart of a year page an anchor, a download name and an iframe', () => {
    const view = unitYearView(derived, kalix, 2021, undefined);
    const all = [...view.charts, ...view.embedOnly];
    const shares = chartSharesFor(derived, kalix, all, 2021);
    expect(Object.keys(shares).sort()).toEqual(all.map((c) => c.id).sort());
    const areas = shares['kalix-2021-areas']!;
    expect(areas.anchorId).toBe('inbadda-areas');
    expect(areas.fileName).toBe('kalix-2021-omraden');
    expect(areas.pageUrl).toBe(absoluteUrl('/kommun/kalix/2021/'));
    // The trend draws on Kalix's years up to 2021, and says so.
    expect(shares['kalix-2021-nki-trend']?.source).toBe(
      `Källa: SKR, Insikt ${kalix.years[0]?.year}–2021, via Kolada (CC BY 4.0).`,
    );
    expect(shares['kalix-2021-nki-trend']?.fileName).toBe('kalix-2021-nki-over-tid');
    const anchors = Object.values(shares).map((s) => s.anchorId);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe('snippets', () => {
  const view = unitYearView(derived, kalix, 2021, undefined);
  const areas = view.charts.find((c) => c.id === 'kalix-2021-areas')!;
  const ref = chartRefOf(kalix.unit, areas, 2021)!;

  it('credits SKR and Kolada with its licence under every chart of a Kolada year, and in its file', () => {
    const shares = chartSharesFor(derived, kalix, [...view.charts, ...view.embedOnly], 2021);
    expect(shares['kalix-2021-areas']?.source).toBe(
      'Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0).',
    );
    for (const [id, share] of Object.entries(shares)) {
      for (const words of ['SKR, Insikt', 'via Kolada (CC BY 4.0)'])
        expect(share.source, id).toContain(words);
      const svg = decodeURIComponent(
        share.svgHref.replace(/^data:image\/svg\+xml;charset=utf-8,/, '').replace(/&amp;/g, '&'),
      );
      const text = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      expect(text, id).toContain(share.source);
    }
  });

  it('does not claim Kolada for a year whose file is not from there', () => {
    const own: Derived = {
      ...derived,
      dataset: {
        ...derived.dataset,
        years: derived.dataset.years.map((y) => ({ ...y, source: undefined })),
      },
    };
    const shares = chartSharesFor(own, kalix, view.charts, 2021);
    expect(shares['kalix-2021-areas']?.source).toBe('Källa: SKR, Insikt 2021.');
    for (const share of Object.values(shares)) {
      expect(share.source).not.toContain('Kolada');
      expect(share.svgHref).not.toContain('Kolada');
    }
  });

  it('points the iframe at the embed address on the public site, with a title and the chart’s aspect', () => {
    const snippet = iframeSnippet(ref, areas);
    expect(/src="([^"]+)"/.exec(snippet)?.[1]).toBe(
      absoluteUrl('/kommun/kalix/2021/#inbadda-areas'),
    );
    expect(snippet).toMatch(/ title="[^"]+"/);
    expect(snippet).toContain(`height="${iframeHeight(areas)}"`);
    expect(iframeHeight({ width: 400, height: 200 })).toBeLessThan(
      iframeHeight({ width: 400, height: 400 }),
    );
  });
});

describe('the SVG download', () => {
  const view = unitYearView(derived, kalix, 2021, undefined);
  const areas = view.charts.find((c) => c.id === 'kalix-2021-areas')!;
  const source = 'Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0).';
  const svg = downloadSvg(areas, source, absoluteUrl('/kommun/kalix/2021/'));

  it('is a standalone SVG file with the chart, its title and the source as visible text', () => {
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(svg).toContain(`>${source}</text>`);
    expect(svg).toMatch(/<text [^>]*font-weight="bold"[^>]*>[^<]+<\/text>/);
    expect(svg).toContain('<svg x="16" y="');
    expect(svg).not.toMatch(/<script|href=/i);
  });

  it('is as tall as its parts: the chart fits inside', () => {
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
    expect(svg).toContain(`width="${w}" height="${h}"`);
    const chartTop = Number(/<svg x="16" y="([\d.]+)"/.exec(svg)?.[1]);
    expect(h).toBeGreaterThan(chartTop + areas.height);
  });

  it('survives the data: URL: decoded, it is the same file (with single-quoted attributes)', () => {
    const href = svgDataUrl(svg);
    expect(href).not.toMatch(/["#<>\s{}|\\^`]/);
    const decoded = decodeURIComponent(
      href.replace(/^data:image\/svg\+xml;charset=utf-8,/, '').replace(/&amp;/g, '&'),
    );
    expect(decoded).toBe(svg.replace(/"/g, "'"));
  });

  it('percent-encodes every character a URL may not hold, no-break spaces as UTF-8', () => {
    const text = '<t a="1">50 % #1 {x} | a\\b ^ `q` å\u00a0ö\t&amp;\n</t>';
    const href = svgDataUrl(text);
    expect(href).toBe(
      "data:image/svg+xml;charset=utf-8,%3Ct%20a='1'%3E50%20%25%20%231%20%7Bx%7D%20%7C%20a%5Cb%20%5E%20%60q%60%20å%C2%A0ö%09&amp;amp;%0A%3C/t%3E",
    );
    const decoded = decodeURIComponent(
      href.replace(/^data:image\/svg\+xml;charset=utf-8,/, '').replace(/&amp;/g, '&'),
    );
    expect(decoded).toBe(text.replace(/"/g, "'"));
  });
});

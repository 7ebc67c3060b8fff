/**
 * Embeds and downloads of the charts on a unit's pages (issue 5): which charts exist per unit
 * and year under which stable key, the links under each chart, the snippets to paste ("Bädda
 * in"), and the standalone SVG file that is downloaded and rendered to PNG after the build.
 *
 * The charts are made with the same adapters (chart-data.ts) and the same choices as the unit
 * pages (unit-view.ts), so an embed shows exactly the chart its page shows; a test holds the two
 * together.
 */
import type { Derived, Unit, UnitRecord, UnitYear } from '../lib/model';
import type { ChartSpec } from '../charts';
import { escapeXml, num } from '../charts/draw';
import { fitText } from '../cards/text-fit';
import { areasFor, distributionFor, factorsFor, placesFor, trendFor } from './chart-data';
import {
  UNIT_CHART_KEYS,
  YEAR_CHART_KEYS,
  absoluteUrl,
  chartPngUrl,
  chartSvgUrl,
  embedCodeUrl,
  embedUrl,
  type ChartKey,
  type ChartRef,
} from './embed-urls';
import { unitUrl, unitYearUrl } from './urls';

export interface ChartLink {
  href: string;
  label: string;
}

/** One embeddable chart with everything its embed page, code page and download need. */
export interface EmbedChart {
  ref: ChartRef;
  chart: ChartSpec;
  /** "Källa: SKR, Insikt 2021" (+ the example-data note while the data is the example). */
  source: string;
  isExample: boolean;
  /** Site-relative page the chart belongs to (the unit-year page, or the unit page). */
  pagePath: string;
}

// ---------------------------------------------------------------- keys

/**
 * The chart a ChartSpec id names on a unit's pages: "kalix-2021-areas" → year 2021, "areas";
 * "kalix-nki-trend" → all years, "nki-trend". Undefined for an id that is not one of the
 * unit's charts (a map, another unit's chart).
 */
export function chartRefOf(unit: Unit, id: string): ChartRef | undefined {
  const prefix = `${unit.slug}-`;
  if (!id.startsWith(prefix)) return undefined;
  const rest = id.slice(prefix.length);
  const unitKey = UNIT_CHART_KEYS.find((k) => rest === k);
  if (unitKey) return { unit, key: unitKey };
  const match = /^(\d{4})-(.+)$/.exec(rest);
  const yearKey = match && YEAR_CHART_KEYS.find((k) => match[2] === k);
  return match && yearKey ? { unit, year: Number(match[1]), key: yearKey } : undefined;
}

/**
 * The links under each chart on a unit's pages, keyed by chart id (the `chartLinks` prop of
 * UnitYearPage and UnitPage): "Bädda in", "Ladda ner SVG", "Ladda ner PNG".
 */
export function chartLinksFor(
  unit: Unit,
  charts: readonly ChartSpec[],
): Record<string, ChartLink[]> {
  const links: Record<string, ChartLink[]> = {};
  for (const chart of charts) {
    const ref = chartRefOf(unit, chart.id);
    if (!ref) continue;
    links[chart.id] = [
      { href: embedCodeUrl(ref), label: 'Bädda in' },
      { href: chartSvgUrl(ref), label: 'Ladda ner SVG' },
      { href: chartPngUrl(ref), label: 'Ladda ner PNG' },
    ];
  }
  return links;
}

// ---------------------------------------------------------------- the catalogue

/** "Källa: SKR, Insikt 2021" or "Källa: SKR, Insikt 2010–2024", and the example-data note. */
export function sourceLine(years: readonly number[], isExample: boolean): string {
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = first === last ? String(first) : `${first}–${last}`;
  return `Källa: SKR, Insikt ${span}.${isExample ? ' Exempeldata, inte verkliga resultat.' : ''}`;
}

/** The charts of one unit-year page that belong to that year (areas, factors, distribution). */
export function yearCharts(derived: Derived, uy: UnitYear): EmbedChart[] {
  const make: Record<(typeof YEAR_CHART_KEYS)[number], () => ChartSpec | undefined> = {
    areas: () => areasFor(derived, uy),
    factors: () => factorsFor(derived, uy),
    distribution: () => distributionFor(derived, uy),
  };
  return YEAR_CHART_KEYS.flatMap((key) => {
    const chart = make[key]();
    return chart
      ? [
          entry(
            derived,
            { unit: uy.unit, year: uy.year, key },
            chart,
            [uy.year],
            unitYearUrl(uy.unit, uy.year),
          ),
        ]
      : [];
  });
}

/** The charts of a unit over all its years (NKI trend, places, NUI trend), as its pages show them. */
export function unitCharts(derived: Derived, record: UnitRecord): EmbedChart[] {
  if (record.years.length === 0) return [];
  const unit = record.unit;
  const years = record.years.map((y) => y.year);
  const nuiYears = record.years.filter((y) => y.nui.kind === 'measured').map((y) => y.year);
  const make: Record<(typeof UNIT_CHART_KEYS)[number], () => ChartSpec | undefined> = {
    'nki-trend': () => trendFor(derived, record),
    places: () => (unit.kind === 'kommun' ? placesFor(derived, record) : undefined),
    'nui-trend': () => (nuiYears.length > 0 ? trendFor(derived, record, 'nui') : undefined),
  };
  return UNIT_CHART_KEYS.flatMap((key) => {
    const chart = make[key]();
    return chart
      ? [
          entry(
            derived,
            { unit, key },
            chart,
            key === 'nui-trend' ? nuiYears : years,
            unitUrl(unit),
          ),
        ]
      : [];
  });
}

function entry(
  derived: Derived,
  ref: ChartRef,
  chart: ChartSpec,
  years: number[],
  pagePath: string,
): EmbedChart {
  const isExample = derived.dataset.isExample;
  return { ref, chart, source: sourceLine(years, isExample), isExample, pagePath };
}

export interface EmbedScope {
  unit: Unit;
  /** Undefined for the charts over all years. */
  year?: number;
  charts: EmbedChart[];
}

const catalogues = new WeakMap<Derived, EmbedScope[]>();

/**
 * Every embeddable chart, grouped by unit-year and by unit: the routes under /embed/ and
 * /bilder/ all take their paths from here. Computed once per Derived.
 */
export function embedCatalogue(derived: Derived): EmbedScope[] {
  const cached = catalogues.get(derived);
  if (cached) return cached;
  const scopes: EmbedScope[] = [];
  for (const record of derived.records) {
    const overall = unitCharts(derived, record);
    if (overall.length) scopes.push({ unit: record.unit, charts: overall });
    for (const uy of record.years) {
      const charts = yearCharts(derived, uy);
      if (charts.length) scopes.push({ unit: record.unit, year: uy.year, charts });
    }
  }
  catalogues.set(derived, scopes);
  return scopes;
}

/** Every chart of the catalogue, one by one. */
export function embedCharts(derived: Derived): EmbedChart[] {
  return embedCatalogue(derived).flatMap((s) => s.charts);
}

/** Astro route params of a chart: kind, slug, key and (for a year's chart) year. */
export function embedParams(ref: ChartRef): {
  kind: string;
  slug: string;
  key: ChartKey;
  year?: string;
} {
  return {
    kind: ref.unit.kind,
    slug: ref.unit.slug,
    key: ref.key,
    ...(ref.year === undefined ? {} : { year: String(ref.year) }),
  };
}

// ---------------------------------------------------------------- snippets

/** Width in CSS pixels the embed page draws a chart at, at most (see layouts/Embed.astro). */
export const EMBED_MAX_WIDTH = 480;
/** Title, subtitle, source line, table toggle and link around the chart on the embed page. */
const EMBED_CHROME = 190;

/** The iframe's height: the chart at EMBED_MAX_WIDTH by its own aspect, plus the text around it. */
export function iframeHeight(chart: Pick<ChartSpec, 'width' | 'height'>): number {
  return Math.round((EMBED_MAX_WIDTH * chart.height) / chart.width) + EMBED_CHROME;
}

/** The iframe snippet: src is the embed page on the public site, title names the chart. */
export function iframeSnippet(e: EmbedChart): string {
  return (
    `<iframe src="${escapeXml(absoluteUrl(embedUrl(e.ref)))}" title="${escapeXml(e.chart.title)}" ` +
    `width="100%" height="${iframeHeight(e.chart)}" loading="lazy" ` +
    `style="border:0;max-width:${EMBED_MAX_WIDTH + 40}px"></iframe>`
  );
}

/** The chart's SVG, scaled to the width of its container wherever it is pasted. */
function responsiveSvg(svg: string): string {
  return svg.replace(/^<svg /, '<svg style="max-width:100%;height:auto" ');
}

/**
 * An HTML fragment for CMSs that do not allow iframes: a <figure> with the title and subtitle
 * as figcaption, the inline SVG (its <title> and <desc> are the text alternative) and the source
 * line with a link back. Inline styles only, no script, no class names that could clash.
 */
export function fragmentSnippet(e: EmbedChart): string {
  const href = escapeXml(absoluteUrl(e.pagePath));
  return [
    `<figure style="margin:1em 0;max-width:${EMBED_MAX_WIDTH}px">`,
    `<figcaption><strong>${escapeXml(e.chart.title)}</strong><br>${escapeXml(e.chart.subtitle)}</figcaption>`,
    responsiveSvg(e.chart.svg),
    `<p style="margin:0.25em 0 0;font-size:0.875em">${escapeXml(e.source)} <a href="${href}">Visa på NKI-rapporten</a></p>`,
    `</figure>`,
  ].join('\n');
}

// ---------------------------------------------------------------- the SVG download

const PAD = 16;
/**
 * The file is 1.5 times its viewBox, so the PNG rendered at that size is sharp on screens and in
 * documents while the thousands of PNGs stay small enough for an ordinary static host.
 */
const SCALE = 1.5;
const TITLE = { size: 17, lineHeight: 1.25 };
const SUBTITLE = { size: 14, lineHeight: 1.3 };
const SOURCE = { size: 13, lineHeight: 1.3 };
const LINK = { size: 11, lineHeight: 1.4 };

function textLines(
  lines: string[],
  x: number,
  top: number,
  style: { size: number; lineHeight: number },
  attrs: string,
): { markup: string; bottom: number } {
  let y = top;
  let markup = '';
  for (const line of lines) {
    y += style.size * style.lineHeight;
    markup += `<text x="${num(x)}" y="${num(y - style.size * (style.lineHeight - 1))}" font-size="${style.size}"${attrs}>${escapeXml(line)}</text>`;
  }
  return { markup, bottom: y };
}

function wrapped(text: string, width: number, size: number, weight: 'regular' | 'bold') {
  return fitText(text, { width, height: 10_000, weight, sizes: [size], lineHeight: 1.2 }).lines;
}

/**
 * The downloadable SVG: a standalone file (XML prolog, xmlns, white background) with the chart's
 * title, subtitle and source line drawn as visible text around the chart, so the picture says
 * what it is and where it comes from wherever it ends up. Text is wrapped by DejaVu Sans widths,
 * the font the PNG is rendered with.
 */
export function downloadSvg(e: EmbedChart): string {
  const { chart } = e;
  const width = chart.width + 2 * PAD;
  const inner = chart.width;
  const title = textLines(
    wrapped(chart.title, inner, TITLE.size, 'bold'),
    PAD,
    PAD - 4,
    TITLE,
    ' font-weight="bold"',
  );
  const subtitle = textLines(
    wrapped(chart.subtitle, inner, SUBTITLE.size, 'regular'),
    PAD,
    title.bottom,
    SUBTITLE,
    ' fill="#444"',
  );
  const chartTop = subtitle.bottom + 10;
  const source = textLines(
    wrapped(e.source, inner, SOURCE.size, 'regular'),
    PAD,
    chartTop + chart.height + 8,
    SOURCE,
    ' fill="#444"',
  );
  const link = textLines([absoluteUrl(e.pagePath)], PAD, source.bottom, LINK, ' fill="#444"');
  const height = Math.ceil(link.bottom + PAD);
  const nested = chart.svg.replace(/^<svg /, `<svg x="${PAD}" y="${num(chartTop)}" `);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" ` +
    `width="${Math.round(width * SCALE)}" height="${Math.round(height * SCALE)}" ` +
    `font-family="DejaVu Sans, system-ui, sans-serif" fill="#1a1a1a">` +
    `<title>${escapeXml(chart.title)}</title>` +
    `<desc>${escapeXml(`${chart.alt} ${e.source}`)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    title.markup +
    subtitle.markup +
    nested +
    source.markup +
    link.markup +
    `</svg>\n`
  );
}

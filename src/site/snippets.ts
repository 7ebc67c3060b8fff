/**
 * What a chart's page offers to paste elsewhere: the iframe code. The source line every use must
 * carry is provenance.sourceLine. (The script-free HTML fragment is put together in the browser
 * from the chart on the page, public/js/chart-share.js, so the page does not carry each chart a
 * third time.)
 */
import type { ChartSpec } from '../charts';
import { escapeXml } from '../lib/xml';
import type { ChartRef } from './chart-refs';
import { absoluteUrl, embedUrl } from './embed-urls';

/** Width in CSS pixels an embedded chart is drawn at, at most. */
export const EMBED_MAX_WIDTH = 480;
/** Title, subtitle, source line, table toggle and link around the chart in an embed. */
const EMBED_CHROME = 200;

/** The iframe's height: the chart at EMBED_MAX_WIDTH by its own aspect, plus the text around it. */
export function iframeHeight(chart: Pick<ChartSpec, 'width' | 'height'>): number {
  return Math.round((EMBED_MAX_WIDTH * chart.height) / chart.width) + EMBED_CHROME;
}

/** The iframe code: src is the chart's embed address on the public site, title names the chart. */
export function iframeSnippet(ref: ChartRef, chart: ChartSpec): string {
  return (
    `<iframe src="${escapeXml(absoluteUrl(embedUrl(ref)))}" title="${escapeXml(chart.title)}" ` +
    `width="100%" height="${iframeHeight(chart)}" loading="lazy" ` +
    `style="border:0;max-width:${EMBED_MAX_WIDTH + 40}px"></iframe>`
  );
}

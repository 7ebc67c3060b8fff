/**
 * The downloadable SVG of a chart: a standalone file (XML prolog, xmlns, white background) with
 * the chart's title, subtitle and source line drawn as visible text around it, so the picture
 * says what it is and where it comes from wherever it ends up. The page offers it as a data: URL
 * (no file per chart on the server) and draws the PNG from it in the browser (public/js/chart-share.js).
 */
import type { ChartSpec } from '../charts';
import { escapeXml, num } from '../charts/draw';
import { fitText } from '../cards/text-fit';

const PAD = 16;
const TITLE = { size: 17, lineHeight: 1.25 };
const SUBTITLE = { size: 14, lineHeight: 1.3 };
const SOURCE = { size: 13, lineHeight: 1.3 };
const LINK = { size: 11, lineHeight: 1.4 };

function textLines(
  lines: string[],
  top: number,
  style: { size: number; lineHeight: number },
  attrs: string,
): { markup: string; bottom: number } {
  let y = top;
  let markup = '';
  for (const line of lines) {
    y += style.size * style.lineHeight;
    markup += `<text x="${PAD}" y="${num(y - style.size * (style.lineHeight - 1))}" font-size="${style.size}"${attrs}>${escapeXml(line)}</text>`;
  }
  return { markup, bottom: y };
}

/** Lines of `text` that fit `width` in DejaVu Sans, the font the download names first. */
function wrapped(text: string, width: number, size: number, weight: 'regular' | 'bold') {
  return fitText(text, { width, height: 10_000, weight, sizes: [size], lineHeight: 1.2 }).lines;
}

/**
 * The chart as a file: `source` is the "Källa: …" line, `pageUrl` the absolute address of the
 * page the chart belongs to. Its size is the chart's own plus the text around it; the PNG is
 * drawn at twice that.
 */
export function downloadSvg(chart: ChartSpec, source: string, pageUrl: string): string {
  const width = chart.width + 2 * PAD;
  const inner = chart.width;
  const title = textLines(
    wrapped(chart.title, inner, TITLE.size, 'bold'),
    PAD - 4,
    TITLE,
    ' font-weight="bold"',
  );
  const subtitle = textLines(
    wrapped(chart.subtitle, inner, SUBTITLE.size, 'regular'),
    title.bottom,
    SUBTITLE,
    ' fill="#444"',
  );
  const chartTop = subtitle.bottom + 10;
  const sourceLines = textLines(
    wrapped(source, inner, SOURCE.size, 'regular'),
    chartTop + chart.height + 8,
    SOURCE,
    ' fill="#444"',
  );
  const link = textLines([pageUrl], sourceLines.bottom, LINK, ' fill="#444"');
  const height = Math.ceil(link.bottom + PAD);
  const nested = chart.svg.replace(/^<svg /, `<svg x="${PAD}" y="${num(chartTop)}" `);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" ` +
    `font-family="DejaVu Sans, system-ui, sans-serif" fill="#1a1a1a">` +
    // The chart inside carries the description (its own <title> and <desc>).
    `<title>${escapeXml(chart.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    title.markup +
    subtitle.markup +
    nested +
    sourceLines.markup +
    link.markup +
    `</svg>\n`
  );
}

/**
 * Characters a URL may not hold as they are (the URL standard, as the W3C checker reads an href):
 * `%` and `#`, `<` and `>`, white space (a no-break space too, as UTF-8), the double quote and `{ } | \\ ^ \``. Everything else,
 * letters outside ASCII included, may stand in a data: URL unencoded.
 */
const NOT_IN_URL = /[%#<>\s"{}|\\^`]/g;

/**
 * The SVG as a data: URL for an href in double quotes, valid for the W3C checker and as short as
 * it can be: the SVG's own double quotes become single quotes (escapeXml leaves no quote of
 * either kind in text or values, so the only quotes are the attribute delimiters), the
 * characters a URL may not hold are percent-encoded, and `&` is written as `&amp;` for HTML.
 * Percent-encoding keeps the markup readable to gzip (base64 would not): 1.8 KB more per
 * compressed year page.
 */
export function svgDataUrl(svg: string): string {
  const body = svg
    .replace(/"/g, "'")
    .replace(NOT_IN_URL, encodeURIComponent)
    .replace(/&/g, '&amp;');
  return `data:image/svg+xml;charset=utf-8,${body}`;
}

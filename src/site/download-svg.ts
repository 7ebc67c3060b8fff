/**
 * The downloadable SVG of a chart: a standalone file (XML prolog, xmlns, white background) with
 * the chart's title, subtitle and source line drawn as visible text around it, so the picture
 * says what it is and where it comes from wherever it ends up. The page offers it as a data: URL
 * (no file per chart on the server) and draws the PNG from it in the browser (public/js/chart-share.js).
 */
import type { ChartSpec } from '../charts';
import { num } from '../charts/draw';
import { escapeXml } from '../lib/xml';
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
 * What each ASCII character becomes in the data: URL, or null where it stands as it is: the
 * characters a URL may not hold (the URL standard, as the W3C checker reads an href) are
 * percent-encoded: `%` and `#`, `<` and `>`, white space, `{ } | \\ ^ \``; the double quote
 * becomes a single quote and `&` is written `&amp;` for the HTML attribute.
 */
const ASCII: ReadonlyArray<string | null> = (() => {
  const table: Array<string | null> = new Array<string | null>(128).fill(null);
  for (const c of '%#<> \t\n\r\f\v{}|\\^`') table[c.charCodeAt(0)] = encodeURIComponent(c);
  table[34] = "'";
  table[38] = '&amp;';
  return table;
})();

/** White space outside ASCII (what `\s` matches there), percent-encoded as UTF-8. */
const WIDE_SPACE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * The SVG as a data: URL for an href in double quotes, valid for the W3C checker and as short as
 * it can be: the SVG's own double quotes become single quotes (escapeXml leaves no quote of
 * either kind in text or values, so the only quotes are the attribute delimiters), the
 * characters a URL may not hold are percent-encoded, and `&` is written as `&amp;` for HTML.
 * Percent-encoding keeps the markup readable to gzip (base64 would not): 1.8 KB more per
 * compressed year page. One pass over the characters: every chart on every page has one, and a
 * regular expression with a replacement function took three times as long.
 */
export function svgDataUrl(svg: string): string {
  let out = 'data:image/svg+xml;charset=utf-8,';
  let from = 0;
  for (let i = 0; i < svg.length; i++) {
    const code = svg.charCodeAt(i);
    let replacement: string | null;
    if (code < 128) replacement = ASCII[code] ?? null;
    else replacement = WIDE_SPACE.test(svg[i]!) ? encodeURIComponent(svg[i]!) : null;
    if (replacement === null) continue;
    out += svg.slice(from, i) + replacement;
    from = i + 1;
  }
  return out + svg.slice(from);
}

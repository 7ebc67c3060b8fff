/**
 * What every chart returns, and the frame every chart's SVG shares.
 *
 * A chart is only usable when it says what it shows in words too: `title` states the finding,
 * `alt` says the same as running text, and `table` carries the numbers for readers who cannot
 * or will not read the picture (issue 4). The SVG is a self-contained string: no scripts, no
 * external references, presentation attributes only (no <style>, whose rules would leak into the
 * host page when the SVG is inlined, and which PNG renderers support unevenly).
 */
import { escapeXml } from '../lib/xml';

export interface ChartTable {
  caption: string;
  columns: string[];
  /** One row per data point; every cell already formatted for sv-SE readers. */
  rows: string[][];
}

/**
 * What a chart shows, as data: the unit (its code), which of its charts, and the year it is
 * pinned to (a year's chart, or a trend with that year marked); no year for a chart over the
 * unit's years as they stand on the page. Set by the site (src/site/chart-data.ts) for the charts
 * that can be embedded; the site's embeds and file names read it (src/site/chart-refs.ts).
 */
export interface ChartIdentity {
  unit: string;
  key: string;
  year?: number;
}

export interface ChartSpec {
  id: string;
  identity?: ChartIdentity;
  /** States the finding, in Swedish. */
  title: string;
  /** The measure and the year(s). */
  subtitle: string;
  /** A text alternative that says what the picture says. */
  alt: string;
  table: ChartTable;
  svg: string;
  /** viewBox size in user units; the page scales the SVG to its column width. */
  width: number;
  height: number;
}

/** Text sizes in user units. Charts are 400 wide and must read at 360 px: 14 × 0.9 ≥ 12 px. */
export const FONT = { small: 14, normal: 15, large: 16 } as const;

export interface SvgFrame {
  /** Already sanitized with `chartId`. */
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  /** Inner markup, already escaped. */
  body: string;
  /**
   * "img" by default. A chart with links inside (the map) is a "group": an image's content is
   * hidden from assistive technology, and its links with it.
   */
  role?: 'img' | 'group';
}

/** Wraps chart markup in an accessible, self-contained <svg> with <title> and <desc>. */
export function svgDocument(frame: SvgFrame): string {
  const { id, width, height } = frame;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" role="${frame.role ?? 'img'}" aria-labelledby="${id}-title ${id}-desc" ` +
    `font-family="system-ui, sans-serif" font-size="${FONT.normal}" fill="#1a1a1a">` +
    `<title id="${id}-title">${escapeXml(frame.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(frame.desc)}</desc>` +
    frame.body +
    `</svg>`
  );
}

/**
 * Makes an id prefix safe as an XML id and as a CSS/URL fragment: letters, digits, '-' and '_'
 * only, starting with a letter. Deterministic, so the same input always gives the same ids.
 */
export function chartId(prefix: string): string {
  const cleaned = prefix.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

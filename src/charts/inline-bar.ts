/**
 * Chart 7: a tiny bar for table cells. Decorative by design: the number sits in the cell next to
 * it, so the bar is hidden from assistive technology and carries no text of its own.
 */
import { el } from './draw';

export interface InlineBarOptions {
  /** Width and height in CSS pixels; the bar scales with the text if the page sets em sizes. */
  width?: number;
  height?: number;
  colour?: string;
}

/**
 * An aria-hidden SVG bar of `value` out of `max` (both ≥ 0; values outside 0–max are clamped,
 * a non-finite value or max ≤ 0 draws an empty track).
 */
export function inlineBar(value: number, max: number, options: InlineBarOptions = {}): string {
  const width = options.width ?? 80;
  const height = options.height ?? 10;
  const share = Number.isFinite(value) && max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" ` +
    `height="${height}" aria-hidden="true" focusable="false">` +
    el('rect', { width, height, fill: '#e6e6e6' }) +
    el('rect', { width: width * share, height, fill: options.colour ?? '#0072B2' }) +
    '</svg>'
  );
}

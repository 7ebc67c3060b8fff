/**
 * The smallest SVG-writing primitives: escaping and coordinates. Every string that reaches an
 * SVG goes through `escapeXml`, since labels come from data files supplied by other people.
 */

const NEEDS_ESCAPE = /[&<>"']/;

/** Escapes text for XML content and double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  // Most labels and attribute values have nothing to escape; they are returned as they are.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * A coordinate rounded to one decimal, as short text ("12.3", "−0" becomes "0"). Rounding keeps
 * the output deterministic across platforms and the files small.
 */
export function num(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

type AttrValue = string | number | undefined;

/**
 * One SVG element as text. Numbers are rounded with `num`, strings escaped, undefined attributes
 * left out; `content` is inserted as is (escape text with `escapeXml` first).
 */
export function el(name: string, attrs: Record<string, AttrValue>, content?: string): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return content === undefined ? `${out}/>` : `${out}>${content}</${name}>`;
}

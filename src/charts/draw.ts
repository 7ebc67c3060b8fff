/**
 * The smallest SVG-writing primitives: escaping and coordinates. Every string that reaches an
 * SVG goes through `escapeXml` (src/lib/xml.ts), since labels come from data files supplied by
 * other people.
 */
import { escapeXml } from '../lib/xml';

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

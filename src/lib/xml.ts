/**
 * The one XML (and HTML) text escaper: feeds, sitemap, charts, share cards, downloads and table
 * snippets. Every string that comes from data (names, headlines, URLs) goes through `escapeXml`,
 * so no input can break the markup, inject elements, or make a downloaded SVG invalid XML.
 */

/** Anything that needs escaping or dropping; most labels have none and are returned as they are. */
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * Escapes `& < > " '` and drops characters XML 1.0 forbids (C0 controls except tab, newline and
 * carriage return; U+FFFE/U+FFFF; unpaired surrogates): such a character cannot be written in
 * any form, and one stray control character from a spreadsheet would make the whole feed invalid.
 */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isXmlChar(cp)) continue;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else out += ch;
  }
  return out;
}

/** XML 1.0 `Char` production. */
export function isXmlChar(cp: number): boolean {
  if (cp === 0x9 || cp === 0xa || cp === 0xd) return true;
  if (cp < 0x20) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return cp !== 0xfffe && cp !== 0xffff;
}

/**
 * XML text escaping shared by the feeds, the sitemap and the share-card SVGs. Every string that
 * comes from data (names, headlines, URLs) goes through `escapeXml`, so no input can break the
 * markup or inject elements.
 */

/**
 * Escapes `& < > " '` and drops characters XML 1.0 forbids (C0 controls except tab, newline and
 * carriage return; U+FFFE/U+FFFF; unpaired surrogates): such a character cannot be written in
 * any form, and one stray control character from a spreadsheet would make the whole feed invalid.
 */
export function escapeXml(text: string): string {
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

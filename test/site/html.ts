/**
 * A small HTML tokenizer for the site checks: enough to read what Astro writes (start tags with
 * their attributes, the raw text of <script> and <style>, where text lies) without a dependency.
 * Attribute values are entity-decoded; raw text is kept byte for byte, as a browser hashes it.
 */

export interface Tag {
  /** Lower-case element name. */
  readonly name: string;
  /** Lower-case attribute names to decoded values ('' for a bare attribute). */
  readonly attrs: ReadonlyMap<string, string>;
  /** Offset of the '<' in the source. */
  readonly offset: number;
  /** For <script>, <style>, <textarea>, <title>: the exact text up to the closing tag. */
  readonly text?: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references a static site generator writes. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

/** Every start tag of a document, in order. Comments, doctype and end tags are skipped. */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  let lower: string | undefined; // the document in lower case, made once, for closing tags
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const nameMatch = /^[a-zA-Z][^\s/>]*/.exec(html.slice(lt + 1, lt + 64));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const attrs = new Map<string, string>();
    let j = lt + 1 + nameMatch[0].length;
    for (;;) {
      while (j < html.length && /[\s/]/.test(html[j]!)) j++;
      if (j >= html.length || html[j] === '>') break;
      ATTR.lastIndex = j;
      const m = ATTR.exec(html);
      if (!m) {
        j++;
        continue;
      }
      const key = m[1]!.toLowerCase();
      const raw = m[2] ?? m[3] ?? m[4] ?? '';
      // A data: URL (a chart's SVG download, kilobytes long) is kept as written: the checks only
      // look at its scheme, and decoding it was most of the time spent on a page.
      if (!attrs.has(key)) attrs.set(key, raw.startsWith('data:') ? raw : decodeEntities(raw));
      j = ATTR.lastIndex;
    }
    const close = j + 1;
    if (RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const endTag = lower.indexOf(`</${name}`, close);
      const stop = endTag < 0 ? html.length : endTag;
      out.push({ name, attrs, offset: lt, text: html.slice(close, stop) });
      i = stop;
    } else {
      out.push({ name, attrs, offset: lt });
      i = close;
    }
  }
  return out;
}

/** True when the file is a whole document (doctype or <html>), not a fragment to paste. */
export function isDocument(html: string): boolean {
  return /^\s*(?:\ufeff)?\s*(?:<!doctype html|<html[\s>])/i.test(html.slice(0, 512));
}

/** The text of a document outside tags, script and style: what a reader sees (roughly). */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
}

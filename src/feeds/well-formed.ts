/**
 * A small XML well-formedness checker, because Node has no DOMParser and the project has no XML
 * library. It scans character by character (no regular expressions, so no pattern can be fooled
 * by nesting) and checks what a feed reader would choke on: one root element, tags that nest and
 * match, quoted and unique attributes, valid entity and character references, no stray `<` or
 * `&`, no characters XML 1.0 forbids, comments without `--`. It does not read DTDs (a DOCTYPE is
 * reported) or validate against a schema. Used by tests, and by the build to refuse bad output.
 */
import { isXmlChar } from './xml';

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Problems found in `xml`, in Swedish with a character offset; empty when well-formed. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = xml.startsWith('\uFEFF') ? 1 : 0;
  const fail = (message: string, offset = i) => problems.push(`${message} (tecken ${offset})`);
  const at = (s: string) => xml.startsWith(s, i);

  for (const ch of xml) {
    if (!isXmlChar(ch.codePointAt(0) ?? 0)) {
      problems.push(`otillåtet tecken U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`);
    }
  }
  if (at('<?xml')) i = skipPast(xml, i, '?>', fail, 'XML-deklarationen');

  while (i < xml.length && problems.length < 20) {
    if (at('<!--')) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) return [...problems, `kommentaren avslutas inte (tecken ${i})`];
      if (xml.slice(i + 4, end).includes('--')) fail('"--" inuti en kommentar');
      i = end + 3;
    } else if (at('<![CDATA[')) {
      if (stack.length === 0) fail('CDATA utanför rotelementet');
      i = skipPast(xml, i, ']]>', fail, 'CDATA-avsnittet');
    } else if (at('<?')) {
      i = skipPast(xml, i, '?>', fail, 'processinstruktionen');
    } else if (at('<!')) {
      fail('DOCTYPE och andra deklarationer stöds inte');
      i = skipPast(xml, i, '>', fail, 'deklarationen');
    } else if (at('</')) {
      const start = i;
      i += 2;
      const name = readName(xml, i);
      i += name.length;
      while (isSpace(xml[i])) i++;
      if (xml[i] !== '>') fail(`sluttaggen </${name}> är inte avslutad`, start);
      i++;
      const open = stack.pop();
      if (open !== name) fail(`</${name}> stänger ${open ? `<${open}>` : 'inget element'}`, start);
    } else if (xml[i] === '<') {
      i++;
      const name = readName(xml, i);
      if (!name) {
        fail('"<" som inte inleder en tagg', i - 1);
        continue;
      }
      if (stack.length === 0 && roots++ > 0) fail(`andra rotelementet <${name}>`);
      i += name.length;
      const seen = new Set<string>();
      for (;;) {
        const spaced = isSpace(xml[i]);
        while (isSpace(xml[i])) i++;
        if (at('/>') || xml[i] === '>') break;
        const attr = readName(xml, i);
        if (!attr || !spaced) {
          fail(`oväntat tecken i taggen <${name}>`);
          break;
        }
        if (seen.has(attr)) fail(`attributet ${attr} upprepas i <${name}>`);
        seen.add(attr);
        i += attr.length;
        while (isSpace(xml[i])) i++;
        const quote = xml[i + 1 + countSpaces(xml, i + 1)];
        if (xml[i] !== '=' || (quote !== '"' && quote !== "'")) {
          fail(`attributet ${attr} saknar värde inom citattecken`);
          break;
        }
        i += 2 + countSpaces(xml, i + 1);
        const end = xml.indexOf(quote, i);
        if (end < 0) return [...problems, `attributet ${attr} avslutas inte (tecken ${i})`];
        const value = xml.slice(i, end);
        if (value.includes('<')) fail(`"<" i attributet ${attr}`);
        checkReferences(value, i, problems);
        i = end + 1;
      }
      if (at('/>')) i += 2;
      else if (xml[i] === '>') {
        i++;
        stack.push(name);
      } else break;
    } else {
      const end = xml.indexOf('<', i);
      const text = xml.slice(i, end < 0 ? xml.length : end);
      if (stack.length === 0 && text.trim() !== '') fail('text utanför rotelementet');
      if (text.includes(']]>')) fail('"]]>" i text');
      checkReferences(text, i, problems);
      i += text.length;
    }
  }
  if (stack.length > 0) problems.push(`<${stack.join('>, <')}> stängs aldrig`);
  if (roots === 0) problems.push('inget rotelement');
  return problems;
}

/** Checks every `&` in text or an attribute value starts a valid reference ending in `;`. */
function checkReferences(text: string, offset: number, problems: string[]): void {
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', amp + 1)) {
    const semi = text.indexOf(';', amp);
    const ref = semi < 0 ? '' : text.slice(amp + 1, semi);
    if (!isValidReference(ref))
      problems.push(`ogiltig referens "&${ref}" (tecken ${offset + amp})`);
  }
}

function isValidReference(ref: string): boolean {
  if (PREDEFINED.has(ref)) return true;
  const hex = ref.startsWith('#x');
  const digits = ref.slice(hex ? 2 : 1);
  if (!ref.startsWith('#') || digits === '') return false;
  const allowed = hex ? '0123456789abcdefABCDEF' : '0123456789';
  if (![...digits].every((d) => allowed.includes(d))) return false;
  return isXmlChar(Number.parseInt(digits, hex ? 16 : 10));
}

/** An XML name at `i` (ASCII letters, digits, `_:-.` and any non-ASCII character), or "". */
function readName(xml: string, i: number): string {
  let end = i;
  while (end < xml.length) {
    const c = xml[end] ?? '';
    const start = end === i;
    const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === ':';
    const more = (c >= '0' && c <= '9') || c === '-' || c === '.';
    if (!(letter || c > '\u00bf' || (!start && more))) break;
    end++;
  }
  return xml.slice(i, end);
}

function skipPast(
  xml: string,
  i: number,
  close: string,
  fail: (m: string) => void,
  what: string,
): number {
  const end = xml.indexOf(close, i);
  if (end >= 0) return end + close.length;
  fail(`${what} avslutas inte`);
  return xml.length;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function countSpaces(xml: string, i: number): number {
  let n = 0;
  while (isSpace(xml[i + n])) n++;
  return n;
}

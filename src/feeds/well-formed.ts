/**
 * XML well-formedness, checked by saxes (a conforming XML 1.0 parser, without namespaces): one
 * root element, tags that nest and match, quoted and unique attributes, valid entity and character
 * references, no stray `<` or `&`, no characters XML 1.0 forbids, comments without `--`. A
 * DOCTYPE is reported too: the feeds, the sitemap and the SVGs have none, and a feed reader need
 * not read one. Used by the tests of the feeds, the sitemap and the share cards.
 */
import { SaxesParser } from 'saxes';

/** Problems found in `xml`, each "line:column: what" (saxes' words); empty when well-formed. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser({ position: true });
  parser.on('error', (error) => problems.push(error.message));
  parser.on('doctype', () => problems.push(`${parser.line}:${parser.column}: DOCTYPE stöds inte`));
  parser.write(xml.startsWith('\uFEFF') ? xml.slice(1) : xml).close();
  return problems;
}

/**
 * The order a release page renders in, with the editorial additions merged where a press release
 * has them: headline, lede, the quotes, the generated body, the editorial's own paragraphs, the
 * contact, and last the method section.
 */
import type { Contact, Editorial, Quote } from './editorial';
import type { Block, Release } from './types';

export type ArrangedBlock =
  | { kind: 'headline'; text: string }
  | { kind: 'lede'; text: string }
  | { kind: 'quote'; quote: Quote }
  | Block
  /** Where the page renders the MDX body of the editorial file. */
  | { kind: 'editorial-body' }
  | { kind: 'contact'; contact: Contact }
  | { kind: 'method'; blocks: Block[] };

/** The blocks of a release page in order; without editorial, only the generated text. */
export function arrangeRelease(release: Release, editorial?: Editorial): ArrangedBlock[] {
  const quotes: ArrangedBlock[] = (editorial?.quotes ?? []).map((quote) => ({
    kind: 'quote',
    quote,
  }));
  return [
    { kind: 'headline', text: release.headline },
    { kind: 'lede', text: release.lede },
    ...quotes,
    ...release.body,
    ...(editorial ? [{ kind: 'editorial-body' } as const] : []),
    ...(editorial?.contact ? [{ kind: 'contact', contact: editorial.contact } as const] : []),
    { kind: 'method', blocks: release.method },
  ];
}

/** A quote as a press release writes it: "– Vi är glada, säger Namn, titel." */
export function quoteText(q: Quote): string {
  const words = q.quote.trim();
  const end = words.slice(-1);
  // "Vi är glada." becomes "Vi är glada, säger …"; a question or exclamation keeps its mark.
  const said =
    end === '?' || end === '!' ? `${words} säger` : `${words.replace(/[.,]$/, '')}, säger`;
  return `– ${said} ${q.name}, ${q.title}.`;
}

/** The contact block as lines: "Kontakt", name and title, phone, e-mail. */
export function contactLines(c: Contact): string[] {
  return [
    'Kontakt',
    `${c.name}, ${c.title}`,
    ...(c.phone ? [`Telefon: ${c.phone}`] : []),
    ...(c.email ? [`E-post: ${c.email}`] : []),
  ];
}

/**
 * The shape of generated text: plain strings in blocks, never HTML, so pages escape as usual and
 * the plain-text version needs no parsing. Every sentence keeps its claims (src/claims/types.ts).
 */
import type { Sentence } from '../claims/types';

/** One block of generated text. */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'heading'; text: string };

/** A generated release: the headline is the page's h1, the lede its first paragraph. */
export interface Release {
  headline: string;
  lede: string;
  body: Block[];
  /** "Så togs texten fram": the data and the rules behind the wording, starting with a heading. */
  method: Block[];
  /** Every sentence of headline, lede and body with its claims, in reading order. */
  sentences: Sentence[];
  /** The source line that ends the copied text: "Källa: SKR, Insikt 2021." */
  source: string;
  /** A unit's release only: the short headline and the notis (src/text/press-kit.ts). */
  press?: PressKit;
}

/** The press kit of a release, made of the release's own claims. */
export interface PressKit {
  /** At most 40 characters, with the unit's short name: "Kalix näst bäst i landet". */
  headline: Sentence;
  /** 2–4 sentences: the headline fact, the index and a baseline; `source` follows them. */
  notis: Sentence[];
}

/** A paragraph of sentences. */
export function paragraph(sentences: readonly (Sentence | string)[]): Block {
  return {
    kind: 'paragraph',
    text: sentences.map((s) => (typeof s === 'string' ? s : s.text)).join(' '),
  };
}

export function heading(text: string): Block {
  return { kind: 'heading', text };
}

/** A release of a whole year (year and county pages); `source` from lib/provenance.ts. */
export function yearlyRelease(
  source: string,
  head: Sentence,
  lede: Sentence,
  body: Block[],
  bodySentences: Sentence[],
  method: Block[],
): Release {
  return {
    headline: head.text,
    lede: lede.text,
    body,
    method,
    sentences: [head, lede, ...bodySentences],
    source,
  };
}

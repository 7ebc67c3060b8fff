/**
 * The shape of generated text: plain strings in blocks, never HTML, so pages escape as usual and
 * the plain-text version needs no parsing.
 */

/** One block of generated text. */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'heading'; text: string };

/** A generated release: the headline is the page's h1, the lede its first paragraph. */
export interface Release {
  headline: string;
  lede: string;
  body: Block[];
  /** "Så togs texten fram": the data and the rules behind the wording, starting with a heading. */
  method: Block[];
}

/** Shorthand for building blocks. */
export function paragraph(sentences: readonly string[]): Block {
  return { kind: 'paragraph', text: sentences.join(' ') };
}

export function heading(text: string): Block {
  return { kind: 'heading', text };
}

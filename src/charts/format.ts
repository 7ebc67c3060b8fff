/**
 * Numbers as Swedish readers see them in chart labels and tables: published indexes are
 * integers (domain §1), formatted with 'sv-SE' so negatives get U+2212 and thousands a space.
 */
import { roundIndex } from '../text/format';

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const signed = new Intl.NumberFormat('sv-SE', {
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});

/** An index as published: the rounded integer ("78,4" → "78"); `undefined` → "saknas". */
export function formatIndex(value: number | undefined): string {
  return value === undefined ? 'saknas' : formatInteger(publishedIndex(value));
}

/** The published integer of an unrounded index; grades and labels use this (domain §3). */
export function publishedIndex(value: number): number {
  return roundIndex(value);
}

/** A whole number for counts, places and differences ("−3", "+2", "1 234"). */
export function formatInteger(value: number, withSign = false): string {
  const cache = withSign ? signedText : integerText;
  let text = cache.get(value);
  if (text === undefined) {
    text = (withSign ? signed : integer).format(value);
    cache.set(value, text);
  }
  return text;
}

// Charts format the same few hundred numbers hundreds of thousands of times per build, and
// Intl's format is slow; each distinct number is formatted once.
const integerText = new Map<number, string>();
const signedText = new Map<number, string>();

/**
 * Measures and wraps text for the share cards by DejaVu Sans advance widths, so a headline is
 * laid out exactly as resvg draws it: no browser, no guessing from a character count.
 */
import { DEJAVU_SANS } from './dejavu-widths';

export type Weight = 'regular' | 'bold';

const widthIndex = new Map([...DEJAVU_SANS.chars].map((c, i) => [c, i] as const));
/** A character outside the table (rare: emoji, CJK) counts as wide as "M", to stay on the safe side. */
const fallbackIndex = widthIndex.get('M') ?? 0;

/** Width in pixels of `text` set in DejaVu Sans at `size` px (sum of advances; kerning ignored). */
export function textWidth(text: string, size: number, weight: Weight): number {
  const table = DEJAVU_SANS[weight];
  let units = 0;
  for (const c of text) units += table[widthIndex.get(c) ?? fallbackIndex] ?? 0;
  return (units * size) / DEJAVU_SANS.unitsPerEm;
}

export interface FitBox {
  width: number;
  height: number;
  weight: Weight;
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
}

export interface FittedText {
  size: number;
  lines: string[];
  /** False only when even the smallest size needed shortening with "…". */
  complete: boolean;
}

/**
 * The largest size at which `text` wraps (at spaces) into lines that fit the box. When nothing
 * fits, the smallest size is used and the last line ends in "…": a card never overflows, and a
 * realistic headline (under about 150 characters) is always shown in full.
 */
export function fitText(text: string, box: FitBox): FittedText {
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (const size of box.sizes) {
    const maxLines = Math.max(1, Math.floor(box.height / (size * box.lineHeight)));
    const lines = wrap(words, box.width, size, box.weight);
    if (
      lines.length <= maxLines &&
      lines.every((l) => textWidth(l, size, box.weight) <= box.width)
    ) {
      return { size, lines, complete: true };
    }
  }
  const size = box.sizes[box.sizes.length - 1] ?? 40;
  const maxLines = Math.max(1, Math.floor(box.height / (size * box.lineHeight)));
  const broken = words.flatMap((w) => breakWord(w, box.width, size, box.weight));
  const lines = wrap(broken, box.width, size, box.weight).slice(0, maxLines);
  const last = lines.length - 1;
  lines[last] = shorten(`${lines[last] ?? ''}…`, box.width, size, box.weight);
  return { size, lines, complete: false };
}

/** Greedy wrapping: each line takes as many words as fit; a too-long word gets its own line. */
function wrap(words: string[], width: number, size: number, weight: Weight): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Splits a word wider than the line into pieces that fit (only in the last-resort layout). */
function breakWord(word: string, width: number, size: number, weight: Weight): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const c of word) {
    if (piece && textWidth(piece + c, size, weight) > width) {
      pieces.push(piece);
      piece = c;
    } else piece += c;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Drops characters before the final "…" until the line fits. */
function shorten(line: string, width: number, size: number, weight: Weight): string {
  let body = [...line.slice(0, -1)];
  while (body.length > 0 && textWidth(`${body.join('').trimEnd()}…`, size, weight) > width) {
    body = body.slice(0, -1);
  }
  return `${body.join('').trimEnd()}…`;
}

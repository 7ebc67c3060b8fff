/**
 * The press kit of a release page (issue 22): the short headline and the notis to copy, the share
 * card to download with its alt text, and the release as a Word file.
 */
import type { Derived, UnitYear } from '../lib/model';
import type { Release } from '../text/types';
import { pressReleaseDocxUrl, shareCardUrl, squareCardUrl } from './urls';
import { hasSquareCard, shareCardAltFor } from './images';
import { wordFileYears } from '../claims/word-file';

export interface PressView {
  /** At most 40 characters. */
  shortHeadline: string;
  /** The notis's sentences and the source line, as one paragraph to paste. */
  notis: string;
  card: { href: string; fileName: string; alt: string };
  /** The 1080×1080 card, for the unit's newest year only. */
  square?: { href: string; fileName: string };
  /** The release as a Word file, for the newest data years (claims/word-file.ts). */
  docx?: { href: string; fileName: string };
}

export function pressView(
  derived: Derived,
  uy: UnitYear,
  release: Release,
  years: readonly { year: number }[] = [],
): PressView | undefined {
  const press = release.press;
  if (!press) return undefined;
  const base = `${uy.unit.slug}-${uy.year}`;
  return {
    shortHeadline: press.headline.text,
    notis: [...press.notis.map((s) => s.text), release.source].join(' '),
    card: {
      href: shareCardUrl(uy.unit, uy.year),
      fileName: `${base}-delningsbild.png`,
      alt: shareCardAltFor(derived, uy),
    },
    square: hasSquareCard(years, uy.year)
      ? { href: squareCardUrl(uy.unit, uy.year), fileName: `${base}-delningsbild-kvadrat.png` }
      : undefined,
    docx: wordFileYears(derived).has(uy.year)
      ? { href: pressReleaseDocxUrl(uy.unit, uy.year), fileName: `${base}-pressmeddelande.docx` }
      : undefined,
  };
}

/**
 * The share cards, as plain data: for each release the PNG path og:image points at and the SVG
 * it is drawn from. scripts/render-images.ts draws them to PNG after `astro build`; charts have
 * no image files (their SVG and PNG downloads are made on the page, src/site/chart-share.ts).
 */
import type { Derived, UnitYear } from '../lib/model';
import { sourceLine } from '../lib/provenance';
import { composeRelease } from '../text/release';
import {
  shareCardAlt,
  shareCardSvg,
  squareCardSvg,
  type ShareCardInput,
} from '../cards/share-card';
import { shareCardUrl, squareCardUrl } from './urls';

export interface SiteImage {
  /** Site-relative path of the PNG, e.g. "/og/kommun/kalix/2021.png". */
  png: string;
  /** The SVG the PNG is drawn from. */
  svg: string;
}

/** What the share card of one release shows: headline, index, grade and place. */
export function shareCardInput(derived: Derived, uy: UnitYear): ShareCardInput {
  const release = composeRelease(derived, uy.unit.code, uy.year);
  return {
    headline: release.headline,
    unitName: uy.unit.displayName,
    index: uy.nki.kind === 'measured' ? uy.nki.value : undefined,
    grade: uy.grade,
    place: uy.national.kind === 'ranked' ? uy.national.rank : undefined,
    placeLabel: uy.unit.kind === 'forbund' ? 'Förbund rankas inte' : undefined,
    year: uy.year,
    source: sourceLine(derived.dataset, uy.year),
    isExample: derived.dataset.isExample,
  };
}

/** The share card of one release at 1200×630. */
export function shareCardFor(derived: Derived, uy: UnitYear): string {
  return shareCardSvg(shareCardInput(derived, uy));
}

/** The share card's alt text, for the press kit and og:image:alt. */
export function shareCardAltFor(derived: Derived, uy: UnitYear): string {
  return shareCardAlt(shareCardInput(derived, uy));
}

/** Whether `year` gets a square card: the unit's newest year only. */
export function hasSquareCard(years: readonly { year: number }[], year: number): boolean {
  return years.at(-1)?.year === year;
}

/** A share card for every unit-year with a release page, drawn one at a time as asked for. */
export function* shareCardImages(derived: Derived): Generator<SiteImage> {
  for (const record of derived.records) {
    for (const uy of record.years) {
      yield { png: shareCardUrl(uy.unit, uy.year), svg: shareCardFor(derived, uy) };
    }
    const newest = record.years.at(-1);
    if (newest && hasSquareCard(record.years, newest.year)) {
      yield {
        png: squareCardUrl(newest.unit, newest.year),
        svg: squareCardSvg(shareCardInput(derived, newest)),
      };
    }
  }
}

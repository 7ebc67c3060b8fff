/**
 * The images written beside the pages, as plain data: each release's share card (the PNG that
 * og:image points at) and each chart's download (an SVG file and the PNG drawn from it).
 * scripts/render-images.ts writes them after `astro build` rather than as Astro routes: ten
 * thousand files that are not pages would each pay Astro's cost per route
 * (docs/decisions/build-speed.md).
 */
import type { Derived, UnitYear } from '../lib/model';
import { composeRelease } from '../text/release';
import { shareCardSvg } from '../cards/share-card';
import { downloadSvg, embedCharts } from './embed-view';
import { chartPngUrl, chartSvgUrl } from './embed-urls';
import { shareCardPath } from './downloads';

export interface SiteImage {
  /** Site-relative path of the PNG, e.g. "/og/kommun/kalix/2021.png". */
  png: string;
  /** The SVG the PNG is drawn from. */
  svg: string;
  /** Where the SVG is published too (chart downloads are; share cards are not). */
  svgPath?: string;
}

/** The share card of one release: headline, index, grade and place, at 1200×630. */
export function shareCardFor(derived: Derived, uy: UnitYear): string {
  const release = composeRelease(derived, uy.unit.code, uy.year);
  return shareCardSvg({
    headline: release.headline,
    unitName: uy.unit.displayName,
    index: uy.nki.kind === 'measured' ? uy.nki.value : undefined,
    grade: uy.grade,
    place: uy.national.kind === 'ranked' ? uy.national.rank : undefined,
    placeLabel: uy.unit.kind === 'forbund' ? 'Förbund rankas inte' : undefined,
    year: uy.year,
    isExample: derived.dataset.isExample,
  });
}

/** A share card for every unit-year with a release page, drawn one at a time as asked for. */
export function* shareCardImages(derived: Derived): Generator<SiteImage> {
  for (const record of derived.records) {
    for (const uy of record.years) {
      yield {
        png: shareCardPath(uy.unit, uy.year),
        svg: shareCardFor(derived, uy),
      };
    }
  }
}

/** The download of every embeddable chart: the SVG file and its PNG, side by side. */
export function* chartImages(derived: Derived): Generator<SiteImage> {
  for (const e of embedCharts(derived)) {
    yield { png: chartPngUrl(e.ref), svg: downloadSvg(e), svgPath: chartSvgUrl(e.ref) };
  }
}

import type { APIRoute } from 'astro';
import { getDerived } from '../../../../site/data';
import { composeRelease } from '../../../../text/release';
import { shareCardSvg } from '../../../../cards/share-card';
import type { UnitYear } from '../../../../lib/model';

/**
 * The share card of each release as SVG; `npm run build` renders a 1200×630 PNG next to each
 * (scripts/render-images.ts, parallel and cached), which og:image points at.
 */
export function getStaticPaths() {
  return getDerived().records.flatMap((r) =>
    r.years.map((uy) => ({
      params: { kind: r.unit.kind, slug: r.unit.slug, year: String(uy.year) },
      props: { uy },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { uy } = props as { uy: UnitYear };
  const derived = getDerived();
  const release = composeRelease(derived, uy.unit.code, uy.year);
  const svg = shareCardSvg({
    headline: release.headline,
    unitName: uy.unit.displayName,
    index: uy.nki.kind === 'measured' ? uy.nki.value : undefined,
    grade: uy.grade,
    place: uy.national.kind === 'ranked' ? uy.national.rank : undefined,
    placeLabel: uy.unit.kind === 'forbund' ? 'Förbund rankas inte' : undefined,
    year: uy.year,
    isExample: derived.dataset.isExample,
  });
  return new Response(svg);
};

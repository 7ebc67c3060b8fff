/**
 * /bilder/kommun/<slug>/<key>.svg: a chart over a unit's years as a standalone SVG file with its
 * title and source line. The PNG beside it is rendered after the build (scripts/render-images.ts).
 */
import type { APIRoute } from 'astro';
import { getDerived } from '../../../../site/data';
import {
  downloadSvg,
  embedCharts,
  embedParams,
  type EmbedChart,
} from '../../../../site/embed-view';

export function getStaticPaths() {
  return embedCharts(getDerived())
    .filter((e) => e.ref.year === undefined)
    .map((embed) => ({ params: embedParams(embed.ref), props: { embed } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(downloadSvg((props as { embed: EmbedChart }).embed), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });

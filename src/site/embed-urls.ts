/**
 * URLs of chart embeds, their "Bädda in" code pages and chart downloads (issue 5). Kept apart
 * from urls.ts so the routes under src/pages/embed/, the image files scripts/render-images.ts
 * writes under /bilder/ and the links to them cannot drift apart.
 *
 *   /embed/kommun/kalix/2021/areas/       a chart of one year, alone on a self-contained page
 *   /embed/kommun/kalix/nki-trend/        a chart over all years
 *   /embed/kommun/kalix/2021/kod/#areas   the snippets to paste (one page per unit-year / unit)
 *   /bilder/kommun/kalix/2021/areas.svg   download (the .png beside it is rendered after the build)
 */
import type { Unit } from '../lib/model';
import { site } from './config';

/** Charts drawn for one unit in one year. */
export const YEAR_CHART_KEYS = ['areas', 'factors', 'distribution'] as const;
/** Charts drawn for one unit over all its years. */
export const UNIT_CHART_KEYS = ['nki-trend', 'places', 'nui-trend'] as const;

export type YearChartKey = (typeof YEAR_CHART_KEYS)[number];
export type UnitChartKey = (typeof UNIT_CHART_KEYS)[number];
export type ChartKey = YearChartKey | UnitChartKey;

/** Where a chart belongs: one year of a unit, or the unit over all years (`year` undefined). */
export interface ChartRef {
  unit: Unit;
  year?: number;
  key: ChartKey;
}

export const isYearChartKey = (key: string): key is YearChartKey =>
  (YEAR_CHART_KEYS as readonly string[]).includes(key);
export const isUnitChartKey = (key: string): key is UnitChartKey =>
  (UNIT_CHART_KEYS as readonly string[]).includes(key);

const scope = (ref: Pick<ChartRef, 'unit' | 'year'>) =>
  `${ref.unit.kind}/${ref.unit.slug}/${ref.year === undefined ? '' : `${ref.year}/`}`;

/** "/embed/kommun/kalix/2021/areas/". */
export const embedUrl = (ref: ChartRef) => `/embed/${scope(ref)}${ref.key}/`;

/** "/embed/kommun/kalix/2021/kod/": the snippets for every chart of that unit-year (or unit). */
export const embedCodePageUrl = (ref: Pick<ChartRef, 'unit' | 'year'>) =>
  `/embed/${scope(ref)}kod/`;

/** "/embed/kommun/kalix/2021/kod/#areas". */
export const embedCodeUrl = (ref: ChartRef) => `${embedCodePageUrl(ref)}#${ref.key}`;

/** "/bilder/kommun/kalix/2021/areas.svg". */
export const chartSvgUrl = (ref: ChartRef) => `/bilder/${scope(ref)}${ref.key}.svg`;

/** "/bilder/kommun/kalix/2021/areas.png", written after the build by scripts/render-images.ts. */
export const chartPngUrl = (ref: ChartRef) => `/bilder/${scope(ref)}${ref.key}.png`;

/** A site-relative path as an absolute URL on the public site (for snippets pasted elsewhere). */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;

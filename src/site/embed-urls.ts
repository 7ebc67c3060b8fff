/**
 * Where an embedded chart is shown. A unit-year page is also the embed of each of its charts:
 * the address /kommun/kalix/2021/#inbadda-areas shows that chart alone (see "Inbäddning" in
 * src/styles/global.css), so embeds need no pages of their own and the year is in the address.
 */
import { site } from './config';
import type { ChartRef } from './chart-refs';
import { unitYearUrl } from './urls';

/** The id of the (hidden) anchor before a chart whose :target shows the chart alone. */
export const embedAnchorId = (ref: Pick<ChartRef, 'key'>) => `inbadda-${ref.key}`;

/** "/kommun/kalix/2021/#inbadda-areas". */
export const embedUrl = (ref: ChartRef) =>
  `${unitYearUrl(ref.unit, ref.year)}#${embedAnchorId(ref)}`;

/** A site-relative path as an absolute URL on the public site (for snippets pasted elsewhere). */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;

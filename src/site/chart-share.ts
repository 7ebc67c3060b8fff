/**
 * What sits beside each chart on a unit's pages to download or embed it: the SVG file as a
 * data: URL under a name that says what it is, the PNG name (drawn in the browser), the source
 * line and the iframe code. Every chart is pinned to a year (chart-refs.ts): on a unit-year page
 * that page's year, on the unit page its latest year, whose page shows the very same charts.
 */
import type { ChartSpec } from '../charts';
import type { Derived, UnitRecord } from '../lib/model';
import { sourceLine } from '../lib/provenance';
import { chartFileName, chartRefOf, type ChartRef } from './chart-refs';
import { downloadSvg, svgDataUrl } from './download-svg';
import { absoluteUrl, embedAnchorId, embedUrl } from './embed-urls';
import { iframeSnippet } from './snippets';
import { unitUrl, unitYearUrl } from './urls';

export interface ChartShare {
  /** Undefined for a chart that is downloaded only (see `downloadOnly`). */
  ref?: ChartRef;
  /** "kalix-2021-omraden": the download's file name without ".svg" / ".png". */
  fileName: string;
  /** The downloadable SVG as a data: URL, already escaped for a double-quoted attribute. */
  svgHref: string;
  /** The short source line (provenance.sourceLine) under the chart, in its files and embeds. */
  source: string;
  /** Absolute address of the unit-year page the chart belongs to. */
  pageUrl: string;
  /** The embed address and iframe code; none for a chart without a year of its own. */
  embedUrl?: string;
  iframe?: string;
  /**
   * Id of the anchor whose :target shows the chart alone. The unit-year page is the embed; the
   * unit page has the anchors too, as the place the old /embed/<kind>/<slug>/<key>/ pages (the
   * unit's latest charts, public/_redirects) moved to.
   */
  anchorId?: string;
}

/** The years a chart draws on: its own year, or the unit's years up to it (NUI: measured ones). */
function yearsShown(record: UnitRecord, ref: ChartRef): number[] {
  if (ref.key === 'areas' || ref.key === 'factors' || ref.key === 'distribution') return [ref.year];
  const upTo = record.years.filter((y) => y.year <= ref.year);
  const shown = ref.key === 'nui-trend' ? upTo.filter((y) => y.nui.kind === 'measured') : upTo;
  return (shown.length ? shown : upTo).map((y) => y.year);
}

/** The share block of each of `charts`, keyed by chart id, for a page of `record` in `year`. */
export function chartSharesFor(
  derived: Derived,
  record: UnitRecord,
  charts: readonly ChartSpec[],
  year: number,
): Record<string, ChartShare> {
  const shares: Record<string, ChartShare> = {};
  for (const chart of charts) {
    const ref = chartRefOf(record.unit, chart, year);
    if (!ref) {
      shares[chart.id] = downloadOnly(derived, record, chart, year);
      continue;
    }
    const source = sourceLine(derived.dataset, yearsShown(record, ref));
    const pageUrl = absoluteUrl(unitYearUrl(ref.unit, ref.year));
    shares[chart.id] = {
      ref,
      fileName: chartFileName(ref),
      svgHref: svgDataUrl(downloadSvg(chart, source, pageUrl)),
      source,
      pageUrl,
      embedUrl: embedUrl(ref),
      anchorId: embedAnchorId(ref),
      iframe: iframeSnippet(ref, chart),
    };
  }
  return shares;
}

/**
 * A chart of the unit page that no year page holds (the area history, all years at once): it
 * can be downloaded, and pasted as HTML, but has no embed address that could stay the same.
 */
function downloadOnly(
  derived: Derived,
  record: UnitRecord,
  chart: ChartSpec,
  year: number,
): ChartShare {
  const years = record.years.filter((y) => y.year <= year).map((y) => y.year);
  const source = sourceLine(derived.dataset, years.length ? years : [year]);
  const pageUrl = absoluteUrl(unitUrl(record.unit));
  const name = chart.id.startsWith(`${record.unit.slug}-`)
    ? chart.id.slice(record.unit.slug.length + 1)
    : chart.id;
  return {
    fileName: `${record.unit.slug}-${year}-${name}`,
    svgHref: svgDataUrl(downloadSvg(chart, source, pageUrl)),
    source,
    pageUrl,
  };
}

/**
 * Chart 2: a unit's place in a ranking over the years. Place 1 is at the top; SKR's own places
 * are filled dots, places computed here are hollow (domain §4: a computed rank must say so);
 * years without a place are marked "ej rankad" in a lane of their own.
 */
import { el, num } from './draw';
import { escapeXml } from '../lib/xml';
import { formatInteger } from './format';
import { breakMarker } from './marks';
import {
  layoutPlaces,
  type PlacedPlaces,
  type PlacePoint,
  type PlacesInput,
} from './places-layout';
import { chartId, FONT, svgDocument, type ChartSpec } from './spec';

const INK = '#0072B2';

/** The places chart with its title, alternative text and table. */
export function placesChart(input: PlacesInput): ChartSpec {
  const id = chartId(input.idPrefix);
  const ranking = input.ranking ?? 'den nationella NKI-rankningen';
  const points = [...input.points].sort((a, b) => a.year - b.year);
  const placed = layoutPlaces(input);
  const span = points.length ? `${points[0]!.year}–${points[points.length - 1]!.year}` : '';
  const ranked = points.filter((p) => p.kind === 'ranked');
  const latest = points[points.length - 1];
  const previous = ranked.filter((p) => latest && p.year < latest.year).pop();

  let title = input.title;
  if (title === undefined) {
    if (latest === undefined) title = `${input.unitName}: ingen placering`;
    else if (latest.kind === 'not-ranked')
      title = `${input.unitName}: inte rankad år ${latest.year}`;
    else {
      title = `${input.unitName}: ${describe(latest)} år ${latest.year}`;
      if (previous) title += `, från plats ${formatInteger(previous.place)} år ${previous.year}`;
    }
  }
  const alt =
    `Diagram över placeringen i ${ranking} för ${input.unitName} ${span}, plats 1 överst. ` +
    points.map((p) => `${p.year}: ${describe(p)}`).join('; ') +
    '.' +
    placed.breaks.map((b) => ` Ny serie från ${b.year}.`).join('');

  return {
    id,
    title,
    subtitle: `Placering i ${ranking}, ${span}`,
    alt,
    table: {
      caption: `Placering i ${ranking} för ${input.unitName} per år`,
      columns: ['År', 'Placering', 'Antal rankade', 'Källa för placeringen'],
      rows: points.map((p) =>
        p.kind === 'ranked'
          ? [
              String(p.year),
              formatInteger(p.place),
              p.outOf === undefined ? '–' : formatInteger(p.outOf),
              p.basis === 'official' ? 'SKR' : 'Beräknad här',
            ]
          : [String(p.year), 'Inte rankad', '–', p.reason ?? '–'],
      ),
    },
    svg: svgDocument({
      id,
      width: placed.width,
      height: placed.height,
      title,
      desc: alt,
      body: renderPlaces(
        placed,
        ranked.some((p) => p.basis === 'computed'),
      ),
    }),
    width: placed.width,
    height: placed.height,
  };
}

function describe(p: PlacePoint): string {
  if (p.kind === 'not-ranked') return `inte rankad${p.reason ? ` (${p.reason})` : ''}`;
  const outOf = p.outOf === undefined ? '' : ` av ${formatInteger(p.outOf)}`;
  return `plats ${formatInteger(p.place)}${outOf}${p.basis === 'computed' ? ' (beräknad)' : ''}`;
}

/** The legend's text reaches down to about here. */
const LEGEND_BOTTOM = 24;

function renderPlaces(p: PlacedPlaces, anyComputed: boolean): string {
  const { plot } = p;
  let out = `<g stroke="#ddd">`;
  for (const t of p.yTicks)
    out += el('line', { x1: plot.left, x2: plot.right, y1: p.y(t), y2: p.y(t) });
  out += `</g><g font-size="${FONT.small}" fill="#444" text-anchor="end">`;
  for (const t of p.yTicks)
    out += el('text', { x: plot.left - 6, y: p.y(t) + 5 }, formatInteger(t));
  out += `</g><g font-size="${FONT.small}" fill="#444" text-anchor="middle">`;
  // Below the two-line lane label, so "rankad" never sits on the first year.
  for (const t of p.xTicks) out += el('text', { x: p.x(t), y: p.laneY + 36 }, String(t));
  out += '</g>';
  // The lane for years without a place: its own label, a cross per year.
  out += el('line', {
    x1: plot.left,
    x2: plot.right,
    y1: p.laneY,
    y2: p.laneY,
    stroke: '#bbb',
    'stroke-dasharray': '1 3',
  });
  out += el(
    'text',
    {
      x: plot.left - 6,
      y: p.laneY + 1,
      'font-size': FONT.small,
      'text-anchor': 'end',
      fill: '#444',
    },
    'Ej',
  );
  out += el(
    'text',
    {
      x: plot.left - 6,
      y: p.laneY + 17,
      'font-size': FONT.small,
      'text-anchor': 'end',
      fill: '#444',
    },
    'rankad',
  );
  for (const n of p.notRanked) {
    out += el('path', {
      d: `M${num(n.x - 5)} ${num(p.laneY - 5)}l10 10m0 -10l-10 10`,
      stroke: '#1a1a1a',
      'stroke-width': 2,
    });
  }
  for (const b of p.breaks) out += breakMarker(b.x, plot.top, p.laneY, plot, p.laneY - 10);
  for (const d of p.paths) out += el('path', { d, fill: 'none', stroke: INK, 'stroke-width': 2 });
  for (const r of p.ranked) {
    out += el('circle', {
      cx: r.x,
      cy: r.y,
      r: 5,
      fill: r.hollow ? '#fff' : INK,
      stroke: INK,
      'stroke-width': 2,
    });
    if (r.label) {
      out += el(
        'text',
        {
          x: r.x,
          // Near the top (first place) the label goes below the dot, clear of the legend.
          y: r.y - 10 < LEGEND_BOTTOM + FONT.normal ? r.y + 21 : r.y - 10,
          'text-anchor': 'middle',
          'font-weight': 'bold',
          'paint-order': 'stroke',
          stroke: '#fff',
          'stroke-width': 3,
        },
        formatInteger(r.place),
      );
    }
  }
  // Legend: filled is SKR's placement; hollow (only when present) is computed here.
  out += el('circle', { cx: plot.left + 6, cy: 14, r: 5, fill: INK });
  out += el('text', { x: plot.left + 16, y: 19 }, escapeXml('SKR:s placering'));
  if (anyComputed) {
    out += el('circle', {
      cx: plot.left + 156,
      cy: 14,
      r: 5,
      fill: '#fff',
      stroke: INK,
      'stroke-width': 2,
    });
    out += el('text', { x: plot.left + 166, y: 19 }, 'Beräknad placering');
  }
  return out;
}

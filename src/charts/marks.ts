/**
 * Point marks in four shapes, written with absolute coordinates so a chart can put hundreds of
 * them in one group that sets fill and stroke once (the map has about 290).
 */
import { el, num } from './draw';
import type { Shape } from './grades';

/**
 * One mark centred on (x, y). `r` is the circle's radius; the other shapes are scaled to about
 * the same area so no grade looks more important than another.
 */
export function mark(
  shape: Shape,
  x: number,
  y: number,
  r: number,
  attrs: Record<string, string | number | undefined> = {},
): string {
  switch (shape) {
    case 'circle':
      return el('circle', { cx: x, cy: y, r, ...attrs });
    case 'square': {
      const h = r * 0.89;
      return el('rect', { x: x - h, y: y - h, width: 2 * h, height: 2 * h, ...attrs });
    }
    case 'diamond': {
      const h = r * 1.25;
      return el('path', { d: poly([x, y - h], [x + h, y], [x, y + h], [x - h, y]), ...attrs });
    }
    case 'triangle': {
      // Points down: the lowest grade, and unlike the other shapes at a glance.
      const h = r * 1.35;
      return el('path', {
        d: poly([x - h, y - h * 0.58], [x + h, y - h * 0.58], [x, y + h * 1.15]),
        ...attrs,
      });
    }
  }
}

function poly(...points: [number, number][]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`).join('') + 'Z';
}

/**
 * The vertical "Ny serie" marker at a series break (domain §2), labelled in words so it is not
 * read as a gridline. The label sits on the side with more room, at `labelY` (default: top).
 */
export function breakMarker(
  x: number,
  top: number,
  bottom: number,
  plot: { left: number; right: number },
  labelY = top + 10,
): string {
  const rightHalf = x > (plot.left + plot.right) / 2;
  return (
    el('line', {
      x1: x,
      x2: x,
      y1: top - 4,
      y2: bottom,
      stroke: '#1a1a1a',
      'stroke-dasharray': '2 3',
    }) +
    el(
      'text',
      {
        x: x + (rightHalf ? -4 : 4),
        y: labelY,
        'font-size': 14,
        'text-anchor': rightHalf ? 'end' : 'start',
        'paint-order': 'stroke',
        stroke: '#fff',
        'stroke-width': 3,
      },
      'Ny serie',
    )
  );
}

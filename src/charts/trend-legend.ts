/**
 * The trend chart's legend: which line is the unit, the country and the kommungrupp, said in
 * words and line style (solid with dots, dashed, dotted), never by colour alone.
 */
import { el, num } from './draw';
import { escapeXml } from '../lib/xml';
import { FONT } from './spec';

export const UNIT = '#0072B2';
export const NATIONAL = '#1a1a1a';
/** Okabe–Ito vermilion: 3.9:1 on white, and dotted, so not told by colour alone. */
export const PEERS = '#D55E00';

/** Says which line is which in words and line style, not colour alone. */
export function legend(
  left: number,
  unitName: string,
  withNational: boolean,
  withPeers: boolean,
): string {
  const nameWidth = unitName.length * FONT.normal * 0.56;
  // A long name, or a third line, pushes "Riket" to a second row rather than running into it.
  const wrap = nameWidth > 200 || withPeers;
  const x2 = wrap ? left : left + 30 + nameWidth + 20;
  const y2 = wrap ? 36 : 16;
  let out =
    el('path', { d: `M${num(left)} 11h24`, stroke: UNIT, 'stroke-width': 3 }) +
    el('circle', { cx: left + 12, cy: 11, r: 4.5, fill: UNIT }) +
    el('text', { x: left + 30, y: 16 }, escapeXml(unitName));
  if (withNational) {
    out +=
      el('path', {
        d: `M${num(x2)} ${num(y2 - 5)}h24`,
        stroke: NATIONAL,
        'stroke-width': 2,
        'stroke-dasharray': '6 4',
      }) + el('text', { x: x2 + 30, y: y2 }, 'Riket');
  }
  if (withPeers) {
    const x3 = withNational ? x2 + 90 : x2;
    out +=
      el('path', {
        d: `M${num(x3)} ${num(y2 - 5)}h24`,
        stroke: PEERS,
        'stroke-width': 2.5,
        'stroke-dasharray': '1 4',
        'stroke-linecap': 'round',
      }) + el('text', { x: x3 + 30, y: y2 }, 'Kommungruppens median');
  }
  return out;
}

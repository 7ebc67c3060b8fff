/**
 * Sweden's national outline for the map, projected once per process and kept (the map is drawn
 * on hundreds of pages). Natural Earth 1:50m via world-atlas, simplified in projected units
 * (Douglas–Peucker) and rounded to one decimal, so the path stays a few kilobytes.
 */
import { geoTransverseMercator, type GeoProjection } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { num } from './draw';

export interface SwedenOutline {
  /** Maps [lon, lat] to map coordinates. */
  projection: GeoProjection;
  /** SVG path data of the outline, simplified. */
  path: string;
}

export const MAP_WIDTH = 300;
export const MAP_HEIGHT = 640;
/** Space kept free around the country inside the map's viewBox. */
const PAD = 10;
/** Douglas–Peucker tolerance and the smallest island kept, in map units. */
const TOLERANCE = 0.9;
const MIN_RING_AREA = 6;

let cached: SwedenOutline | undefined;

/** The projection and outline for a MAP_WIDTH × MAP_HEIGHT map; computed on first use. */
export function swedenOutline(): SwedenOutline {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const sweden = topology.objects.countries.geometries.find((g) => g.id === '752');
  if (!sweden) throw new Error('world-atlas saknar Sverige (id 752)');
  const shape = feature(topology, sweden) as unknown as Feature<Polygon | MultiPolygon>;
  // Centred on 15° E like SWEREF 99 TM, Sweden's own projection, so the country stands upright.
  const projection = geoTransverseMercator()
    .rotate([-15, 0])
    .fitExtent(
      [
        [PAD, PAD],
        [MAP_WIDTH - PAD, MAP_HEIGHT - PAD],
      ],
      shape,
    );
  const polygons =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  let path = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const projected = ring.map((c) => projection(c as [number, number])!);
      if (Math.abs(ringArea(projected)) < MIN_RING_AREA) continue;
      const simple = simplify(projected, TOLERANCE);
      if (simple.length < 4) continue;
      path += simple.map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)} ${num(y)}`).join('') + 'Z';
    }
  }
  cached = { projection, path };
  return cached;
}

type Pt = [number, number];

function ringArea(ring: Pt[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  }
  return a / 2;
}

/** Douglas–Peucker on an open or closed polyline; keeps both ends. */
function simplify(points: Pt[], tolerance: number): Pt[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = distanceToSegment(points[i]!, points[a]!, points[b]!);
      if (d > worst) [worst, index] = [d, i];
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function distanceToSegment([px, py]: Pt, [ax, ay]: Pt, [bx, by]: Pt): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

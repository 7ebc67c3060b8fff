/**
 * The municipalities' areas as SVG paths, for the choropleth. The source polygons (290, keyed by
 * SCB code) become a topology first, so that simplifying a border moves it for both neighbours
 * and leaves no gaps or slivers; each map then projects only the municipalities it shows.
 * Projected once per set of codes and kept: the national map appears on every year's page.
 */
import { geoArea, geoPath, geoTransverseMercator, type GeoContext } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface ShapeProperties {
  /** SCB code, "2514". */
  id: string;
}

export type MunicipalityShapes = FeatureCollection<Polygon | MultiPolygon, ShapeProperties>;

export interface ProjectedShapes {
  width: number;
  height: number;
  /**
   * SVG path data per SCB code, in half units with relative moves (a third of absolute
   * coordinates with a decimal): draw inside a group scaled by `SHAPE_SCALE`.
   */
  paths: Map<string, string>;
}

/** The paths' coordinates are in 1 / STEPS of a map unit. */
const STEPS = 2;
export const SHAPE_SCALE = 1 / STEPS;

/**
 * Share of the border points kept: few for the whole country (each municipality is a few pixels
 * across and every point costs bytes on a page), more for a county, which is drawn larger.
 */
const DETAIL = { national: 0.05, county: 0.3 } as const;

type Simplified = Record<keyof typeof DETAIL, FeatureCollection<Polygon | MultiPolygon>>;
const simplified = new WeakMap<MunicipalityShapes, Simplified>();
const projected = new WeakMap<MunicipalityShapes, Map<string, ProjectedShapes>>();

/**
 * Paths for `codes` (all when omitted) fitted into `width`, as tall as their shape needs but no
 * taller than `maxHeight` (then narrower instead).
 */
export function projectShapes(
  shapes: MunicipalityShapes,
  options: { width: number; maxHeight: number; codes?: readonly string[]; pad?: number },
): ProjectedShapes {
  const { width, maxHeight, codes, pad = 4 } = options;
  const key = `${width}:${maxHeight}:${pad}:${codes?.join(',') ?? '*'}`;
  let cache = projected.get(shapes);
  if (!cache) projected.set(shapes, (cache = new Map()));
  const kept = cache.get(key);
  if (kept) return kept;

  const wanted = codes && new Set(codes);
  const all = simplifiedShapes(shapes)[wanted ? 'county' : 'national'];
  const chosen: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: all.features.filter((f) => !wanted || wanted.has(codeOf(f))),
  };
  // Centred on 15° E like SWEREF 99 TM, Sweden's own projection, so the country stands upright.
  const projection = geoTransverseMercator()
    .rotate([-15, 0])
    .fitWidth(width - 2 * pad, chosen);
  const tall = geoPath(projection).bounds(chosen);
  let height = tall[1][1] - tall[0][1] + 2 * pad;
  if (height > maxHeight) {
    projection.fitHeight(maxHeight - 2 * pad, chosen);
    height = maxHeight;
  }
  // Centre horizontally; the top edge sits at `pad`.
  const [[x0, y0], [x1]] = geoPath(projection).bounds(chosen);
  const [tx, ty] = projection.translate();
  projection.translate([tx + (width - (x1 - x0)) / 2 - x0, ty + pad - y0]);
  const context = new RelativePath();
  const path = geoPath(projection, context);
  const paths = new Map<string, string>();
  for (const f of chosen.features) {
    path(f);
    paths.set(codeOf(f), context.take());
  }
  const result = { width, height: Math.ceil(height), paths };
  cache.set(key, result);
  return result;
}

/**
 * A d3-geo path context writing whole steps relative to the previous point: "M12 40l3-2 …z".
 * Deltas are taken between rounded points, so rounding never accumulates along a border.
 */
class RelativePath implements GeoContext {
  private out = '';
  private x = 0;
  private y = 0;
  beginPath(): void {}
  moveTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x * STEPS), Math.round(y * STEPS)];
    this.out += `M${rx} ${ry}`;
    [this.x, this.y] = [rx, ry];
  }
  lineTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x * STEPS), Math.round(y * STEPS)];
    const [dx, dy] = [rx - this.x, ry - this.y];
    if (dx === 0 && dy === 0) return;
    this.out += `l${dx}${dy < 0 ? '' : ' '}${dy}`;
    [this.x, this.y] = [rx, ry];
  }
  closePath(): void {
    this.out += 'z';
  }
  arc(): void {
    throw new Error('map-shapes: punkter ritas inte på kartan');
  }
  take(): string {
    const d = this.out;
    this.out = '';
    return d;
  }
}

function codeOf(f: Feature): string {
  return String((f.properties as ShapeProperties).id);
}

function simplifiedShapes(shapes: MunicipalityShapes): Simplified {
  const kept = simplified.get(shapes);
  if (kept) return kept;
  const wound = { ...shapes, features: shapes.features.map(clockwise) };
  // Quantized to 1e5 steps (about 10 m in Sweden), far finer than any map draws.
  type Kommuner = Topology<{ kommuner: GeometryCollection<ShapeProperties> }>;
  const topo = presimplify(topology({ kommuner: wound }, 1e5) as unknown as Kommuner);
  const at = (share: number) => {
    const s = simplify(topo, quantile(topo, share)) as Kommuner;
    return feature(s, s.objects.kommuner) as FeatureCollection<Polygon | MultiPolygon>;
  };
  const result = { national: at(DETAIL.national), county: at(DETAIL.county) };
  simplified.set(shapes, result);
  return result;
}

/**
 * GeoJSON (RFC 7946) winds outer rings anticlockwise; d3-geo reads that as "the whole globe
 * except this area". A polygon whose area exceeds a hemisphere is turned round.
 */
function clockwise<F extends Feature<Polygon | MultiPolygon>>(f: F): F {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const reverse = (poly: number[][][]) => poly.map((ring) => [...ring].reverse());
  const g = f.geometry;
  const geometry =
    g.type === 'Polygon'
      ? { ...g, coordinates: reverse(g.coordinates) }
      : { ...g, coordinates: g.coordinates.map(reverse) };
  return { ...f, geometry };
}

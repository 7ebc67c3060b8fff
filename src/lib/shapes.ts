/**
 * The municipalities' areas (data/reference/kommuner.geojson) for the map. Checked against the
 * municipality list when read: a municipality without an area would silently vanish from the map,
 * so a missing, doubled or unknown code stops the build, naming the feature.
 */
import type { MunicipalityShapes } from '../charts/map-shapes';

const FILE = 'kommuner.geojson';

/** Parses the GeoJSON text and checks that it has exactly one area per code in `codes`. */
export function parseShapes(text: string, codes: readonly string[]): MunicipalityShapes {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${FILE}: ingen giltig JSON (${(error as Error).message})`);
  }
  const collection = data as Partial<MunicipalityShapes>;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error(`${FILE}: väntade en FeatureCollection med "features"`);
  }
  const wanted = new Set(codes);
  const seen = new Set<string>();
  collection.features.forEach((f, i) => {
    const id = String(f?.properties?.id ?? '');
    const where = `${FILE}: objekt ${i + 1}${id ? ` (id ${id})` : ''}`;
    const type = f?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new Error(`${where}: geometrin är ${type ?? 'tom'}, inte Polygon eller MultiPolygon`);
    }
    if (!wanted.has(id)) throw new Error(`${where}: koden finns inte i kommuner.csv`);
    if (seen.has(id)) throw new Error(`${where}: koden förekommer mer än en gång`);
    seen.add(id);
  });
  const missing = codes.filter((c) => !seen.has(c));
  if (missing.length) throw new Error(`${FILE}: yta saknas för ${missing.join(', ')}`);
  return collection as MunicipalityShapes;
}

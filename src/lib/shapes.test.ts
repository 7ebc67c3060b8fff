import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReference } from './reference';
import { parseShapes } from './shapes';

const read = (name: string) =>
  readFileSync(new URL(`../../data/reference/${name}`, import.meta.url), 'utf8');
const codes = parseReference({
  kommuner: read('kommuner.csv'),
  lan: read('lan.csv'),
  forbund: read('forbund.csv'),
}).municipalities.map((m) => m.code);

const square = (id: string) => ({
  type: 'Feature',
  properties: { id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [15, 60],
        [15.1, 60],
        [15.1, 60.1],
        [15, 60],
      ],
    ],
  },
});
const text = (...features: object[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('parseShapes', () => {
  it('has one area for each of the 290 municipalities', () => {
    const shapes = parseShapes(read('kommuner.geojson'), codes);
    expect(shapes.features).toHaveLength(290);
  });

  it('names the feature with an unknown, doubled or missing code', () => {
    expect(() => parseShapes(text(square('9999')), ['2514'])).toThrow(
      'kommuner.geojson: objekt 1 (id 9999): koden finns inte i kommuner.csv',
    );
    expect(() => parseShapes(text(square('2514'), square('2514')), ['2514'])).toThrow(
      'kommuner.geojson: objekt 2 (id 2514): koden förekommer mer än en gång',
    );
    expect(() => parseShapes(text(square('2514')), ['2514', '0180'])).toThrow(
      'kommuner.geojson: yta saknas för 0180',
    );
  });

  it('says when the file is not GeoJSON polygons', () => {
    expect(() => parseShapes('{"type":', [])).toThrow(/^kommuner.geojson: ingen giltig JSON/);
    const point = { ...square('2514'), geometry: { type: 'Point', coordinates: [15, 60] } };
    expect(() => parseShapes(text(point), ['2514'])).toThrow(
      'kommuner.geojson: objekt 1 (id 2514): geometrin är Point, inte Polygon eller MultiPolygon',
    );
  });
});

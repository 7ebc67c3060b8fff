import { describe, expect, it } from 'vitest';
import { placesChart } from './places';
import { layoutPlaces, type PlacePoint } from './places-layout';

const official = (year: number, place: number, outOf?: number): PlacePoint => ({
  year,
  kind: 'ranked',
  place,
  basis: 'official',
  outOf,
});
const input = (points: PlacePoint[]) => ({
  idPrefix: 'kalix-places',
  unitName: 'Kalix kommun',
  points,
});

describe('layoutPlaces', () => {
  it('puts place 1 above place 100', () => {
    const placed = layoutPlaces(input([official(2020, 114, 196), official(2021, 2, 198)]));
    expect(placed.y(1)).toBe(placed.plot.top);
    expect(placed.y(1)).toBeLessThan(placed.y(100));
    expect(placed.yTicks).toEqual([1, 50, 100, 150, 200]);
  });

  it('marks a year without a place in the lane below the plot and does not join across it', () => {
    const placed = layoutPlaces(
      input([
        official(2019, 90),
        { year: 2020, kind: 'not-ranked', reason: 'för få svar' },
        official(2021, 2),
      ]),
    );
    expect(placed.notRanked).toEqual([{ year: 2020, x: placed.x(2020) }]);
    expect(placed.laneY).toBeGreaterThan(placed.plot.bottom);
    expect(placed.paths).toHaveLength(0);
  });

  it('draws computed places hollow', () => {
    const placed = layoutPlaces(
      input([official(2020, 114), { year: 2021, kind: 'ranked', place: 3, basis: 'computed' }]),
    );
    expect(placed.ranked.map((r) => r.hollow)).toEqual([false, true]);
  });
});

describe('placesChart', () => {
  it('states the latest place and the one before in the title', () => {
    const spec = placesChart(input([official(2020, 114, 196), official(2021, 2, 198)]));
    expect(spec.title).toBe('Kalix kommun: plats 2 av 198 år 2021, från plats 114 år 2020');
  });

  it('lists every year in the table, saying where a place was computed or missing', () => {
    const spec = placesChart(
      input([
        official(2019, 90, 190),
        { year: 2020, kind: 'not-ranked', reason: 'för få svar' },
        { year: 2021, kind: 'ranked', place: 3, basis: 'computed' },
      ]),
    );
    expect(spec.table.rows).toEqual([
      ['2019', '90', '190', 'SKR'],
      ['2020', 'Inte rankad', '–', 'för få svar'],
      ['2021', '3', '–', 'Beräknad här'],
    ]);
    expect(spec.svg).toContain('Beräknad placering');
  });

  it('says a unit was not ranked when its latest year has no place', () => {
    const spec = placesChart(input([official(2020, 50), { year: 2021, kind: 'not-ranked' }]));
    expect(spec.title).toBe('Kalix kommun: inte rankad år 2021');
  });
});

import { describe, expect, it } from 'vitest';
import { mapChart, type MapPoint } from './map';
import { swedenOutline } from './outline';

const points: MapPoint[] = [
  { code: '2514', name: 'Kalix', lat: 65.85, lon: 23.15, value: 86.2 },
  { code: '1280', name: 'Malmö', lat: 55.6, lon: 13.0, value: 68 },
  { code: '0180', name: 'Stockholm', lat: 59.33, lon: 18.07, grade: 'hogt', value: 72 },
  { code: '2584', name: 'Kiruna', lat: 67.85, lon: 20.22, value: 55 },
  { code: '0114', name: 'Upplands Väsby', lat: 59.52, lon: 17.92 },
];
const input = { idPrefix: 'map-2021', year: 2021, points };

describe('swedenOutline', () => {
  it('is computed once and kept small', () => {
    const outline = swedenOutline();
    expect(swedenOutline()).toBe(outline);
    expect(outline.path.length).toBeLessThanOrEqual(6000);
    expect(outline.path.startsWith('M')).toBe(true);
  });

  it('projects the north above the south and inside the map', () => {
    const { projection } = swedenOutline();
    const [kx, ky] = projection([23.15, 65.85])!;
    const [mx, my] = projection([13.0, 55.6])!;
    expect(ky).toBeLessThan(my);
    expect(kx).toBeGreaterThan(mx);
    for (const v of [kx, ky, mx, my]) expect(v).toBeGreaterThan(0);
  });
});

describe('mapChart', () => {
  it('draws every participant with the shape of its grade and non-participants as rings', () => {
    const svg = mapChart(input).svg;
    const group = (colour: string) =>
      svg.match(new RegExp(`<g fill="${colour}"[^>]*>(.*?)</g>`))![1]!;
    expect(group('#0072B2')).toMatch(/^<path d="M[^"]+Z"\/>$/); // Kalix: diamond
    expect(group('#56B4E9')).toMatch(/^<circle [^>]+\/>$/); // Stockholm: circle
    expect(group('#E69F00')).toMatch(/^<rect [^>]+\/>$/); // Malmö: square
    expect(group('#D55E00')).toMatch(/^<path d="M[^"]+Z"\/>$/); // Kiruna: triangle
    expect(
      svg.match(/<g fill="none" stroke="#8c8c8c"[^>]*>(.*?)<\/g>/)![1]!.match(/<circle/g),
    ).toHaveLength(1);
  });

  it('counts grades in the title and lists every municipality in the table', () => {
    const spec = mapChart(input);
    expect(spec.title).toBe('NKI 2021: 2 av 4 kommuner med resultat har högt eller mycket högt');
    expect(spec.table.rows).toEqual([
      ['Kalix', '86', 'Mycket högt'],
      ['Kiruna', '55', 'Lågt'],
      ['Malmö', '68', 'Godkänt'],
      ['Stockholm', '72', 'Högt'],
      ['Upplands Väsby', '–', 'Inget resultat'],
    ]);
  });

  it('matches the stored SVG', async () => {
    const spec = mapChart({ ...input, highlight: { code: '2514', displayName: 'Kalix kommun' } });
    await expect(spec.svg).toMatchFileSnapshot('__snapshots__/map-2021.svg');
  });
});

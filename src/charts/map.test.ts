import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapChart, type MapArea } from './map';
import { projectShapes, SHAPE_SCALE, type MunicipalityShapes } from './map-shapes';

const shapes = JSON.parse(
  readFileSync(new URL('../../data/reference/kommuner.geojson', import.meta.url), 'utf8'),
) as MunicipalityShapes;

const areas: MapArea[] = [
  { code: '2514', name: 'Kalix', href: '/kommun/kalix/2021/', value: 86.2 },
  { code: '1280', name: 'Malmö', href: '/kommun/malmo/2021/', value: 68 },
  { code: '0180', name: 'Stockholm', href: '/kommun/stockholm/2021/', grade: 'hogt', value: 72 },
  { code: '2584', name: 'Kiruna', href: '/kommun/kiruna/2021/', value: 55 },
  { code: '0114', name: 'Upplands Väsby', href: '/kommun/upplands-vasby/' },
];
const input = { idPrefix: 'map-2021', year: 2021, shapes, areas };
const links = (svg: string) =>
  [
    ...svg.matchAll(/<a href="([^"]+)"><title>([^<]+)<\/title><path d="([^"]+)" fill="([^"]+)"/g),
  ].map((m) => ({ href: m[1], title: m[2], d: m[3], fill: m[4] }));

/** The absolute points of a path written as "M x y l dx dy … z", in map units. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, body] of d.matchAll(/([Ml])([^Mlz]+)/g)) {
    const [a, b] = body!.match(/-?\d+/g)!.map(Number);
    [x, y] = command === 'M' ? [a!, b!] : [x + a!, y + b!];
    out.push([x * SHAPE_SCALE, y * SHAPE_SCALE]);
  }
  return out;
}

describe('projectShapes', () => {
  it('keeps the national map small and places the north above the south', () => {
    const national = projectShapes(shapes, { width: 320, maxHeight: 700 });
    expect(national.paths.size).toBe(290);
    const bytes = [...national.paths.values()].join('').length;
    expect(bytes).toBeLessThan(20_000);
    const top = (code: string) => Math.min(...points(national.paths.get(code)!).map((p) => p[1]));
    expect(top('2584')).toBeLessThan(top('1280')); // Kiruna above Malmö
    expect(national.height).toBeLessThanOrEqual(700);
    expect(projectShapes(shapes, { width: 320, maxHeight: 700 })).toBe(national);
  });

  it('draws a county larger, with only its municipalities', () => {
    const codes = ['2514', '2584', '2580'];
    const county = projectShapes(shapes, { width: 400, maxHeight: 440, codes });
    expect([...county.paths.keys()].sort()).toEqual(['2514', '2580', '2584']);
    for (const d of county.paths.values()) {
      for (const [x, y] of points(d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(400);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(county.height);
      }
    }
  });
});

describe('mapChart', () => {
  it('makes every municipality a link named with its result, coloured by grade', () => {
    const spec = mapChart(input);
    expect(spec.svg).toContain('role="group"');
    expect(links(spec.svg).map(({ href, title, fill }) => ({ href, title, fill }))).toEqual([
      { href: '/kommun/kalix/2021/', title: 'Kalix: NKI 86, mycket högt', fill: '#0072B2' },
      { href: '/kommun/kiruna/2021/', title: 'Kiruna: NKI 55, lågt', fill: '#D55E00' },
      { href: '/kommun/malmo/2021/', title: 'Malmö: NKI 68, godkänt', fill: '#E69F00' },
      { href: '/kommun/stockholm/2021/', title: 'Stockholm: NKI 72, högt', fill: '#56B4E9' },
      {
        href: '/kommun/upplands-vasby/',
        title: 'Upplands Väsby: inget resultat 2021',
        fill: 'url(#map-2021-inget)',
      },
    ]);
    expect(spec.svg).toMatch(/<pattern id="map-2021-inget"/);
    expect(spec.svg).toContain('>Inget resultat</text>');
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

  it('names the county on a county map', () => {
    const spec = mapChart({
      ...input,
      idPrefix: 'k',
      region: 'Norrbottens län',
      areas: areas.slice(0, 1),
    });
    expect(spec.title).toBe(
      'NKI 2021 i Norrbottens län: 1 av 1 kommuner med resultat har högt eller mycket högt',
    );
    expect(spec.width).toBe(400);
    expect(links(spec.svg)).toHaveLength(1);
  });
});

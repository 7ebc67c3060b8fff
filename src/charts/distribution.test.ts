import { describe, expect, it } from 'vitest';
import { distributionChart, type DistributionPoint } from './distribution';
import { beeswarm } from './swarm';

/** `n` municipalities spread over 60–90, two of them in county 25, Kalix at 86.2. */
function municipalities(n: number): DistributionPoint[] {
  const points = Array.from({ length: n }, (_, i) => ({
    code: String(1000 + i),
    name: `Kommun ${i}`,
    countyCode: i % 40 === 0 ? '25' : '01',
    value: 60 + ((i * 37) % 300) / 10,
  }));
  return [...points, { code: '2514', name: 'Kalix', countyCode: '25', value: 86.2 }];
}

const input = (points = municipalities(150)) => ({
  idPrefix: 'kalix-dist',
  year: 2021,
  points,
  national: 74,
  highlight: {
    code: '2514',
    displayName: 'Kalix kommun',
    countyName: 'Norrbottens län',
    place: { place: 2, basis: 'official' as const, outOf: 151 },
  },
});

describe('beeswarm', () => {
  it('keeps every pair of dots apart by at least a diameter', () => {
    const dots = beeswarm(
      municipalities(150),
      (p) => p.value * 5,
      (p) => p.code,
      3.6,
    );
    let closest = Infinity;
    for (const a of dots) {
      for (const b of dots) {
        if (a !== b) closest = Math.min(closest, Math.hypot(a.x - b.x, a.dy - b.dy));
      }
    }
    expect(dots).toHaveLength(151);
    expect(closest).toBeGreaterThanOrEqual(7.2);
  });
});

describe('distributionChart', () => {
  it('draws a dot for every municipality: grey circles, county diamonds, one highlight', () => {
    const svg = distributionChart(input()).svg;
    // Grey dots: round caps on zero-length segments of one path, each a circle of radius 3.6.
    const grey = svg.match(
      /<path d="([^"]*)" fill="none" stroke="#8c8c8c" stroke-width="7.2" stroke-linecap="round"\/>/,
    )![1]!;
    const county = svg.match(/<g fill="#E69F00"[^>]*>(.*?)<\/g>/)![1]!;
    expect(grey.match(/M[\d.]+ [\d.]+h0/g)).toHaveLength(146);
    expect(county.match(/<path/g)).toHaveLength(4);
    expect(svg.match(/fill="#0072B2" stroke="#1a1a1a"/g)).toHaveLength(1);
  });

  it('names the highlighted municipality with its value and place', () => {
    const spec = distributionChart(input());
    expect(spec.title).toBe('Kalix kommun: NKI 86 år 2021, plats 2 av 151');
    expect(spec.svg).toContain('>Kalix kommun 86</text>');
  });

  it('gives no denominator when the data does not say how many were ranked', () => {
    const base = input();
    const spec = distributionChart({
      ...base,
      highlight: { ...base.highlight, place: { place: 2, basis: 'official' } },
    });
    expect(spec.title).toBe('Kalix kommun: NKI 86 år 2021, plats 2');
  });

  it('has a table row per municipality, highest first', () => {
    const spec = distributionChart(input());
    expect(spec.table.rows).toHaveLength(151);
    expect(spec.table.rows[0]).toEqual(['Kommun 81', '90', 'Nej']);
  });

  it('escapes hostile names', () => {
    const spec = distributionChart({
      ...input(),
      highlight: { code: '2514', displayName: '<img src=x onerror=alert(1)>', countyName: '<b>' },
    });
    expect(spec.svg).not.toMatch(/<img|<b>/);
  });
});

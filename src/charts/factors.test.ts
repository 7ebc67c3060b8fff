import { describe, expect, it } from 'vitest';
import { factorsChart, layoutFactors, type FactorDot } from './factors';

const factors: FactorDot[] = [
  { label: 'Information', value: 80, national: 70 },
  { label: 'Bemötande', value: 88.4, national: 80 },
  { label: 'Effektivitet', value: 66, national: 74 },
];
const input = { idPrefix: 'kalix-factors', unitName: 'Kalix kommun', year: 2021, factors };

describe('layoutFactors', () => {
  it('runs the axis from a round ten below the lowest value to 100', () => {
    const { x } = layoutFactors(factors);
    expect(x.domain()).toEqual([60, 100]);
    expect(x(100)).toBe(386);
  });
});

describe('factorsChart', () => {
  it('has a filled dot for the unit and a hollow diamond for the nation on every row', () => {
    const spec = factorsChart(input);
    // One of each in the legend, plus one per factor.
    expect(spec.svg.match(/<circle [^>]*fill="#0072B2"/g)).toHaveLength(4);
    expect(spec.svg.match(/<path d="M[^"]*Z" fill="#fff"/g)).toHaveLength(4);
  });

  it('names the best factor and tabulates the values of the unit and the nation per factor', () => {
    const spec = factorsChart(input);
    expect(spec.title).toBe('Kalix kommun: högst betyg för bemötande år 2021, 88');
    expect(spec.table.rows).toEqual([
      ['Information', '80', '70'],
      ['Bemötande', '88', '80'],
      ['Effektivitet', '66', '74'],
    ]);
  });
});

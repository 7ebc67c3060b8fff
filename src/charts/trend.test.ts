import { describe, expect, it } from 'vitest';
import { trendChart } from './trend';
import { layoutTrend, type TrendInput, type TrendPoint } from './trend-layout';

const NATIONAL: Record<number, number> = { 2020: 74, 2021: 74, 2022: 75, 2023: 75, 2024: 76 };

/** A unit's points for the given years; `undefined` is a year without a result. */
function trend(values: Record<number, number | undefined>, extra: Partial<TrendInput> = {}) {
  const points: TrendPoint[] = Object.entries(values).map(([year, value]) => ({
    year: Number(year),
    value,
    national: NATIONAL[Number(year)],
  }));
  return { idPrefix: 'kalix-trend', unitName: 'Kalix kommun', points, ...extra };
}

describe('layoutTrend', () => {
  it('maps 100 to the top of the plot and the axis floor to its bottom', () => {
    const placed = layoutTrend(trend({ 2020: 73.4, 2021: 86.2 }));
    expect(placed.y(100)).toBe(placed.plot.top);
    expect(placed.y(50)).toBe(placed.plot.bottom);
    expect(placed.yTicks).toEqual([50, 62, 70, 80, 100]);
  });

  it('draws the line as two segments around a series break', () => {
    const placed = layoutTrend(
      trend({ 2021: 80, 2022: 81, 2023: 82, 2024: 79 }, { seriesBreaks: [2024] }),
    );
    expect(placed.unitPaths).toHaveLength(2);
    expect(placed.nationalPaths).toHaveLength(2);
    expect(placed.breaks).toEqual([{ x: placed.x(2023.5), year: 2024 }]);
  });

  it('leaves a gap at a missing year but keeps a dot for every measured year', () => {
    const placed = layoutTrend(trend({ 2020: 70, 2021: undefined, 2022: 72, 2023: 73 }));
    expect(placed.unitPaths).toHaveLength(2);
    expect(placed.dots.map((d) => d.year)).toEqual([2020, 2022, 2023]);
  });

  it('shades the four grade bands with their boundaries at 80, 70 and 62', () => {
    const placed = layoutTrend(trend({ 2020: 70, 2021: 72 }));
    expect(placed.bands.map((b) => [b.style.grade, b.y0, b.y1])).toEqual([
      ['mycket-hogt', placed.y(100), placed.y(80)],
      ['hogt', placed.y(80), placed.y(70)],
      ['godkant', placed.y(70), placed.y(62)],
      ['lagt', placed.y(62), placed.y(50)],
    ]);
  });
});

describe('trendChart', () => {
  it('states the latest result and its grade in the title', () => {
    expect(trendChart(trend({ 2020: 73.4, 2021: 86.2 })).title).toBe(
      'Kalix kommun: NKI 86 år 2021, mycket högt',
    );
  });

  it('has a table row per year, with missing values and the break spelled out', () => {
    const spec = trendChart(
      trend({ 2022: 78.4, 2023: undefined, 2024: 80 }, { seriesBreaks: [2024] }),
    );
    expect(spec.table.columns).toEqual(['År', 'Kalix kommun', 'Riket', 'Betyg', 'Anmärkning']);
    expect(spec.table.rows).toEqual([
      ['2022', '78', '75', 'Högt', ''],
      ['2023', 'saknas', '75', '–', ''],
      ['2024', '80', '76', 'Mycket högt', 'Ny serie från detta år'],
    ]);
    expect(spec.alt).toContain('Ny serie från 2024');
    expect(spec.svg).toContain('>Ny serie</text>');
  });

  it('escapes a hostile unit name in the SVG, its title and its legend', () => {
    const spec = trendChart(trend({ 2021: 80 }, { unitName: '<img src=x onerror=alert(1)>' }));
    expect(spec.svg).not.toContain('<img');
    expect(spec.svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('gives the same SVG for the same input', () => {
    const input = trend({ 2020: 73.4, 2021: 86.2, 2022: 84.1 });
    expect(trendChart(input).svg).toBe(trendChart(input).svg);
  });

  it('matches the stored SVG for Kalix across the 2024 break', async () => {
    const spec = trendChart(
      trend(
        { 2020: 73.4, 2021: 86.2, 2022: undefined, 2023: 83, 2024: 80.6 },
        { seriesBreaks: [2024] },
      ),
    );
    await expect(spec.svg).toMatchFileSnapshot('__snapshots__/trend-kalix.svg');
  });
});

describe('a trend on a year’s page', () => {
  it('states and marks that year, not the latest', () => {
    const spec = trendChart(
      trend({ 2020: 73.4, 2021: 86.2, 2022: 80, 2024: 78 }, { markYear: 2021 }),
    );
    expect(spec.title).toBe('Kalix kommun: NKI 86 år 2021, mycket högt');
    expect(spec.alt).toContain('År 2021 är markerat: NKI 86.');
    const x = layoutTrend(trend({ 2020: 73.4, 2021: 86.2, 2022: 80, 2024: 78 })).x(2021);
    expect(spec.svg).toContain(`<rect x="${Math.round((x - 7) * 10) / 10}"`);
    expect(spec.svg).toMatch(/<text [^>]*font-weight="bold"[^>]*>86<\/text>/);
    expect(spec.svg).not.toMatch(/<text [^>]*font-weight="bold"[^>]*>78<\/text>/);
  });
});

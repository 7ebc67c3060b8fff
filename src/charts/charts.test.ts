import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaBarsChart } from './area-bars';
import { distributionChart } from './distribution';
import { factorsChart } from './factors';
import { mapChart } from './map';
import type { MunicipalityShapes } from './map-shapes';
import { placesChart } from './places';
import type { ChartSpec } from './spec';
import { trendChart } from './trend';

const HOSTILE = '<img src=x onerror=alert(1)>';
const SHAPES = JSON.parse(
  readFileSync(new URL('../../data/reference/kommuner.geojson', import.meta.url), 'utf8'),
) as MunicipalityShapes;

/** One of each chart, every free-text field set to a hostile label. */
function everyChart(): ChartSpec[] {
  return [
    trendChart({
      idPrefix: 'a',
      unitName: HOSTILE,
      points: [
        { year: 2023, value: 75, national: 75 },
        { year: 2024, value: 78, national: 76 },
      ],
      seriesBreaks: [2024],
    }),
    placesChart({
      idPrefix: 'b',
      unitName: HOSTILE,
      points: [
        { year: 2020, kind: 'ranked', place: 60, basis: 'official' },
        { year: 2021, kind: 'not-ranked', reason: HOSTILE },
        { year: 2022, kind: 'ranked', place: 56, basis: 'computed' },
      ],
    }),
    areaBarsChart({
      idPrefix: 'c',
      unitName: HOSTILE,
      year: 2024,
      rows: [{ label: HOSTILE, value: 72, national: 70, note: HOSTILE }],
    }),
    factorsChart({
      idPrefix: 'd',
      unitName: HOSTILE,
      year: 2024,
      factors: [{ label: HOSTILE, value: 72, national: 70 }],
    }),
    distributionChart({
      idPrefix: 'e',
      year: 2024,
      points: [
        { code: '0126', name: HOSTILE, countyCode: '01', value: 78 },
        { code: '0127', name: 'Botkyrka', countyCode: '01', value: 70 },
      ],
      highlight: { code: '0126', displayName: HOSTILE, countyName: HOSTILE },
    }),
    mapChart({
      idPrefix: 'f',
      year: 2024,
      shapes: SHAPES,
      areas: [{ code: '0126', name: HOSTILE, href: '/kommun/huddinge/', value: 78 }],
      region: HOSTILE,
    }),
  ];
}

describe('every chart', () => {
  const charts = everyChart();

  it('escapes hostile labels everywhere in its SVG', () => {
    for (const chart of charts) {
      expect(chart.svg).not.toContain('<img');
      expect(chart.svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('is labelled by its own <title> and <desc>, with ids from the prefix', () => {
    for (const chart of charts) {
      const id = chart.id;
      // The map holds links, so it is a group: an image's content is hidden from screen readers.
      const role = chart.svg.includes('<a href=') ? 'group' : 'img';
      expect(chart.svg).toContain(`role="${role}" aria-labelledby="${id}-title ${id}-desc"`);
      expect(chart.svg).toContain(`<title id="${id}-title">`);
      expect(chart.svg).toContain(`<desc id="${id}-desc">`);
    }
  });

  it('has no script, event handler, external reference or background fill', () => {
    for (const chart of charts) {
      // Links to the site's own pages (the map's) and fills from its own <defs> are allowed.
      const own = chart.svg.replace(/ href="\/[^"/][^"]*"/g, '').replace(/url\(#[\w-]+\)/g, '');
      expect(own).not.toMatch(/<script|<[^>]*\son[a-z]+=|href=|url\(|<image|<style/i);
      expect(chart.svg).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/,
      );
    }
  });

  it('keeps every text at 12 px or more when the chart is shown 360 px wide', () => {
    for (const chart of charts) {
      const sizes = [...chart.svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      const smallest = Math.min(...sizes) * (360 / chart.width);
      expect(smallest).toBeGreaterThanOrEqual(12);
    }
  });

  it('rounds every coordinate to at most one decimal', () => {
    for (const chart of charts) expect(chart.svg).not.toMatch(/\d\.\d{2}/);
  });
});

/**
 * The kommungrupp's median beside the national mean (issue 22): in the NKI trend as a dotted
 * line that breaks where the group changes, in the area bars as a dashed tick; both said in the
 * alternative text and given as a table column.
 */
import { describe, expect, it } from 'vitest';
import { areaBarsChart } from '../../src/charts/area-bars';
import { trendChart } from '../../src/charts/trend';
import { layoutTrend } from '../../src/charts/trend-layout';
import { realDerived } from '../support/real-data';
import { areasFor, trendFor } from '../../src/site/chart-data';
import { chartMeans } from '../../src/claims/chart-means';

const points = [
  { year: 2019, value: 71, national: 70, peers: 72 },
  { year: 2020, value: 74, national: 71, peers: 73 },
  { year: 2021, value: 82, national: 72, peers: 74 },
  { year: 2022, value: 80, national: 72, peers: 70 },
];

describe('the group median in the trend chart', () => {
  it('draws one dotted run per group and breaks it where the group changes', () => {
    const input = { idPrefix: 't', unitName: 'Kalix kommun', points };
    expect(layoutTrend(input).peerPaths).toHaveLength(1);
    expect(layoutTrend({ ...input, peerBreaks: [2022] }).peerPaths).toHaveLength(2);
  });

  it('says the median in words and gives it a column', () => {
    const chart = trendChart({ idPrefix: 't', unitName: 'Kalix kommun', points });
    expect(chart.alt).toContain('Kommungruppens median var 70 år 2022.');
    expect(chart.table.columns).toEqual([
      'År',
      'Kalix kommun',
      'Riket',
      'Kommungruppens median',
      'Betyg',
    ]);
    expect(chart.table.rows[2]).toContain('74');
    expect(chart.svg).toContain('Kommungruppens median');
  });

  it('leaves a chart without groups as it was', () => {
    const chart = trendChart({
      idPrefix: 't',
      unitName: 'Kalix kommun',
      points: points.map(({ peers: _, ...p }) => p),
    });
    expect(chart.table.columns).not.toContain('Kommungruppens median');
    expect(chart.svg).not.toContain('Kommungruppens median');
  });
});

describe('the group median in the area chart', () => {
  it('adds a dashed tick, a legend entry, words and a column', () => {
    const chart = areaBarsChart({
      idPrefix: 'a',
      unitName: 'Kalix kommun',
      year: 2021,
      rows: [{ label: 'Bygglov', value: 88, national: 70, peers: 75 }],
    });
    expect(chart.alt).toContain('Bygglov 88');
    expect(chart.alt).toContain('kommungruppens median 75');
    expect(chart.table.columns.at(-1)).toBe('Kommungruppens median');
    expect(chart.svg).toContain('stroke-dasharray="3 2"');
  });
});

describe('on the real figures', () => {
  const derived = realDerived();
  const kalix = derived.records.find((r) => r.unit.code === '2514')!;
  const uy = derived.byUnitYear.get('2514:2021')!;

  it('Kalix 2021: the trend shows its landsbygdskommuner median from 2017, none before', () => {
    const chart = trendFor(derived, kalix, 'nki', 2021, 2021);
    const column = chart.table.columns.indexOf('Kommungruppens median');
    const byYear = new Map(chart.table.rows.map((r) => [r[0], r[column]]));
    expect(byYear.get('2016')).toBe('–');
    expect(byYear.get('2021')).toBe(String(Math.floor(uy.peers!.median! + 0.5)));
  });

  it('Kalix 2021: the area chart shows the group median of bygglov', () => {
    const chart = areasFor(uy, chartMeans(derived));
    const bygglov = chart.table.rows.find((r) => r[0] === 'Bygglov')!;
    const median = uy.peers!.areaMedians.bygglov!;
    expect(bygglov.at(-1)).toBe(String(Math.floor(median + 0.5)));
  });
});

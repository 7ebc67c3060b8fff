import { describe, expect, it } from 'vitest';
import { areaBarsChart, layoutAreaBars, type AreaBar } from './area-bars';

const rows: AreaBar[] = [
  { label: 'Bygglov', value: 88.2, national: 68 },
  { label: 'Miljö- och hälsoskydd', value: 79.6, national: 74 },
  { label: 'Serveringstillstånd', note: 'för få svar', national: 79 },
];
const input = (r = rows) => ({
  idPrefix: 'kalix-areas',
  unitName: 'Kalix kommun',
  year: 2021,
  rows: r,
});

describe('layoutAreaBars', () => {
  it('maps index 0 to the left edge and 100 to the right edge of the drawing', () => {
    const { x } = layoutAreaBars(rows);
    expect(x(0)).toBe(8);
    expect(x(100)).toBe(392);
  });
});

describe('areaBarsChart', () => {
  it('names the best area in the title', () => {
    expect(areaBarsChart(input()).title).toBe('Kalix kommun: högst NKI inom bygglov år 2021, 88');
  });

  it('writes value, grade and national average beside each bar', () => {
    const spec = areaBarsChart(input());
    expect(spec.svg).toContain('88 mycket högt · riket 68');
    expect(spec.svg).toContain('saknas (för få svar)');
    expect(spec.table.rows).toEqual([
      ['Bygglov', '88', 'Mycket högt', '68'],
      ['Miljö- och hälsoskydd', '80', 'Mycket högt', '74'],
      ['Serveringstillstånd', 'saknas (för få svar)', '–', '79'],
    ]);
  });

  it('draws a bar whose length is the value on the 0–100 scale', () => {
    const spec = areaBarsChart(input([{ label: 'Bygglov', value: 50 }]));
    expect(spec.svg).toContain('width="192" height="14" fill="#D55E00"');
  });

  it('escapes a hostile area label', () => {
    const spec = areaBarsChart(input([{ label: '<img src=x onerror=alert(1)>', value: 70 }]));
    expect(spec.svg).not.toContain('<img');
  });
});

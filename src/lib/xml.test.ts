/** The one escaper, on what spreadsheets and Kolada really send: markup, quotes, control bytes. */
import { describe, expect, it } from 'vitest';
import { areaBarsChart } from '../charts/area-bars';
import { trendChart } from '../charts/trend';
import { xmlProblems } from '../feeds/well-formed';
import { escapeXml } from './xml';

describe('escapeXml', () => {
  it('drops control characters XML cannot hold and keeps tabs, newlines and emoji', () => {
    expect(escapeXml('Kalix\u0007 kommun\u001b[31m')).toBe('Kalix kommun[31m');
    expect(escapeXml('a\tb\nc 👍')).toBe('a\tb\nc 👍');
    expect(escapeXml('x\ud800y')).toBe('xy');
  });

  it('returns ordinary text as it is', () => {
    const text = 'Miljö- och hälsoskydd';
    expect(escapeXml(text)).toBe(text);
  });
});

describe('a chart whose names come with control characters', () => {
  const name = 'Kalix\u0007 kommun <b>';

  it('is still well-formed XML, as a downloaded SVG must be', () => {
    const trend = trendChart({
      idPrefix: 'k',
      unitName: name,
      points: [
        { year: 2021, value: 86, national: 72 },
        { year: 2022, value: 84, national: 72 },
      ],
    });
    const areas = areaBarsChart({
      idPrefix: 'a',
      unitName: name,
      year: 2021,
      rows: [{ label: 'Bygg\u0001lov', value: 88, national: 70 }],
    });
    for (const svg of [trend.svg, areas.svg]) {
      expect(xmlProblems(svg)).toEqual([]);
      expect(svg).not.toMatch(/[\u0000-\u0008]/);
    }
  });
});

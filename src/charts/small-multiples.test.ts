import { describe, expect, it } from 'vitest';
import { smallMultiplesChart, type SmallMultiplesInput } from './small-multiples';

const years = [2021, 2022, 2023, 2024];
const national = years.map((year, i) => ({ year, value: 70 + i }));
const input: SmallMultiplesInput = {
  idPrefix: 'kalix-omraden',
  title: 'Kalix kommun: varje myndighetsområde över åren',
  subtitle: 'Index per myndighetsområde',
  summary: 'Ett litet diagram per område.',
  lineLabel: 'Kalix kommun',
  referenceLabel: 'Kommunernas genomsnitt (beräknat)',
  panelColumn: 'Område',
  years,
  seriesBreaks: [2024],
  markYear: 2022,
  panels: [
    {
      label: 'Bygglov',
      points: years.map((year, i) => ({ year, value: 60 + i * 5 })),
      reference: national,
    },
    {
      label: 'Brandskydd',
      points: [
        { year: 2021, value: 80 },
        { year: 2022 },
        { year: 2023, value: 82 },
        { year: 2024 },
      ],
      reference: national,
    },
    { label: 'Lantmäteri', points: [{ year: 2024, value: 75 }], reference: national },
  ],
};

describe('smallMultiplesChart', () => {
  const spec = smallMultiplesChart(input);

  it('draws a panel per entry, two a row, each line stopping at gaps and series breaks', () => {
    expect(spec.width).toBe(400);
    expect(spec.height).toBe(48 + 2 * 124);
    for (const label of ['Bygglov', 'Brandskydd', 'Lantmäteri'])
      expect(spec.svg).toContain(`>${label}</text>`);
    const lines = [...spec.svg.matchAll(/<path d="[^"]+" fill="none" stroke="#0072B2"/g)];
    // Bygglov 2021–2023 (2024 is a new series); Brandskydd has no two neighbouring values.
    expect(lines).toHaveLength(1);
    expect(spec.svg.match(/<circle [^>]*fill="#0072B2"/g)).toHaveLength(4 + 2 + 1);
  });

  it('shades the page’s year in every panel', () => {
    expect(spec.svg.match(/fill-opacity="0.12"/g)).toHaveLength(3);
  });

  it('lists every panel by year, with the shared reference once', () => {
    expect(spec.table.columns).toEqual(['Område', '2021', '2022', '2023', '2024']);
    expect(spec.table.rows).toEqual([
      ['Bygglov', '60', '65', '70', '75'],
      ['Brandskydd', '80', '–', '82', '–'],
      ['Lantmäteri', '–', '–', '–', '75'],
      ['Kommunernas genomsnitt (beräknat)', '70', '71', '72', '73'],
    ]);
  });
});

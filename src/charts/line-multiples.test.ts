import { describe, expect, it } from 'vitest';
import { lineMultiplesChart, LINE_STYLES, type LineMultiplesInput } from './line-multiples';

const years = [2021, 2022, 2023, 2024];
const at = (values: (number | undefined)[]) => years.map((year, i) => ({ year, value: values[i] }));
const input: LineMultiplesInput = {
  idPrefix: 'kalix jamfor',
  title: 'Kalix kommun över åren jämfört med kommungruppen och riket',
  subtitle: 'Index per mått',
  summary: 'Ett litet diagram per mått.',
  series: [
    { label: 'Kalix kommun' },
    { label: 'Kommungruppens median', breaks: [2023] },
    { label: 'Riket' },
  ],
  years,
  markYear: 2022,
  panelColumn: 'Mått och linje',
  panels: [
    {
      label: 'NKI totalt',
      breaks: [2024],
      lines: [at([70, 72, 74, 76]), at([68, 69, 70, 71]), at([71, 72, 73, 74])],
    },
    { label: 'Bygglov', lines: [at([60, undefined, 64, 66]), at([]), at([65, 66, 67, 68])] },
  ],
};

describe('lineMultiplesChart', () => {
  const spec = lineMultiplesChart(input);
  const paths = (stroke: string) =>
    spec.svg.match(new RegExp(`<path d="M[^"]+" fill="none" stroke="${stroke}"`, 'g')) ?? [];

  it('names every line in the legend with its own colour, dash and marker', () => {
    expect(spec.id).toBe('kalix-jamfor');
    for (const label of ['Kalix kommun', 'Kommungruppens median', 'Riket', 'NKI totalt', 'Bygglov'])
      expect(spec.svg).toContain(`>${label}</text>`);
    const dashes = LINE_STYLES.map((s) => s.dash ?? '');
    expect(new Set(dashes).size).toBe(LINE_STYLES.length);
    expect(new Set(LINE_STYLES.map((s) => s.marker)).size).toBe(LINE_STYLES.length);
  });

  it('stops each line at gaps, at the panel’s series breaks and at a line’s own breaks', () => {
    // Kalix: NKI 2021–2023 (2024 a new series), bygglov 2023–2024 only.
    expect(paths(LINE_STYLES[0].stroke)).toHaveLength(2);
    // The group: NKI 2021–2022, then 2023 alone (new edition), 2024 alone (new series).
    expect(paths(LINE_STYLES[1].stroke)).toHaveLength(1);
    // The country: NKI 2021–2023 and bygglov all four years.
    expect(paths(LINE_STYLES[2].stroke)).toHaveLength(2);
    expect(spec.svg.match(/fill-opacity="0.12"/g)).toHaveLength(2);
  });

  it('says what it shows and lists every line of every panel by year', () => {
    expect(spec.alt).toBe(
      'Ett litet diagram per mått. 2 små diagram med samma skala, 50–100, 2021–2024, med en linje var för Kalix kommun, Kommungruppens median, Riket. Siffrorna finns i tabellen.',
    );
    expect(spec.table.columns).toEqual(['Mått och linje', '2021', '2022', '2023', '2024']);
    expect(spec.table.rows).toEqual([
      ['NKI totalt: Kalix kommun', '70', '72', '74', '76'],
      ['NKI totalt: Kommungruppens median', '68', '69', '70', '71'],
      ['NKI totalt: Riket', '71', '72', '73', '74'],
      ['Bygglov: Kalix kommun', '60', '–', '64', '66'],
      ['Bygglov: Kommungruppens median', '–', '–', '–', '–'],
      ['Bygglov: Riket', '65', '66', '67', '68'],
    ]);
  });
});

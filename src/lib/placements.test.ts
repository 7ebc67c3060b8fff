import { describe, expect, it } from 'vitest';
import { checkRanking, type Placed } from './placements';

let nextLine = 2;
/** A placement on the next line, in column 3. */
const placed = (unitName: string, place: number, value?: number, group?: string): Placed => ({
  line: nextLine++,
  column: 3,
  unitName,
  place,
  value,
  group,
});

describe('checkRanking', () => {
  it('accepts unique places in the order of the values, equal rounded values included', () => {
    nextLine = 2;
    const entries = [
      placed('Gnesta', 60, 77),
      placed('Eskilstuna', 62, 77),
      placed('Kalix', 2, 86),
    ];
    expect(checkRanking(entries, 'NKI totalt', '2021.csv')).toEqual([]);
  });

  it('reports every repeat of a place as an error on the later row', () => {
    nextLine = 2;
    const entries = [placed('Kalix', 2, 86), placed('Boden', 2, 71), placed('Luleå', 2, 75)];
    expect(checkRanking(entries, 'bygglov', '2021.csv')).toEqual([
      {
        file: '2021.csv',
        line: 3,
        column: 3,
        raw: '2',
        severity: 'error',
        message: 'Placering 2 i bygglov finns redan på rad 2 (Kalix).',
      },
      {
        file: '2021.csv',
        line: 4,
        column: 3,
        raw: '2',
        severity: 'error',
        message: 'Placering 2 i bygglov finns redan på rad 2 (Kalix).',
      },
    ]);
  });

  it('warns where a worse place has a strictly higher value, comparing neighbours in place order', () => {
    nextLine = 2;
    const entries = [placed('Luleå', 9, 75.5), placed('Piteå', 10, 77.25), placed('Boden', 11, 71)];
    expect(
      checkRanking(entries, 'NKI totalt', '2021.csv').map((p) => [p.severity, p.line, p.message]),
    ).toEqual([
      [
        'warning',
        3,
        'Placering 10 i NKI totalt (Piteå, 77,25) har högre värde än placering 9 (Luleå, 75,5).',
      ],
    ]);
  });

  it('checks each group on its own, and ignores places without a value for the order', () => {
    nextLine = 2;
    const entries = [
      placed('Kalix', 1, 86, '25'),
      placed('Trosa', 1, 78, '04'),
      placed('Boden', 2, undefined, '25'),
    ];
    expect(checkRanking(entries, 'länet', '2021.csv')).toEqual([]);
  });
});

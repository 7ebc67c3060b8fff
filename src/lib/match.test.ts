import { describe, expect, it } from 'vitest';
import { realReference } from '../../test/support/paths';
import { matchUnit, suggest } from './match';

const reference = realReference();
const codeOf = (text: string) => matchUnit(text, reference)?.code;

describe('matchUnit', () => {
  it.each([
    ['2514', '2514'],
    ['Kalix', '2514'],
    ['Kalix kommun', '2514'],
    ['KALIX', '2514'],
    [' kalix ', '2514'],
    ['Stockholms stad', '0180'],
    ['Stockholm stad', '0180'],
    ['Region Gotland', '0980'],
    ['Gotland', '0980'],
    ['Upplands Bro', '0139'],
    ['Upplands-Bro', '0139'],
    ['Malmo', '1280'],
    ['Malmö stad', '1280'],
    ['Österåkers kommun', '0117'],
    ['180', '0180'],
    ['F01', 'F01'],
    ['f1', 'F01'],
    ['Miljöförbundet Blekinge Väst', 'F01'],
  ])('finds %j as the unit with code %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('tells Håbo and Habo apart when the diacritics are there', () => {
    expect(codeOf('Håbo')).toBe('0305');
    expect(codeOf('Habo')).toBe('0643');
  });

  it('finds nothing for an unknown name or code', () => {
    expect(codeOf('Kalixx')).toBeUndefined();
    expect(codeOf('9999')).toBeUndefined();
    expect(codeOf('')).toBeUndefined();
  });
});

describe('suggest', () => {
  it('proposes the closest short names for a misspelling, best first', () => {
    expect(suggest('Kalixx', reference)).toEqual(['Kalix']);
    expect(suggest('Stokholm', reference)).toEqual(['Stockholm']);
  });

  it('proposes nothing for a name far from every known one', () => {
    expect(suggest('Gotham City', reference)).toEqual([]);
  });

  it('returns at most n names', () => {
    expect(suggest('Hbo', reference, 2)).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['78', 78],
    ['78,4', 78.4],
    ['78.4', 78.4],
    [' 86 ', 86],
    ['49 %', 49],
    ['49%', 49],
    ['49\u00a0%', 49],
    ['31 037', 31037],
    ['31\u00a0037', 31037],
    ['1\u202f234\u202f567', 1234567],
    ['1.234,5', 1234.5],
    ['0', 0],
    ['140', 140],
    ['-3', -3],
    ['−3', -3],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumber(raw)).toEqual({ kind: 'number', value });
  });

  it('reads an empty cell as no result, and only words as not measured', () => {
    // An empty cell does not say why: no cases, or too few answers to publish (Kolada).
    expect(parseNumber('')).toEqual({ kind: 'missing', reason: 'no-result' });
    expect(parseNumber('  ')).toEqual({ kind: 'missing', reason: 'no-result' });
    expect(parseNumber('ej mätt')).toEqual({ kind: 'missing', reason: 'not-measured' });
    expect(parseNumber('Inga  ärenden')).toEqual({ kind: 'missing', reason: 'not-measured' });
  });

  it.each(['–', '—', '-', '..', '*', 'x', 'X', ' – '])(
    'reads the marker %j as suppressed',
    (raw) => {
      expect(parseNumber(raw)).toEqual({ kind: 'missing', reason: 'suppressed' });
    },
  );

  it.each(['hög', '78,4,1', '7 8', '12:e', 'n/a', '78 4'])('refuses %j as not a number', (raw) => {
    expect(parseNumber(raw)).toEqual({ kind: 'invalid' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  countWord,
  formatDelta,
  formatIndex,
  formatNumber,
  gradeForIndex,
  gradeLabel,
  joinList,
  ordinal,
  superlativePrefix,
} from './format';

describe('format', () => {
  it('writes sv-SE numbers with decimal comma, non-breaking thousands and a real minus sign', () => {
    expect(formatNumber(4.5, 1)).toBe('4,5');
    expect(formatNumber(40000)).toBe('40\u00a0000');
    expect(formatNumber(-3)).toBe('\u22123');
    expect(formatDelta(3)).toBe('+3');
    expect(formatDelta(-3)).toBe('\u22123');
  });

  it('shows an index as its published, rounded integer', () => {
    expect(formatIndex(78.4)).toBe('78');
    expect(formatIndex(85.5)).toBe('86');
  });

  it('writes ordinals in words up to tenth, then digits with the Swedish suffix', () => {
    expect([1, 2, 3, 8, 10].map(ordinal)).toEqual([
      'första',
      'andra',
      'tredje',
      'åttonde',
      'tionde',
    ]);
    expect([11, 12, 21, 22, 114, 138].map(ordinal)).toEqual([
      '11:e',
      '12:e',
      '21:a',
      '22:a',
      '114:e',
      '138:e',
    ]);
  });

  it('gives "näst" for second and nothing beyond tenth', () => {
    expect(superlativePrefix(1)).toBe('');
    expect(superlativePrefix(2)).toBe('näst ');
    expect(superlativePrefix(3)).toBe('tredje ');
    expect(superlativePrefix(11)).toBeUndefined();
  });

  it('grades on the rounded integer with 80 as "mycket högt"', () => {
    expect([79.6, 79.4, 69.5, 61.4].map((v) => gradeLabel(gradeForIndex(v)))).toEqual([
      'mycket högt',
      'högt',
      'högt',
      'lågt',
    ]);
    expect(gradeLabel(gradeForIndex(62))).toBe('godkänt');
  });

  it('joins lists without a serial comma and counts small numbers in words', () => {
    expect(joinList(['a', 'b', 'c'])).toBe('a, b och c');
    expect(joinList(['a'])).toBe('a');
    expect(countWord(4)).toBe('fyra');
    expect(countWord(12)).toBe('12');
  });
});

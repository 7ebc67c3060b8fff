import { describe, expect, it } from 'vitest';
import { publishedIndex } from '../charts/format';
import { formatIndex, gradeForIndex, roundIndex } from '../text/format';
import { gradeScaleRows, gradeScaleWords, notableChangeWords } from '../text/rule-words';
import { change } from './compare';
import { grade } from './grade';
import { GRADE_SCALE, NOTABLE_DELTA, published } from './rules';

/** Values around every half and every grade boundary, with binary noise on either side. */
function values(): number[] {
  const out: number[] = [70.49999999999999, 70.50000000000001, 79.5, 61.5, 69.49999999999999];
  for (let i = 0; i <= 1000; i++) {
    const v = i / 10;
    out.push(v, v + 0.05, v - 1e-12, v + 1e-12, (i * 7) / 100);
  }
  // A computed mean that should be 70,5 (Kolada-like unrounded values).
  out.push([70.1, 70.9, 70.5].reduce((a, b) => a + b, 0) / 3);
  return out.filter((v) => v >= 0 && v <= 100);
}

describe('one rounding for every shown number, grade and difference', () => {
  it('shows, grades and subtracts the same integer everywhere', () => {
    for (const v of values()) {
      const shown = published(v);
      expect(formatIndex(v)).toBe(String(shown));
      expect(roundIndex(v)).toBe(shown);
      expect(publishedIndex(v)).toBe(shown);
      const expected = GRADE_SCALE.find((g) => shown >= g.min)!.grade;
      expect(grade(v)).toBe(expected);
      expect(gradeForIndex(v)).toBe(expected);
      const c = change('nki', { year: 2020, value: 50 }, { year: 2021, value: v });
      expect(c.delta).toBe(shown - 50);
    }
  });

  it('rounds 70.49999999999999 as 70,5 would be rounded: to 71, graded högt', () => {
    expect(published(70.49999999999999)).toBe(71);
    expect(formatIndex(70.49999999999999)).toBe('71');
    expect(published(70.4)).toBe(70);
  });
});

describe('rules in words come from the rules', () => {
  it('states the grade scale from its thresholds', () => {
    expect(gradeScaleRows().map((r) => r.range)).toEqual([
      '80 eller mer',
      '70–79',
      '62–69',
      'Under 62',
    ]);
    expect(gradeScaleWords()).toBe(
      '80 eller mer är mycket högt, 70–79 högt, 62–69 godkänt och under 62 lågt',
    );
  });

  it('states the notable change from its constant', () => {
    expect(notableChangeWords()).toBe(`minst ${NOTABLE_DELTA} enheter`);
  });
});

describe('counts agree with their noun', () => {
  it('says "en kommun", "ett område", "två kommuner" and digits beyond ten', async () => {
    const { countNoun } = await import('../text/format');
    expect(countNoun(1, 'kommun')).toBe('en kommun');
    expect(countNoun(1, 'område')).toBe('ett område');
    expect(countNoun(2, 'kommun')).toBe('två kommuner');
    expect(countNoun(198, 'kommun')).toBe('198 kommuner');
    expect(countNoun(1, 'förbund')).toBe('ett förbund');
  });
});

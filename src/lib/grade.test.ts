import { describe, expect, it } from 'vitest';
import { grade, published } from './grade';

describe('published', () => {
  it('rounds half up as SKR tables do', () => {
    expect(published(78.4)).toBe(78);
    expect(published(78.5)).toBe(79);
    expect(published(61.49)).toBe(61);
  });

  it('absorbs binary noise, so a computed 70.49999999999999 counts as 70.5', () => {
    expect(1.005 * 100 - 30).toBeLessThan(70.5);
    expect(published(1.005 * 100 - 30)).toBe(71);
  });
});

describe('grade', () => {
  it('calls 80 or more mycket högt, following SKR\'s "80 eller mer"', () => {
    expect(grade(80)).toBe('mycket-hogt');
    expect(grade(86.2)).toBe('mycket-hogt');
  });

  it('grades the published integer, so 79.5 is mycket högt and 79.4 högt', () => {
    expect(grade(79.5)).toBe('mycket-hogt');
    expect(grade(79.4)).toBe('hogt');
  });

  it('calls 70–79 högt', () => {
    expect(grade(70)).toBe('hogt');
    expect(grade(69.5)).toBe('hogt');
    expect(grade(78)).toBe('hogt');
  });

  it('calls 62–69 godkänt', () => {
    expect(grade(62)).toBe('godkant');
    expect(grade(61.5)).toBe('godkant');
    expect(grade(69.4)).toBe('godkant');
  });

  it('calls under 62 lågt', () => {
    expect(grade(61.4)).toBe('lagt');
    expect(grade(52)).toBe('lagt');
    expect(grade(0)).toBe('lagt');
  });
});

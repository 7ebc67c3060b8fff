import { describe, expect, it } from 'vitest';
import { fitText, textWidth, type FitBox } from './text-fit';

const box: FitBox = { width: 600, height: 150, weight: 'bold', sizes: [60, 40], lineHeight: 1.2 };

describe('textWidth', () => {
  it('sums DejaVu Sans advance widths scaled to the font size', () => {
    // DejaVu Sans: "a" advances 1255/2048 em, bold "a" 1382/2048 em.
    expect(textWidth('a', 2048, 'regular')).toBe(1255);
    expect(textWidth('aa', 1024, 'bold')).toBe(1382);
  });

  it('measures å, ä and ö by their own glyphs, not by the fallback width', () => {
    expect(textWidth('ö', 2048, 'regular')).toBe(textWidth('o', 2048, 'regular'));
    expect(textWidth('Å', 2048, 'bold')).toBe(1585);
    expect(textWidth('M', 2048, 'bold')).toBe(2038);
    expect(textWidth('漢', 2048, 'bold')).toBe(2038);
  });
});

describe('fitText', () => {
  it('keeps the largest size at which the text wraps into the box', () => {
    const fitted = fitText('Kalix kommun har landets näst mest nöjda kunder', box);
    expect(fitted).toEqual({
      size: 40,
      lines: ['Kalix kommun har landets', 'näst mest nöjda kunder'],
      complete: true,
    });
  });

  it('uses one line when the text fits on one', () => {
    expect(fitText('Bäst i Sverige', box)).toEqual({
      size: 60,
      lines: ['Bäst i Sverige'],
      complete: true,
    });
  });

  it('shortens with "…" only when nothing fits, and never overflows', () => {
    const fitted = fitText('Lång '.repeat(60) + 'Slut', box);
    expect(fitted.complete).toBe(false);
    expect(fitted.lines).toHaveLength(3);
    expect(fitted.lines[2]?.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(textWidth(line, 40, 'bold')).toBeLessThanOrEqual(600);
  });

  it('breaks a single word wider than the box in the last-resort layout', () => {
    const fitted = fitText('X'.repeat(100), box);
    expect(fitted.lines[0]).toBe('X'.repeat(Math.floor(600 / textWidth('X', 40, 'bold'))));
  });
});

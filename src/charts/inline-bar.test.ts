import { describe, expect, it } from 'vitest';
import { inlineBar } from './inline-bar';

const barWidth = (svg: string) =>
  Number(svg.match(/<rect width="([\d.]+)" height="10" fill="#0072B2"/)![1]);

describe('inlineBar', () => {
  it('fills the share of the track that the value is of the maximum', () => {
    expect(barWidth(inlineBar(86, 100))).toBe(68.8);
  });

  it('clamps values outside 0–max and draws nothing for a non-finite value', () => {
    expect(barWidth(inlineBar(120, 100))).toBe(80);
    expect(barWidth(inlineBar(-5, 100))).toBe(0);
    expect(barWidth(inlineBar(Number.NaN, 100))).toBe(0);
  });

  it('is hidden from assistive technology', () => {
    expect(inlineBar(50, 100)).toMatch(/^<svg [^>]*aria-hidden="true" focusable="false">/);
  });
});

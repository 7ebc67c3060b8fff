import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEJAVU_SANS } from '../../src/cards/dejavu-widths';
import { MEASURED_CHARS, readAdvanceWidths } from './font-widths';

const font = (file: string) =>
  readFileSync(new URL(`../../node_modules/dejavu-fonts-ttf/ttf/${file}`, import.meta.url));

describe('the generated DejaVu width table', () => {
  it('matches the installed fonts (regenerate with scripts/images/font-widths.ts if not)', () => {
    const regular = readAdvanceWidths(font('DejaVuSans.ttf'), MEASURED_CHARS);
    const bold = readAdvanceWidths(font('DejaVuSans-Bold.ttf'), MEASURED_CHARS);
    expect(DEJAVU_SANS.chars).toBe(MEASURED_CHARS);
    expect(regular.unitsPerEm).toBe(DEJAVU_SANS.unitsPerEm);
    expect(regular.widths).toEqual(DEJAVU_SANS.regular);
    expect(bold.widths).toEqual(DEJAVU_SANS.bold);
  });

  it('reads the advance of a space and of a digit from the font itself', () => {
    const { unitsPerEm, widths } = readAdvanceWidths(font('DejaVuSans.ttf'), ' 0');
    expect(unitsPerEm).toBe(2048);
    expect(widths).toEqual([651, 1303]);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM as utf-8', () => {
    expect(decodeBytes(utf8('Kommun;NKI\nÅmål;71\n'))).toEqual({
      text: 'Kommun;NKI\nÅmål;71\n',
      encoding: 'utf-8',
    });
  });

  it('strips the BOM Excel writes before UTF-8 and says so', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kommun;NKI')]);
    expect(decodeBytes(withBom)).toEqual({ text: 'Kommun;NKI', encoding: 'utf-8-bom' });
  });

  it('reads Windows-1252 including the en dash and typographic quotes in 0x80–0x9F', () => {
    // "Älvsbyn;–;“x”;€" as Excel on Swedish Windows saves it
    const file = bytes(
      0xc4,
      0x6c,
      0x76,
      0x73,
      0x62,
      0x79,
      0x6e,
      0x3b,
      0x96,
      0x3b,
      0x93,
      0x78,
      0x94,
      0x3b,
      0x80,
    );
    expect(decodeBytes(file)).toEqual({ text: 'Älvsbyn;–;“x”;€', encoding: 'windows-1252' });
  });

  it('reads å, ä and ö in Windows-1252 as the letters', () => {
    expect(decodeBytes(bytes(0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6))).toEqual({
      text: 'åäöÅÄÖ',
      encoding: 'windows-1252',
    });
  });

  it('refuses an empty file', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ error: 'Filen är tom.' });
  });

  it('recognizes an Excel workbook saved with a .csv name and asks for CSV', () => {
    const result = decodeBytes(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00));
    expect(result).toEqual({
      error:
        'Filen är inte text utan en Excel-arbetsbok (.xlsx) eller en zip-fil. Spara den som CSV (UTF-8 eller semikolonavgränsad) i Excel.',
    });
  });

  it('refuses bytes with NUL in them as not text', () => {
    const result = decodeBytes(bytes(0x4b, 0x00, 0x6f, 0x00));
    expect('error' in result && result.error).toMatch(
      /^Filen är inte text \(den innehåller binära data\)/,
    );
  });

  it('refuses UTF-16 text, which Excel writes as "Unicode-text"', () => {
    const result = decodeBytes(bytes(0xff, 0xfe, 0x4b, 0x00));
    expect('error' in result && result.error).toMatch(/UTF-16/);
  });
});

import { describe, expect, it } from 'vitest';
import { el, num } from './draw';
import { escapeXml } from '../lib/xml';

describe('escapeXml', () => {
  it('turns markup in a label into inert text', () => {
    expect(escapeXml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes ampersands and both kinds of quotes', () => {
    expect(escapeXml(`Ale & "Lerum" 'x'`)).toBe('Ale &amp; &quot;Lerum&quot; &apos;x&apos;');
  });
});

describe('num', () => {
  it('rounds coordinates to one decimal', () => {
    expect(num(12.345)).toBe('12.3');
    expect(num(7.96)).toBe('8');
  });

  it('writes a negative zero as 0', () => {
    expect(num(-0.04)).toBe('0');
  });
});

describe('el', () => {
  it('rounds numbers, escapes strings and leaves out undefined attributes', () => {
    expect(el('text', { x: 1.26, fill: 'a"b', y: undefined }, 'hej')).toBe(
      '<text x="1.3" fill="a&quot;b">hej</text>',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { xmlProblems } from './well-formed';

const wrap = (body: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<feed a="1" b='2'>${body}</feed>\n`;

describe('xmlProblems', () => {
  it('accepts nested elements, attributes, references, comments and CDATA', () => {
    expect(
      xmlProblems(wrap('<e x = "&amp;&#228;&#xE5;"><f/>å &lt; ö<!-- ok --><![CDATA[<&>]]></e>')),
    ).toEqual([]);
  });

  it('reports a mismatched end tag', () => {
    expect(xmlProblems(wrap('<title>x</titel>'))).toContain('</titel> stänger <title> (tecken 65)');
  });

  it('reports an element that is never closed', () => {
    expect(xmlProblems('<feed><entry></feed>')).toEqual([
      '</feed> stänger <entry> (tecken 13)',
      '<feed> stängs aldrig',
    ]);
  });

  it('reports a bare ampersand and an unknown entity', () => {
    expect(xmlProblems(wrap('Tom & Jerry'))).toEqual(['ogiltig referens "&" (tecken 61)']);
    expect(xmlProblems(wrap('&nbsp;'))).toEqual(['ogiltig referens "&nbsp" (tecken 57)']);
  });

  it('reports a character reference to a character XML forbids', () => {
    expect(xmlProblems(wrap('&#7;'))).toEqual(['ogiltig referens "&#7" (tecken 57)']);
  });

  it('reports an unquoted or repeated attribute and a stray "<"', () => {
    expect(xmlProblems('<a href=x/>')[0]).toBe(
      'attributet href saknar värde inom citattecken (tecken 7)',
    );
    expect(xmlProblems('<a x="1" x="2"/>')[0]).toBe('attributet x upprepas i <a> (tecken 9)');
    expect(xmlProblems(wrap('1 < 2'))).toEqual(['"<" som inte inleder en tagg (tecken 59)']);
  });

  it('reports a second root, text outside the root and a forbidden control character', () => {
    expect(xmlProblems('<a/><b/>')).toEqual(['andra rotelementet <b> (tecken 5)']);
    expect(xmlProblems('<a/>text')).toEqual(['text utanför rotelementet (tecken 4)']);
    expect(xmlProblems('<a>\u0007</a>')).toEqual(['otillåtet tecken U+7']);
  });

  it('reports an empty document', () => {
    expect(xmlProblems('')).toEqual(['inget rotelement']);
  });
});

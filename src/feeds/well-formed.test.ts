import { describe, expect, it } from 'vitest';
import { xmlProblems } from './well-formed';

const wrap = (body: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<feed a="1" b='2'>${body}</feed>\n`;

/** The problems as one string, for matching a word of saxes' message. */
const problems = (xml: string) => xmlProblems(xml).join(' | ');

describe('xmlProblems', () => {
  it('accepts nested elements, attributes, references, comments and CDATA', () => {
    expect(
      xmlProblems(wrap('<e x = "&amp;&#228;&#xE5;"><f/>å &lt; ö<!-- ok --><![CDATA[<&>]]></e>')),
    ).toEqual([]);
    expect(xmlProblems('\uFEFF<a/>')).toEqual([]);
  });

  it('reports a mismatched end tag with its line and column', () => {
    expect(problems(wrap('<title>x</titel>'))).toMatch(/^2:\d+: .*titel/);
  });

  it('reports an element that is never closed', () => {
    expect(problems('<feed><entry></feed>')).toMatch(/close tag/);
    expect(problems('<feed><entry/>')).toMatch(/unclosed tag: feed/);
  });

  it('reports a bare ampersand and an unknown entity', () => {
    expect(xmlProblems(wrap('Tom & Jerry'))).not.toEqual([]);
    expect(problems(wrap('&nbsp;'))).toMatch(/undefined entity/);
  });

  it('reports a character reference to a character XML forbids', () => {
    expect(problems(wrap('&#7;'))).toMatch(/character entity/);
  });

  it('reports an unquoted or repeated attribute and a stray "<"', () => {
    expect(problems('<a href=x/>')).toMatch(/unquoted attribute value/);
    expect(problems('<a x="1" x="2"/>')).toMatch(/duplicate attribute: x/);
    expect(problems(wrap('1 < 2'))).toMatch(/disallowed character in tag name/);
  });

  it('reports a second root, text outside the root and a forbidden control character', () => {
    expect(problems('<a/><b/>')).toMatch(/only one root/);
    expect(problems('<a/>text')).toMatch(/outside of root/);
    expect(problems('<a>\u0007</a>')).toMatch(/disallowed character/);
  });

  it('reports "--" in a comment, "]]>" in text and a DOCTYPE', () => {
    expect(problems('<a><!-- x -- y --></a>')).toMatch(/malformed comment/);
    expect(problems('<a>]]></a>')).toMatch(/]]>/);
    expect(problems('<!DOCTYPE a><a/>')).toMatch(/DOCTYPE stöds inte/);
  });

  it('reports an empty document', () => {
    expect(problems('')).toMatch(/root element/);
  });
});

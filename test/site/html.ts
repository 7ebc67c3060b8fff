/**
 * HTML as the site checks read it, through htmlparser2 (start tags with their attributes, the raw
 * text of <script> and <style>, the text a reader sees) and `entities` (character references).
 * Attribute values and text are entity-decoded; the text of <script> and <style> is kept byte for
 * byte, as a browser hashes it for the Content-Security-Policy.
 */
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';

export interface Tag {
  /** Lower-case element name. */
  readonly name: string;
  /** Lower-case attribute names to decoded values ('' for a bare attribute). */
  readonly attrs: ReadonlyMap<string, string>;
  /** Offset of the '<' in the source. */
  readonly offset: number;
  /** For <script>, <style>, <textarea>, <title>: the text up to the closing tag. */
  readonly text?: string;
}

const WITH_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Decodes character references (named, decimal and hexadecimal), as an HTML parser does. */
export function decodeEntities(value: string): string {
  return value.includes('&') ? decodeHTML(value) : value;
}

/** Every start tag of a document, in order. Comments, doctype and end tags are skipped. */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  let open: { name: string; attrs: Map<string, string>; offset: number; text: string } | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      const tag = { name, attrs: new Map(Object.entries(attribs)), offset: parser.startIndex };
      if (WITH_TEXT.has(name)) {
        open = { ...tag, text: '' };
        out.push(open);
      } else out.push(tag);
    },
    ontext(text) {
      if (open) open.text += text;
    },
    onclosetag(name) {
      if (open?.name === name) open = undefined;
    },
  });
  parser.end(html);
  return out;
}

/** True when the file is a whole document (doctype or <html>), not a fragment to paste. */
export function isDocument(html: string): boolean {
  return /^\s*(?:\ufeff)?\s*(?:<!doctype html|<html[\s>])/i.test(html.slice(0, 512));
}

const HIDDEN = new Set(['script', 'style', 'template']);

/**
 * The text of a document outside tags, script, style and template, decoded: what a reader sees
 * (roughly: hidden elements and CSS are not looked at). Every tag counts as a space.
 */
export function visibleText(html: string): string {
  let text = '';
  let hidden = 0;
  const parser = new Parser({
    onopentag(name) {
      if (HIDDEN.has(name)) hidden++;
      text += ' ';
    },
    ontext(chunk) {
      if (hidden === 0) text += chunk;
    },
    onclosetag(name) {
      if (HIDDEN.has(name) && hidden > 0) hidden--;
      text += ' ';
    },
  });
  parser.end(html);
  return text;
}

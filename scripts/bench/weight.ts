/**
 * What a page costs to load: gzip bytes of its HTML and of everything it loads at once (styles,
 * scripts and their static imports, images, fonts from CSS), by kind. Lazy loads (a search index
 * fetched on typing, dynamic import()) are not counted: the reader does not pay for them up front.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileForPath, internalTarget, references } from '../../test/site/checks';
import { listFiles } from '../../test/site/dist';

export interface Weight {
  readonly html: number;
  readonly css: number;
  readonly js: number;
  readonly other: number;
  readonly total: number;
  readonly files: number;
}

function kind(file: string): 'html' | 'css' | 'js' | 'other' {
  const ext = extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  return 'other';
}

function cssRefs(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].map((m) => (m[1] ?? m[2])!);
}

function jsImports(js: string): string[] {
  return [...js.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** Gzip bytes of the page at `path` (e.g. /kommun/kalix/2021/) and all it loads, from `dist`. */
export function pageWeight(dist: string, path: string): Weight {
  const files = new Set(listFiles(dist));
  const start = fileForPath(path, files);
  if (!start) throw new Error(`${path} finns inte i ${dist}`);
  const seen = new Set<string>();
  const totals = { html: 0, css: 0, js: 0, other: 0 };
  const visit = (file: string, fromPath: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const bytes = readFileSync(join(dist, file));
    totals[kind(file)] += gzipSync(bytes, { level: 9 }).length;
    const text = kind(file) === 'other' ? '' : bytes.toString('utf8');
    const urls =
      kind(file) === 'html'
        ? references(text).filter((ref) => ref.loaded).map((ref) => ref.url)
        : kind(file) === 'css'
          ? cssRefs(text)
          : kind(file) === 'js'
            ? jsImports(text)
            : [];
    for (const url of urls) {
      const target = internalTarget(url, fromPath);
      const next = target && fileForPath(target.path, files);
      if (next) visit(next, target.path);
    }
  };
  visit(start, path);
  const total = totals.html + totals.css + totals.js + totals.other;
  return { ...totals, total, files: seen.size };
}

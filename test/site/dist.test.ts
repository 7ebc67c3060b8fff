/**
 * Site-wide checks over the built site ($DIST_DIR, default dist/), without a browser.
 *
 * Documents and fragments: a file that starts with a doctype or <html> is a page and gets every
 * check. Any other .html file is a fragment meant to be pasted into someone else's page (the
 * "Bädda in" HTML snippet): its links must resolve and it may load nothing from elsewhere, but it
 * has no CSP of its own and no h1 (it would add a second h1 to the host page).
 *
 * Charts are embedded by their unit-year page itself (…/2021/#inbadda-areas), so there are no
 * embed pages of their own to check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  anchors,
  cspProblems,
  fileForPath,
  foreignAssets,
  h1Count,
  internalTarget,
  pathForFile,
  references,
} from './checks';
import { assertBuilt, DIST_DIR, htmlFiles, listFiles } from './dist';
import { isDocument } from './html';

let files: Set<string>;
let pages: Array<[string, string]>;

beforeAll(() => {
  assertBuilt();
  files = new Set(listFiles());
  pages = htmlFiles();
});

/** Lists failures one per line, at most `limit`, with how many more there were. */
function report(lines: string[], limit = 40): string {
  const shown = lines.slice(0, limit).join('\n');
  return lines.length > limit ? `${shown}\n… och ${lines.length - limit} till` : shown;
}

describe(`the built site in ${DIST_DIR}`, () => {
  it('has pages to check', () => {
    expect(pages.filter(([, html]) => isDocument(html)).length).toBeGreaterThan(0);
  });

  it('resolves every internal link, image, asset and fragment to a file in the build', () => {
    const idCache = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let ids = idCache.get(file);
      if (!ids) {
        ids = anchors(readFileSync(join(DIST_DIR, file), 'utf8'));
        idCache.set(file, ids);
      }
      return ids;
    };
    const broken: string[] = [];
    for (const [file, html] of pages) {
      const from = pathForFile(file);
      for (const ref of references(html)) {
        if (/^\s*javascript:/i.test(ref.url)) continue; // reported by the CSP check
        const target = internalTarget(ref.url, from);
        if (!target) continue;
        const targetFile = fileForPath(target.path, files);
        if (!targetFile) {
          broken.push(`${from}: ${ref.where} ${ref.url} → finns inte`);
        } else if (
          target.fragment &&
          target.fragment !== 'top' &&
          targetFile.endsWith('.html') &&
          !idsOf(targetFile).has(target.fragment)
        ) {
          broken.push(`${from}: ${ref.where} ${ref.url} → inget id "${target.fragment}"`);
        }
      }
    }
    expect(broken, report(broken)).toHaveLength(0);
  });

  it('gives every page exactly one h1', () => {
    const wrong = pages
      .filter(([, html]) => isDocument(html))
      .map(([file, html]) => [pathForFile(file), h1Count(html)] as const)
      .filter(([, count]) => count !== 1)
      .map(([path, count]) => `${path}: ${count} h1`);
    expect(wrong, report(wrong)).toHaveLength(0);
  });

  it('loads no script, style, image, font or frame from another origin', () => {
    const foreign = pages.flatMap(([file, html]) =>
      foreignAssets(html).map((ref) => `${pathForFile(file)}: ${ref.where} ${ref.url}`),
    );
    expect(foreign, report(foreign)).toHaveLength(0);
  });

  it('gives every page a Content-Security-Policy that runs inline script only by hash', () => {
    const problems = pages
      .filter(([, html]) => isDocument(html))
      .flatMap(([file, html]) =>
        cspProblems(html).map((problem) => `${pathForFile(file)}: ${problem}`),
      );
    expect(problems, report(problems)).toHaveLength(0);
  });

  it('has a 404 page', () => {
    expect(files.has('404.html')).toBe(true);
  });
});

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
  creditProblems,
  cspProblems,
  fileForPath,
  foreignAssets,
  h1Count,
  internalTarget,
  pathForFile,
  references,
  type Reference,
} from './checks';
import { assertBuilt, DIST_DIR, htmlFiles, listFiles } from './dist';
import { exampleEditorials } from './editorial-fixture';
import { decodeEntities, isDocument, tags, visibleText } from './html';

/** What the checks need from one HTML file, read once: tokenizing 290 MB five times took 30 s. */
interface PageFacts {
  readonly path: string;
  readonly isDocument: boolean;
  readonly references: Reference[];
  readonly ids: Set<string>;
  readonly h1s: number;
  readonly foreign: Reference[];
  readonly csp: string[];
  readonly credit: string[];
  /** Which of the example marks the page has: noindex, the banner, the word "Exempeldata". */
  readonly exampleMarks: { noindex: boolean; banner: boolean; says: boolean };
  /** Invented words, people and contacts of the example's editorial additions on the page. */
  readonly invented: string[];
}

/**
 * Where the site's figures came from, by the footer of its home page (provenance.creditLine):
 * all from Kolada (true), none (false), or some years (undefined).
 */
function koladaSite(home: string): boolean | undefined {
  const footer = /<footer[\s\S]*?<\/footer>/.exec(home)?.[0] ?? '';
  if (!footer.includes('via Kolada')) return false;
  return /via Kolada \(RKA\), licens CC BY 4\.0\./.test(footer) ? true : undefined;
}

const INVENTED = exampleEditorials().flatMap((e) => [
  ...e.quotes.map((q) => q.replace(/[.,]$/, '')),
  ...e.people,
  e.body,
]);

let files: Set<string>;
let pages: Map<string, PageFacts>;

beforeAll(() => {
  assertBuilt();
  files = new Set(listFiles());
  pages = new Map();
  const kolada = koladaSite(readFileSync(join(DIST_DIR, 'index.html'), 'utf8'));
  for (const [file, html] of htmlFiles()) {
    const all = tags(html);
    const document = isDocument(html);
    pages.set(file, {
      path: pathForFile(file),
      isDocument: document,
      references: references(all),
      ids: anchors(all),
      h1s: document ? h1Count(all) : 1,
      foreign: foreignAssets(all),
      csp: document ? cspProblems(all) : [],
      credit: creditProblems(html, kolada, all),
      exampleMarks: {
        noindex: /<meta name="robots" content="[^"]*noindex/.test(html),
        banner: html.includes('class="example-banner"'),
        says: visibleText(html).includes('Exempeldata'),
      },
      invented: INVENTED.filter((words) => decodeEntities(html).includes(words)),
    });
  }
});

/** Lists failures one per line, at most `limit`, with how many more there were. */
function report(lines: string[], limit = 40): string {
  const shown = lines.slice(0, limit).join('\n');
  return lines.length > limit ? `${shown}\n… och ${lines.length - limit} till` : shown;
}

describe(`the built site in ${DIST_DIR}`, () => {
  it('has pages to check', () => {
    expect([...pages.values()].filter((page) => page.isDocument).length).toBeGreaterThan(0);
  });

  it('resolves every internal link, image, asset and fragment to a file in the build', () => {
    const broken: string[] = [];
    for (const { path: from, references } of pages.values()) {
      for (const ref of references) {
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
          !pages.get(targetFile)?.ids.has(target.fragment)
        ) {
          broken.push(`${from}: ${ref.where} ${ref.url} → inget id "${target.fragment}"`);
        }
      }
    }
    expect(broken, report(broken)).toHaveLength(0);
  });

  it('gives every page exactly one h1', () => {
    const wrong = [...pages.values()]
      .filter((page) => page.h1s !== 1)
      .map((page) => `${page.path}: ${page.h1s} h1`);
    expect(wrong, report(wrong)).toHaveLength(0);
  });

  it('loads no script, style, image, font or frame from another origin', () => {
    const foreign = [...pages.values()].flatMap((page) =>
      page.foreign.map((ref) => `${page.path}: ${ref.where} ${ref.url}`),
    );
    expect(foreign, report(foreign)).toHaveLength(0);
  });

  it('gives every page a Content-Security-Policy that runs inline script only by hash', () => {
    const problems = [...pages.values()].flatMap((page) =>
      page.csp.map((problem) => `${page.path}: ${problem}`),
    );
    expect(problems, report(problems)).toHaveLength(0);
  });

  it('credits SKR, and Kolada with its licence where the figures came from there, on every page with figures', () => {
    const problems = [...pages.values()].flatMap((page) =>
      page.credit.map((problem) => `${page.path}: ${problem}`),
    );
    expect(problems, report(problems)).toHaveLength(0);
  });

  it('credits SKR and Kolada with its licence in the downloads of a site of Kolada figures', () => {
    const home = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    if (koladaSite(home) !== true) return;
    const lacking = [...files]
      .filter((file) => /^data\/[^/]+\.(csv|json|txt)$/.test(file))
      .filter((file) => {
        const text = readFileSync(join(DIST_DIR, file), 'utf8');
        return !['SKR', 'Kolada', 'CC BY 4.0'].every((word) => text.includes(word));
      });
    expect(lacking, report(lacking)).toEqual([]);
  });

  it('sends every old /embed/ address to a page that holds the chart', () => {
    // The rules of public/_redirects, applied as Netlify and Cloudflare Pages do (first match).
    const rules = readFileSync(join(DIST_DIR, '_redirects'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.trim().split(/\s+/) as [string, string, string]);
    const follow = (from: string): string | undefined => {
      for (const [pattern, to, status] of rules) {
        expect(status).toBe('301');
        const names: string[] = [];
        const re = new RegExp(
          `^${pattern.replace(/:(\w+)/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`,
        );
        const m = re.exec(from);
        if (m) return names.reduce((url, name, i) => url.replaceAll(`:${name}`, m[i + 1]!), to);
      }
      return undefined;
    };
    const kalix = [...pages.values()].find((p) => /^\/kommun\/[^/]+\/\d{4}\/$/.test(p.path))!;
    const [, slug, year] = /^\/kommun\/([^/]+)\/(\d{4})\/$/.exec(kalix.path)!;
    const cases = [
      [`/embed/kommun/${slug}/${year}/areas/`, `/kommun/${slug}/${year}/`, 'inbadda-areas'],
      [`/embed/kommun/${slug}/${year}/kod/`, `/kommun/${slug}/${year}/`, undefined],
      [`/embed/kommun/${slug}/nki-trend/`, `/kommun/${slug}/`, 'inbadda-nki-trend'],
      [`/embed/kommun/${slug}/kod/`, `/kommun/${slug}/`, undefined],
    ] as const;
    for (const [from, path, fragment] of cases) {
      expect(follow(from), from).toBe(fragment ? `${path}#${fragment}` : path);
      const file = fileForPath(path, files);
      expect(file, `${from} → ${path}`).toBeDefined();
      if (fragment) expect(pages.get(file!)?.ids.has(fragment), `${path}#${fragment}`).toBe(true);
    }
  });

  it('marks every page as example data, or none: noindex, banner and "Exempeldata" together', () => {
    const documents = [...pages.values()].filter((page) => page.isDocument);
    const all = (page: PageFacts) => Object.values(page.exampleMarks).every(Boolean);
    const any = (page: PageFacts) => Object.values(page.exampleMarks).some(Boolean);
    const robots = readFileSync(join(DIST_DIR, 'robots.txt'), 'utf8');
    if (documents.some(all)) {
      const missing = documents.filter((page) => !all(page)).map((page) => page.path);
      expect(missing, report(missing)).toEqual([]);
      expect(robots).not.toContain('Sitemap:');
    } else {
      // Real results: indexable, with the sitemap named for crawlers.
      const marked = documents
        .filter(any)
        .map((page) => `${page.path}: ${JSON.stringify(page.exampleMarks)}`);
      expect(marked, report(marked)).toEqual([]);
      expect(robots).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
    }
  });

  it('shows no invented quote or contact of the example beside real results', () => {
    const documents = [...pages.values()].filter((page) => page.isDocument);
    if (documents.some((page) => page.exampleMarks.banner)) return;
    const found = [...pages.values()].flatMap((page) =>
      page.invented.map((words) => `${page.path}: ${words}`),
    );
    expect(found, report(found)).toEqual([]);
  });

  it('has a 404 page', () => {
    expect(files.has('404.html')).toBe(true);
  });

  it('keeps a space where a line break stood between an expression and a tag in a template', () => {
    // Astro 7's default compressHTML ('jsx') dropped it: "CC BY 4.0.Om metoden" in every footer.
    const home = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    const footer = /<footer[\s\S]*?<\/footer>/.exec(home)?.[0] ?? '';
    expect(footer).toMatch(/\.\s+<a href="\/om\/">Om metoden<\/a>/);
  });
});

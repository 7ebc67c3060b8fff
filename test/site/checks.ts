/**
 * Site-wide checks over the HTML of a built site, as pure functions of file contents, so each one
 * can be tested on a synthesized page. The dist tests feed them every file of dist/.
 */
import { createHash } from 'node:crypto';
import { tags, visibleText, type Tag } from './html';

/** A page as its HTML or as its tags already read (the dist tests read each page once). */
export type PageSource = string | readonly Tag[];

function tagsOf(page: PageSource): readonly Tag[] {
  return typeof page === 'string' ? tags(page) : page;
}

/** The site's own public origin (absolute links to it are internal): $SITE_URL or the default. */
export const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'https://nki-rapporten.example').origin;

/** A reference from a page to a URL, with where it was found ("a href"). */
export interface Reference {
  readonly url: string;
  readonly where: string;
  /** True for what the browser loads with the page (scripts, styles, images, frames, fonts). */
  readonly loaded: boolean;
}

const LOADED_LINK_RELS =
  /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon|mask-icon)\b/i;

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,(?=\s|[^,]*\s)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) {
    urls.push(m[1] ?? m[2] ?? m[3] ?? '');
  }
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi))
    urls.push(m[1] ?? m[2] ?? '');
  return urls.filter((url) => url !== '');
}

/** Every URL a page refers to: links, assets, frames, form targets, meta images, CSS url(). */
export function references(html: PageSource): Reference[] {
  const out: Reference[] = [];
  const add = (tag: Tag, attr: string, loaded: boolean) => {
    const value = tag.attrs.get(attr);
    if (value === undefined) return;
    const where = `<${tag.name} ${attr}>`;
    if (attr === 'srcset') for (const url of srcsetUrls(value)) out.push({ url, where, loaded });
    else if (value.trim() !== '') out.push({ url: value.trim(), where, loaded });
  };
  for (const tag of tagsOf(html)) {
    switch (tag.name) {
      case 'a':
      case 'area':
        add(tag, 'href', false);
        break;
      case 'link':
        add(tag, 'href', LOADED_LINK_RELS.test(tag.attrs.get('rel') ?? ''));
        break;
      case 'script':
      case 'iframe':
      case 'embed':
      case 'track':
      case 'audio':
        add(tag, 'src', true);
        break;
      case 'img':
      case 'source':
        add(tag, 'src', true);
        add(tag, 'srcset', true);
        break;
      case 'video':
        add(tag, 'src', true);
        add(tag, 'poster', true);
        break;
      case 'input':
        if ((tag.attrs.get('type') ?? '').toLowerCase() === 'image') add(tag, 'src', true);
        break;
      case 'object':
        add(tag, 'data', true);
        break;
      case 'form':
        add(tag, 'action', false);
        break;
      case 'meta': {
        const key = (tag.attrs.get('property') ?? tag.attrs.get('name') ?? '').toLowerCase();
        if (/^(og:image|og:url|twitter:image)$/.test(key)) add(tag, 'content', false);
        break;
      }
      case 'style':
        for (const url of cssUrls(tag.text ?? ''))
          out.push({ url, where: '<style>', loaded: true });
        break;
    }
    const style = tag.attrs.get('style');
    if (style) {
      for (const url of cssUrls(style))
        out.push({ url, where: `<${tag.name} style>`, loaded: true });
    }
  }
  return out;
}

/**
 * Where an internal reference points: a site path (no query) and fragment, or undefined for a
 * reference that leaves the site or is not a location (mailto:, data:, …).
 * `pagePath` is the referring page's URL path, e.g. /kommun/kalix/.
 */
export function internalTarget(
  url: string,
  pagePath: string,
): { path: string; fragment: string } | undefined {
  if (/^(mailto|tel|data|blob|sms):/i.test(url)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(url, SITE_ORIGIN + pagePath);
  } catch {
    return { path: url, fragment: '' };
  }
  if (resolved.origin !== SITE_ORIGIN) return undefined;
  return {
    path: decodeURIComponent(resolved.pathname),
    fragment: decodeURIComponent(resolved.hash.slice(1)),
  };
}

/** The dist file a site path is served from, among `files` (relative, '/'-separated). */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
  const rel = path.replace(/^\/+/, '');
  const candidates = path.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** The URL path of a dist file: kommun/kalix/index.html → /kommun/kalix/. */
export function pathForFile(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The ids a fragment may point at in a page (id="…" and <a name="…">). */
export function anchors(html: PageSource): Set<string> {
  const ids = new Set<string>();
  for (const tag of tagsOf(html)) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    const name = tag.name === 'a' ? tag.attrs.get('name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}

/** Number of <h1> elements in a page. */
export function h1Count(html: PageSource): number {
  return tagsOf(html).filter((tag) => tag.name === 'h1').length;
}

/** Assets a page loads from anywhere but its own server (absolute or protocol-relative URLs). */
export function foreignAssets(html: PageSource): Reference[] {
  return references(html).filter(
    (ref) =>
      ref.loaded &&
      (/^[a-z][a-z0-9+.-]*:/i.test(ref.url) || ref.url.startsWith('//')) &&
      !/^data:/i.test(ref.url),
  );
}

const DATA_SCRIPT_TYPES =
  /^(application\/(ld\+)?json|text\/plain|text\/template|text\/html|text\/x-template)$/i;

/** The base64 SHA-256 a browser computes for an inline script (CSP hash source). */
export function scriptHash(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  return createHash('sha256').update(normalized, 'utf8').digest('base64');
}

/**
 * What in a page's Content-Security-Policy (meta) lets inline script run other than by hash, and
 * every inline script whose hash the policy does not list. Empty when the page is sound.
 */
export function cspProblems(html: PageSource): string[] {
  const all = tagsOf(html);
  const metaIndex = all.findIndex(
    (tag) =>
      tag.name === 'meta' &&
      (tag.attrs.get('http-equiv') ?? '').toLowerCase() === 'content-security-policy',
  );
  if (metaIndex < 0) return ['ingen <meta http-equiv="Content-Security-Policy">'];
  const problems: string[] = [];
  const firstScript = all.findIndex((tag) => tag.name === 'script');
  if (firstScript >= 0 && firstScript < metaIndex)
    problems.push('CSP-meta står efter första <script>');
  const policy = all[metaIndex]!.attrs.get('content') ?? '';
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  const scriptSources = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSources)
    return [...problems, 'varken script-src eller default-src: inline-skript tillåts'];
  for (const source of scriptSources) {
    const lower = source.toLowerCase();
    if (lower === "'unsafe-inline'" || lower === "'unsafe-hashes'" || lower.startsWith("'nonce-")) {
      problems.push(`script-src tillåter inline-körning: ${source}`);
    }
  }
  const hashes = new Set(
    scriptSources.filter((s) => /^'sha256-/i.test(s)).map((s) => s.slice(8, -1)),
  );
  for (const tag of all) {
    if (tag.name === 'script' && !tag.attrs.has('src')) {
      const type = (tag.attrs.get('type') ?? '').trim();
      if (DATA_SCRIPT_TYPES.test(type)) continue;
      const hash = scriptHash(tag.text ?? '');
      if (!hashes.has(hash)) {
        const preview = (tag.text ?? '').trim().slice(0, 60).replace(/\s+/g, ' ');
        problems.push(`inline-skript utan hash i CSP ('sha256-${hash}'): ${preview}`);
      }
    }
    for (const [attr, value] of tag.attrs) {
      if (/^on[a-z]+$/.test(attr))
        problems.push(`händelseattribut <${tag.name} ${attr}="${value.slice(0, 40)}">`);
    }
    const href = tag.attrs.get('href') ?? tag.attrs.get('src') ?? '';
    if (/^\s*javascript:/i.test(href)) problems.push(`javascript:-URL i <${tag.name}>`);
  }
  return problems;
}

/** Markup a hostile name would produce if it reached a page unescaped: found elements. */
export function injectedMarkup(html: string): string[] {
  const found: string[] = [];
  for (const tag of tags(html)) {
    if (tag.name === 'img' && tag.attrs.get('src') === 'x') found.push('<img src=x …> som element');
    if (tag.attrs.has('onerror')) found.push(`onerror= som attribut på <${tag.name}>`);
  }
  return found;
}

/** How often `marker` appears as text a reader sees (i.e. escaped, as it should). */
export function escapedOccurrences(html: string, marker: string): number {
  let count = visibleText(html).split(marker).length - 1;
  for (const tag of tags(html)) {
    for (const value of tag.attrs.values()) count += value.split(marker).length - 1;
  }
  return count;
}

/** The visible text of each element with `className`: `<p class="… source-line">…</p>` and alike. */
function textsOfClass(html: string, className: string): string[] {
  const out: string[] = [];
  const open = new RegExp(
    `<(p|span|div)\\b[^>]*\\bclass="[^"]*\\b${className}\\b[^"]*"[^>]*>`,
    'g',
  );
  for (const m of html.matchAll(open)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = html.indexOf(`</${m[1]}>`, start);
    const inner = html.slice(start, end < 0 ? undefined : end);
    out.push(visibleText(inner).replace(/\s+/g, ' ').trim());
  }
  return out;
}

/** The part of a page between <main> and </main>, or the whole of a fragment. */
function mainOf(html: string): string {
  const start = html.search(/<main[\s>]/);
  if (start < 0) return html;
  const end = html.indexOf('</main>', start);
  return html.slice(start, end < 0 ? undefined : end);
}

/** True when a page shows figures of its own: a chart, the fact tiles or a table in <main>. */
export function showsFigures(html: string): boolean {
  return /<figure\b[^>]*class="chart\b|<ul class="facts"|<table\b/.test(mainOf(html));
}

/**
 * What is missing from a page's credit of its figures. A page that shows figures has a source
 * line of its own (`.source-line`); every source line, chart credit (`.embed-credit`) and share
 * block's `data-source` names SKR; on a site whose figures all came from Kolada (`kolada` true)
 * also Kolada and its licence, and on a site with none from there (false) none claims Kolada.
 * Undefined `kolada` (some years from Kolada) asks for SKR only. `all` is the page's tags, if read.
 */
export function creditProblems(
  html: string,
  kolada: boolean | undefined,
  all: readonly Tag[] = tags(html),
): string[] {
  const problems: string[] = [];
  if (showsFigures(html) && textsOfClass(mainOf(html), 'source-line').length === 0) {
    problems.push('visar siffror men har ingen källrad (.source-line)');
  }
  const credits = [
    ...textsOfClass(html, 'source-line').map((text) => ({ where: '.source-line', text })),
    ...textsOfClass(html, 'embed-credit').map((text) => ({ where: '.embed-credit', text })),
    ...all.flatMap((tag) => {
      const text = tag.attrs.get('data-source');
      return text === undefined ? [] : [{ where: `<${tag.name} data-source>`, text }];
    }),
  ];
  for (const { where, text } of credits) {
    const lacks = ['SKR', ...(kolada ? ['Kolada', 'CC BY 4.0'] : [])].filter(
      (word) => !text.includes(word),
    );
    if (lacks.length) problems.push(`${where} "${text}" saknar ${lacks.join(', ')}`);
    if (kolada === false && text.includes('Kolada'))
      problems.push(`${where} "${text}" nämner Kolada`);
  }
  return problems;
}

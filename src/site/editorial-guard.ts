/**
 * The guard on editorial MDX files (data/editorial/<slug>/<year>.mdx), run as a remark plugin
 * while @astrojs/mdx compiles a file: before any of it is turned into JavaScript, let alone run.
 * MDX would otherwise run `import`/`export` statements, `{…}` expressions and components in the
 * body at build time, so a communicator's file could run code on the build machine; and a link
 * with a `javascript:` address would reach the page, stopped only by the CSP. So the body must be
 * plain text and Markdown, and every link and image must go to an http(s), mailto or tel address
 * or to a page on the site. Anything else stops the build with the file, the line and the cause,
 * in Swedish. (src/text/editorial.ts checks the fields and the body's text again afterwards.)
 *
 * Wired in astro.config.mjs for every MDX file of the project: none may hold code.
 */
import { relative } from 'node:path';

/** The parts of an mdast node the guard reads. */
interface MdNode {
  type: string;
  url?: string;
  name?: string | null;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** Schemes a link may use; an address without a scheme is a page on the site. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

const CODE: Record<string, (node: MdNode) => string> = {
  mdxjsEsm: () => '"import" eller "export"',
  mdxFlowExpression: (n) => `uttrycket "{${short(n.value ?? '')}}"`,
  mdxTextExpression: (n) => `uttrycket "{${short(n.value ?? '')}}"`,
  mdxJsxFlowElement: (n) => `taggen "<${n.name ?? ''}>"`,
  mdxJsxTextElement: (n) => `taggen "<${n.name ?? ''}>"`,
  html: (n) => `HTML-koden "${short(n.value ?? '')}"`,
};

/** Every problem in a parsed MDX file, in Swedish, naming `file` and the line. */
export function editorialProblems(tree: MdNode, file: string): string[] {
  const problems: string[] = [];
  const walk = (node: MdNode) => {
    const line = node.position?.start.line ?? 0;
    const at = line > 0 ? `${file}:${line}` : file;
    const code = CODE[node.type];
    if (code) {
      problems.push(
        `${at}: texten innehåller kod (${code(node)}), och kod körs inte i redaktionella tillägg. Skriv vanlig text och Markdown.`,
      );
      return;
    }
    if (node.url !== undefined && !allowedUrl(node.url)) {
      problems.push(
        `${at}: länken "${short(node.url)}" är inte tillåten. Länkar får gå till http(s)-, mailto- och tel-adresser eller till sidor på webbplatsen.`,
      );
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}

/**
 * Whether a link address is allowed. Browsers drop tabs, line breaks and other control
 * characters inside an address ("java\tscript:"), so those are dropped before the scheme is read;
 * character references ("java&#115;cript:") are already decoded in the parsed tree.
 */
export function allowedUrl(url: string): boolean {
  const bare = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}

/** The remark plugin: throws with every problem before the file is compiled further. */
export function remarkEditorialGuard() {
  return (tree: MdNode, vfile: { path?: string }) => {
    const file = vfile.path ? relative(process.cwd(), vfile.path) : 'MDX-fil';
    const problems = editorialProblems(tree, file);
    if (problems.length > 0) throw new Error(`Fel i redaktionella filer:\n${problems.join('\n')}`);
  };
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

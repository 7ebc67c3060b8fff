/**
 * Editorial additions (data/editorial/<slug>/<year>.mdx), compiled by @astrojs/mdx and checked
 * against the data: a file for a unit or year that has no result stops the build, so nothing a
 * communicator wrote is silently left out. NKI_EDITORIAL_DIR=test/fixtures/example-data/editorial
 * takes them from the example fixture instead (editorial-dir.ts); those files are marked
 * `example: true` and are left out of a site built from real results.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import {
  editorialBodyProblem,
  validateEditorialFrontmatter,
  type Editorial,
} from '../text/editorial';
import type { Derived } from '../lib/model';
import type { EditorialDir } from './editorial-dir';
import { buildSettings } from './config';

interface MdxModule {
  frontmatter: unknown;
  Content: AstroComponentFactory;
}

// import.meta.glob takes literal patterns only: one pair per folder in EDITORIAL_DIRS.
const FOLDERS: Record<
  EditorialDir,
  { compiled: Record<string, MdxModule>; sources: Record<string, string> }
> = {
  'data/editorial': {
    compiled: import.meta.glob<MdxModule>('/data/editorial/*/*.mdx', { eager: true }),
    sources: import.meta.glob<string>('/data/editorial/*/*.mdx', {
      eager: true,
      query: '?raw',
      import: 'default',
    }),
  },
  'test/fixtures/example-data/editorial': {
    compiled: import.meta.glob<MdxModule>('/test/fixtures/example-data/editorial/*/*.mdx', {
      eager: true,
    }),
    sources: import.meta.glob<string>('/test/fixtures/example-data/editorial/*/*.mdx', {
      eager: true,
      query: '?raw',
      import: 'default',
    }),
  },
};

export interface EditorialEntry {
  editorial: Editorial;
  Content: AstroComponentFactory;
}

let cache: Map<string, EditorialEntry> | undefined;

/** `${slug}/${year}` → editorial, validated; throws with every problem found. */
export function editorialIndex(derived: Derived): Map<string, EditorialEntry> {
  if (cache) return cache;
  const dir = buildSettings().editorialDir;
  const { compiled, sources } = FOLDERS[dir];
  const known = new Set(
    derived.records.flatMap((r) => r.years.map((y) => `${r.unit.slug}/${y.year}`)),
  );
  const problems: string[] = [];
  const index = new Map<string, EditorialEntry>();
  for (const [path, mod] of Object.entries(compiled)) {
    const file = path.replace(/^\//, '');
    const key = path.slice(dir.length + 2).replace(/\.mdx$/, '');
    // Editorials written for the example data do not belong on a site built from real files.
    if (isExampleEditorial(mod.frontmatter) && !derived.dataset.isExample) continue;
    if (!known.has(key)) {
      problems.push(
        `${file}: det finns inget resultat för "${key}" (mappen ska heta som kommunens adress, t.ex. kalix/2021.mdx).`,
      );
      continue;
    }
    const { value, problems: found } = validateEditorialFrontmatter(mod.frontmatter, file);
    problems.push(...found);
    if (!value) continue;
    const body = (sources[path] ?? '').replace(/^---[\s\S]*?\n---\s*\n?/, '');
    const markup = editorialBodyProblem(body, file);
    if (markup) {
      problems.push(markup);
      continue;
    }
    index.set(key, { editorial: { ...value, body }, Content: mod.Content });
  }
  if (problems.length) throw new Error(`Fel i redaktionella filer:\n${problems.join('\n')}`);
  cache = index;
  return index;
}

function isExampleEditorial(frontmatter: unknown): boolean {
  return (
    typeof frontmatter === 'object' &&
    frontmatter !== null &&
    (frontmatter as { example?: unknown }).example === true
  );
}

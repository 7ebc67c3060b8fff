/**
 * Which folder the build takes editorial additions (<slug>/<year>.mdx) from: data/editorial by
 * default, or the example fixture when NKI_EDITORIAL_DIR names it (the small-site test shows an
 * addition with it). The folders are fixed: src/site/editorial.ts compiles them with
 * import.meta.glob, which takes static patterns only.
 */
import path from 'node:path';

export const EDITORIAL_DIRS = ['data/editorial', 'test/fixtures/example-data/editorial'] as const;
export type EditorialDir = (typeof EDITORIAL_DIRS)[number];

/** NKI_EDITORIAL_DIR (relative to `root`, or absolute) as one of EDITORIAL_DIRS; throws otherwise. */
export function editorialDirFromEnv(
  root: string,
  env: Record<string, string | undefined>,
): EditorialDir {
  const value = env.NKI_EDITORIAL_DIR?.trim();
  if (!value) return 'data/editorial';
  const relative = path.relative(root, path.resolve(root, value)).split(path.sep).join('/');
  const known = EDITORIAL_DIRS.find((dir) => dir === relative);
  if (!known) {
    throw new Error(
      `NKI_EDITORIAL_DIR=${value}: redaktionella tillägg läses bara ur ${EDITORIAL_DIRS.join(' eller ')}.`,
    );
  }
  return known;
}

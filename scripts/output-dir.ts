/**
 * The build's output folder (NKI_OUT_DIR, default dist/), handled so that the build never deletes
 * what it did not make and never leaves a half-written site:
 *
 * - The build writes into a fresh folder beside the target (`.<name>.nki-bygge/`), and only when
 *   everything has passed is the new site swapped in for the old one. A failed build removes its
 *   own fresh folder and leaves the previous site exactly as it was.
 * - A finished site carries a manifest, `.nki-build`, listing every file the build wrote. A
 *   target folder is replaced only when it is empty or every file in it is in its manifest: a
 *   folder holding anything else (a user's own files, a site the build did not make) is refused
 *   with a message, before any work is done, and nothing in it is touched.
 * - A fresh folder left by a build that was killed carries its own marker and is cleared by the
 *   next build; a folder of that name without the marker is refused like any other.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** The manifest of a finished site: its first line, then one relative path per line. */
export const MANIFEST = '.nki-build';
export const MANIFEST_HEAD =
  'nki-rapporten bygge: filerna nedan skrevs av bygget (scripts/build.ts)';
/** The marker of a fresh folder the build is writing. */
const STAGING_MARKER = '.nki-bygge-pagar';

/** Every file under `dir`, as paths relative to it with "/" ("kommun/kalix/index.html"). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Why the build may not replace `outDir`, in Swedish, or undefined when it may: the folder is
 * missing, empty, or holds only files its manifest lists.
 */
export function refusal(outDir: string): string | undefined {
  if (!existsSync(outDir)) return undefined;
  if (!lstatSync(outDir).isDirectory())
    return `Byggmappen ${outDir} är ingen mapp; bygget skriver inte över den. Ange en annan mapp med NKI_OUT_DIR.`;
  const listed = manifest(outDir);
  // Stops at the first few: a wrong NKI_OUT_DIR (the home folder, "/") is never walked through.
  const foreign = foreignFiles(outDir, listed ?? new Set(), 6);
  if (foreign.length === 0) return undefined;
  const shown = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? ' med flera' : '');
  const why = listed
    ? `den innehåller filer som bygget inte har skrivit (${shown})`
    : `den är inte en webbplats som bygget har gjort (${MANIFEST} saknas) och innehåller ${shown}`;
  return `Byggmappen ${outDir} används inte: ${why}. Bygget ersätter hela mappen och tar aldrig bort filer som det inte har skrivit. Flytta filerna, eller ange en tom eller ny mapp med NKI_OUT_DIR.`;
}

/** Up to `most` files under `dir` that are not in `listed` (nor the manifest itself). */
function foreignFiles(dir: string, listed: Set<string>, most: number): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (out.length >= most) return;
      const path = join(at, entry.name);
      const name = relative(dir, path).split(sep).join('/');
      if (entry.isDirectory()) walk(path);
      else if (name !== MANIFEST && !listed.has(name)) out.push(name);
    }
  };
  walk(dir);
  return out;
}

/** The files a finished site's manifest lists, or undefined when it has none. */
function manifest(dir: string): Set<string> | undefined {
  const path = join(dir, MANIFEST);
  if (!existsSync(path) || !lstatSync(path).isFile()) return undefined;
  const [head, ...files] = readFileSync(path, 'utf8').split('\n');
  return head === MANIFEST_HEAD ? new Set(files.filter((f) => f !== '')) : undefined;
}

/** Writes the manifest of a finished site: every file in `dir`. */
export function writeManifest(dir: string): void {
  const files = listFiles(dir).filter((f) => f !== MANIFEST);
  writeFileSync(join(dir, MANIFEST), [MANIFEST_HEAD, ...files, ''].join('\n'));
}

export interface Staging {
  /** The fresh folder beside the target; removed when the build ends, whatever the outcome. */
  root: string;
  /** Where the site is written (Astro's outDir). */
  site: string;
  /** Where the share cards are drawn before they are moved into the site. */
  cards: string;
}

/**
 * A fresh folder beside `outDir` for a new build. One left by a killed build (with its marker)
 * is cleared first; a folder of that name that the build did not make is refused (throws).
 */
export function freshStaging(outDir: string): Staging {
  const root = join(dirname(outDir), `.${basename(outDir)}.nki-bygge`);
  if (existsSync(root)) {
    if (!existsSync(join(root, STAGING_MARKER))) {
      throw new Error(
        `Mappen ${root} finns redan och är inte bygget eget; ta bort eller flytta den.`,
      );
    }
    rmSync(root, { recursive: true, force: true });
  }
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, STAGING_MARKER),
    'Bygget skriver här; mappen tas bort när det är klart.\n',
  );
  return { root, site: join(root, 'site'), cards: join(root, 'cards') };
}

/**
 * Puts the finished site in place of `outDir`: the old site (checked by `refusal`) is moved
 * aside into the staging folder, the new one moved in, and the old one removed with the staging
 * folder afterwards. Both moves are renames within one folder, so nothing is copied half-way; if
 * the second fails the old site is moved back.
 */
export function swapIn(staging: Staging, outDir: string): void {
  const previous = join(staging.root, 'previous');
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(staging.site, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
}

/** Removes the staging folder (with the old site moved into it), if it is still there. */
export function clearStaging(staging: Staging): void {
  if (existsSync(join(staging.root, STAGING_MARKER)))
    rmSync(staging.root, { recursive: true, force: true });
}

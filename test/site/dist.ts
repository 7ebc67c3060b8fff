/**
 * The built site on disk: where it is ($DIST_DIR, default dist/), its files, and one sample URL per
 * page template for the browser tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The directory under test: $DIST_DIR, else dist/ in the working directory. */
export const DIST_DIR = resolve(process.env.DIST_DIR ?? 'dist');

/** Throws a readable error when the site has not been built. */
export function assertBuilt(dir: string = DIST_DIR): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `Ingen byggd webbplats i ${dir} (index.html saknas). Kör \`npm run build\` först, eller sätt DIST_DIR.`,
    );
  }
}

/** Every file under `dir`, relative and '/'-separated, sorted. */
export function listFiles(dir: string = DIST_DIR): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every HTML file with its text, relative path first. */
export function htmlFiles(dir: string = DIST_DIR): Array<[string, string]> {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file, readFileSync(join(dir, file), 'utf8')]);
}

function firstSubdir(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()[0];
}

/** The first municipality with a page but no year under it: one that never took part. */
function firstWithoutYears(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .find((name) => !readdirSync(join(dir, name)).some((sub) => /^\d{4}$/.test(sub)));
}

/** A page template and one URL that renders it. */
export interface Template {
  readonly name: string;
  readonly path: string;
}

/**
 * Whether the build's data has förbund: the sitemap (made from the data, not from the files written)
 * lists förbund pages, or there are some. The real results have none; the example data has.
 */
function hasForbund(dir: string): boolean {
  if (existsSync(join(dir, 'forbund'))) return true;
  const sitemap = join(dir, 'sitemap.xml');
  return existsSync(sitemap) && /<loc>[^<]*\/forbund\//.test(readFileSync(sitemap, 'utf8'));
}

/** The sample municipality and year the tests walk through (the Kalix 2021 release). */
export const SAMPLE = {
  kommun: 'kalix',
  year: '2021',
  lan: 'norrbottens-lan',
  omrade: 'bygglov',
} as const;

/**
 * One URL per page template. The förbund samples are found by scanning dist/, and are left out
 * when the data has no förbund (the real results; the small-site test and the view-model unit
 * tests cover förbund pages on the example data). A template whose sample is missing appears
 * with an empty path so the test fails naming it.
 */
export function templates(dir: string = DIST_DIR): Template[] {
  const forbund = firstSubdir(join(dir, 'forbund'));
  const forbundYear = forbund ? firstSubdir(join(dir, 'forbund', forbund)) : undefined;
  const { kommun, year, lan, omrade } = SAMPLE;
  const absent = firstWithoutYears(join(dir, 'kommun'));
  const forbundTemplates = hasForbund(dir)
    ? [
        { name: 'förbund', path: forbund ? `/forbund/${forbund}/` : '' },
        {
          name: 'förbund och år',
          path: forbund && forbundYear ? `/forbund/${forbund}/${forbundYear}/` : '',
        },
      ]
    : [];
  return [
    { name: 'startsidan', path: '/' },
    { name: 'kommun', path: `/kommun/${kommun}/` },
    { name: 'kommun och år', path: `/kommun/${kommun}/${year}/` },
    { name: 'kommunens jämförelse', path: `/kommun/${kommun}/jamfor/` },
    { name: 'jämför kommuner', path: '/jamfor/' },
    ...forbundTemplates,
    { name: 'året', path: `/ar/${year}/` },
    { name: 'tipslistan', path: `/ar/${year}/tips/` },
    { name: 'länet', path: `/lan/${lan}/` },
    { name: 'länet ett tidigare år', path: `/lan/${lan}/${year}/` },
    { name: 'området', path: `/omrade/${omrade}/` },
    { name: 'området ett tidigare år', path: `/omrade/${omrade}/${year}/` },
    { name: 'alla år', path: '/ar/' },
    { name: 'alla län', path: '/lan/' },
    { name: 'alla områden', path: '/omrade/' },
    { name: 'kommun som inte deltagit', path: absent ? `/kommun/${absent}/` : '' },
    { name: 'om metoden', path: '/om/' },
    { name: 'tillgänglighetsredogörelsen', path: '/tillganglighet/' },
    { name: '404-sidan', path: '/404.html' },
    { name: 'data', path: '/data/' },
  ];
}

/** The dist file behind a template path, or undefined. */
export function fileOf(path: string, dir: string = DIST_DIR): string | undefined {
  if (path === '') return undefined;
  const file = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Renders SVGs (share cards, chart downloads) to PNG at build time: in parallel on a worker pool
 * as large as the machine, and through a content-keyed cache so an unchanged image is copied
 * instead of drawn again. A PNG is the same bytes whether rendered or taken from the cache: the
 * cache holds exactly what the renderer produced.
 *
 * CLI: `npx tsx scripts/render-images.ts [--phase share-cards] [--cache .cache/images] <dir>…`
 * renders every `*.svg` under each dir to a `.png` beside it and prints `[phase] <name> <ms>`.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { renderInWorkers } from './images/pool';
import { RENDERER_KEY } from './images/renderer';

export interface RenderJob {
  svg: string;
  outFile: string;
}

export interface RenderOptions {
  /** Where `<sha256>.png` files are kept between builds, e.g. ".cache/images". */
  cacheDir: string;
  /** Pool size; defaults to `os.availableParallelism()`. */
  workers?: number;
  /** When given, prints `[phase] <phase> <ms>` (the line the benchmark parses). */
  phase?: string;
}

export interface RenderStats {
  /** PNGs drawn by resvg in this call. */
  rendered: number;
  /** Jobs served from the cache or from an identical SVG earlier in the same call. */
  cached: number;
  ms: number;
}

/**
 * Writes a PNG for every job; `rendered + cached === jobs.length`. The cache key is the sha256
 * of the renderer description (resvg and font versions, options) and the SVG text.
 */
export async function renderPngs(
  jobs: readonly RenderJob[],
  opts: RenderOptions,
): Promise<RenderStats> {
  const start = performance.now();
  await mkdir(opts.cacheDir, { recursive: true });
  const byKey = new Map<string, RenderJob[]>();
  for (const job of jobs) {
    const key = cacheKey(job.svg);
    byKey.set(key, [...(byKey.get(key) ?? []), job]);
  }
  let cached = 0;
  const misses: { key: string; jobs: RenderJob[] }[] = [];
  for (const [key, group] of byKey) {
    const cachePath = join(opts.cacheDir, `${key}.png`);
    if (existsSync(cachePath)) {
      await Promise.all(group.map((job) => copyOut(cachePath, job.outFile)));
      cached += group.length;
    } else {
      misses.push({ key, jobs: group });
      cached += group.length - 1;
    }
  }
  const size = opts.workers ?? availableParallelism();
  let written = 0;
  await renderInWorkers(
    misses.map((m) => m.jobs[0]?.svg ?? ''),
    size,
    async (index, png) => {
      const miss = misses[index];
      if (!miss) return;
      const cachePath = join(opts.cacheDir, `${miss.key}.png`);
      // Write-then-rename, so a concurrent build never reads a half-written cache file.
      const tmp = `${cachePath}.${process.pid}-${threadId}-${written++}.tmp`;
      await writeFile(tmp, png);
      await rename(tmp, cachePath);
      await Promise.all(miss.jobs.map((job) => copyOut(cachePath, job.outFile)));
    },
  );
  const ms = Math.round(performance.now() - start);
  if (opts.phase) console.log(`[phase] ${opts.phase} ${ms}`);
  return { rendered: misses.length, cached, ms };
}

/** The cache file name (without ".png") for an SVG under the current renderer. */
export function cacheKey(svg: string): string {
  return createHash('sha256').update(RENDERER_KEY).update('\0').update(svg).digest('hex');
}

async function copyOut(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
}

async function svgFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.svg'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function main(args: string[]): Promise<void> {
  let phase = 'images';
  let cacheDir = '.cache/images';
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--phase') phase = args[++i] ?? phase;
    else if (arg === '--cache') cacheDir = args[++i] ?? cacheDir;
    else dirs.push(arg);
  }
  const files = (await Promise.all(dirs.map(svgFilesUnder))).flat();
  const jobs = await Promise.all(
    files.map(async (file) => ({
      svg: await readFile(file, 'utf8'),
      outFile: file.replace(/\.svg$/, '.png'),
    })),
  );
  const stats = await renderPngs(jobs, { cacheDir, phase });
  console.log(
    `Bilder: ${stats.rendered} ritade, ${stats.cached} från cachen (${files.length} SVG).`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

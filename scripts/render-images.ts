/**
 * Renders the share cards' SVGs to PNG at build time: in parallel on a worker pool
 * as large as the machine, and through a content-keyed cache so an unchanged image is copied
 * instead of drawn again. A PNG is the same bytes whether rendered or taken from the cache: the
 * cache holds exactly what the renderer produced.
 *
 * `renderShareCards` draws every release's card from the data (src/site/images.ts) into the built
 * site and prints `[phase] share-cards <ms>`; scripts/build.ts calls it after the pages.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { renderInWorkers } from './images/pool';
import { rendererKey } from './images/renderer';
import type { Derived } from '../src/lib/model';
import { shareCardImages } from '../src/site/images';

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
  const hits: { from: string; to: string }[] = [];
  for (const [key, group] of byKey) {
    const cachePath = join(opts.cacheDir, `${key}.png`);
    if (existsSync(cachePath)) {
      for (const job of group) hits.push({ from: cachePath, to: job.outFile });
      cached += group.length;
    } else {
      misses.push({ key, jobs: group });
      cached += group.length - 1;
    }
  }
  await makeDirs(jobs.map((job) => dirname(job.outFile)));
  await inBatches(hits, (hit) => copyFile(hit.from, hit.to));
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
      await Promise.all(miss.jobs.map((job) => copyFile(cachePath, job.outFile)));
    },
  );
  const ms = Math.round(performance.now() - start);
  if (opts.phase) console.log(`[phase] ${opts.phase} ${ms}`);
  return { rendered: misses.length, cached, ms };
}

/** The cache file name (without ".png") for an SVG under the current renderer. */
export function cacheKey(svg: string): string {
  return createHash('sha256').update(rendererKey()).update('\0').update(svg).digest('hex');
}

async function makeDirs(dirs: readonly string[]): Promise<void> {
  await inBatches([...new Set(dirs)], (dir) => mkdir(dir, { recursive: true }));
}

/**
 * Runs `task` over `items`, 64 at a time: thousands of small files one after another would wait
 * on the file system one round trip each; all at once would open thousands of files.
 */
async function inBatches<T>(
  items: readonly T[],
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += 64) await Promise.all(items.slice(i, i + 64).map(task));
}

/** Draws every release's share card from `derived` into `outDir`, through the cache. */
export async function renderShareCards(
  derived: Derived,
  outDir: string,
  cacheDir = '.cache/images',
): Promise<void> {
  const start = performance.now();
  let rendered = 0;
  let cached = 0;
  // A chunk at a time, so twenty years of cards are never all held as text at once.
  for (const chunk of chunks(shareCardImages(derived), 2000)) {
    const stats = await renderPngs(
      chunk.map((image) => ({ svg: image.svg, outFile: join(outDir, image.png) })),
      { cacheDir },
    );
    rendered += stats.rendered;
    cached += stats.cached;
  }
  console.log(`[phase] share-cards ${Math.round(performance.now() - start)}`);
  console.log(`Delningsbilder: ${rendered} ritade, ${cached} från cachen.`);
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

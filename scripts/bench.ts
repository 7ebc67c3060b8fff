/**
 * The benchmark: figures, not a timed test. Builds the site (the real results in data/results) and
 * a scaled dataset (20 years × 310 units, grown from the example fixture) into temp folders, builds a bare Astro project with as many trivial pages (the floor:
 * once with the site's build settings and concurrency, which the ratios are measured
 * against; once with Astro's defaults and once with pages as large as the site's, for comparison),
 * and reports build time, memory, phases, files and bytes per top-level folder of the output, page
 * weight and Lighthouse scores. The site is built cold (an empty share-card cache, as in a fresh
 * clone) and then warm (the cards from that cache). Writes bench/results.json and prints a table.
 *
 *   npx tsx scripts/bench.ts            everything (about 10–15 minutes)
 *   npx tsx scripts/bench.ts --quick    the site only, no Lighthouse
 *   npx tsx scripts/bench.ts --no-scaled  the site with Lighthouse, without the scaled dataset
 *   npx tsx scripts/bench.ts --no-lighthouse  the site and the scaled dataset, without Lighthouse
 *   npx tsx scripts/bench.ts --runs 3   every build three times, taking turns; the fastest counts
 *
 * Settings (environment): NKI_BUILD_CMD (default `npm run --silent build`; `{outDir}` in it is
 * replaced by the output folder, which is also passed as NKI_OUT_DIR: the build must write there),
 * NKI_RESULTS_DIR / NKI_REFERENCE_DIR (the site's data, default data/results, data/reference),
 * NKI_BENCH_SCALE_FROM (what the scaled dataset grows from, default the example fixture),
 * CHROME_PATH (default /usr/bin/chromium), BENCH_KEEP=1 keeps the temp folder.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFloor } from './bench/floor';
import { lighthouse, type Scores } from './bench/lighthouse';
import { measure, type Measured } from './bench/measure';
import { parseBuildLog } from './bench/phases';
import { writeScaled } from './bench/scale';
import { pageWeight, type Weight } from './bench/weight';
import { serveDist } from './serve-dist';
import { listFiles } from '../test/site/dist';

const root = resolve('.');
const quick = process.argv.includes('--quick');
const scaledToo = !quick && !process.argv.includes('--no-scaled');
const lighthouseToo = !quick && !process.argv.includes('--no-lighthouse');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;
const buildCommand = process.env.NKI_BUILD_CMD ?? 'npm run --silent build';
const resultsDir = resolve(process.env.NKI_RESULTS_DIR ?? 'data/results');
/**
 * The scaled dataset grows the invented example fixture, not the real results: the example has
 * every kind of page the site can make (förbund, the optional areas, answer counts and SKR's own
 * placements, both NKI series breaks and the years after 2022), so twenty years of it are the
 * site's future at its heaviest; per data year it is a little heavier than the real results
 * (in December 2026: 238 against 231 pages, both about 21 MB). Padding the real files would also
 * give the förbund copies of municipal rows, which no real förbund has. The example's files
 * declare themselves example data, so the scaled build says so on every page; it is built in a
 * temp folder and never published.
 */
const scaleFrom = resolve(process.env.NKI_BENCH_SCALE_FROM ?? 'test/fixtures/example-data/results');
const referenceDir = resolve(process.env.NKI_REFERENCE_DIR ?? 'data/reference');
const work = mkdtempSync(join(tmpdir(), 'nki-bench-'));

const SAMPLES = [
  { name: 'kommun och år', path: '/kommun/kalix/2021/' },
  { name: 'kommun', path: '/kommun/kalix/' },
  { name: 'år', path: '/ar/2021/' },
];

const TARGETS = {
  files: 8000,
  bytesMB: 300,
  coldBuildS: 90,
  pagesRatio: 1.5,
  totalRatio: 3,
  peakMB: 1024,
  municipalityYearKB: 35,
  accessibility: 1,
  performance: 0.95,
};

/** The name of the site's own dataset in the results: the one held to TARGETS. */
const SITE = 'webbplatsen';

/**
 * The scaled dataset (20 years) is held to what the hosts accept, not to the site's budget:
 * Cloudflare Pages takes at most 20 000 files, GitHub Pages a site of at most 1 GB.
 */
const HOST_LIMITS = { files: 20_000, bytesMB: 1000 };

interface BuildFigures {
  wallMs: number;
  /** CPU seconds of the whole build (user + system), when GNU time is there. */
  cpuSeconds: number | undefined;
  peakProcessMB: number | undefined;
  peakTreeMB: number;
  phases: Record<string, number>;
  pages: number;
}

interface Output {
  files: number;
  bytes: number;
  /** Files and bytes by top-level folder (or file) of the output. */
  folders: Record<string, { files: number; bytes: number }>;
}

interface DatasetResult {
  name: string;
  data: { years: number; unitsMin?: number; unitsMax?: number };
  /** The first build, from an empty share-card cache. */
  coldBuild: BuildFigures;
  /** A build with the cards in the cache (the fastest of --runs): the one the ratios use. */
  build: BuildFigures;
  output: Output;
  /** Trivial pages with the site's build settings (concurrency): the yardstick. */
  floor: BuildFigures;
  /** The same trivial pages with Astro's defaults (one page at a time), for comparison. */
  floorDefaults: BuildFigures;
  /** The yardstick's pages, each padded with static text to the site's mean HTML size. */
  floorSized: BuildFigures & { bytesPerPage: number };
  ratio: { pages: number | null; total: number };
  ratioToDefaults: { pages: number | null; total: number };
  ratioToSized: { pages: number | null; total: number };
  pagesPerSecond: number;
  weight: Record<string, Weight & { path: string }>;
  lighthouse?: Record<string, Scores & { path: string }>;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function figures(run: Measured, pages: number): BuildFigures {
  return {
    wallMs: Math.round(run.wallMs),
    cpuSeconds: run.cpuSeconds === undefined ? undefined : round(run.cpuSeconds, 1),
    peakProcessMB: run.peakProcessMB === undefined ? undefined : Math.round(run.peakProcessMB),
    peakTreeMB: Math.round(run.peakTreeMB),
    phases: Object.fromEntries(
      Object.entries(parseBuildLog(run.output).phases).map(([k, v]) => [k, Math.round(v)]),
    ),
    pages,
  };
}

function failIf(run: Measured, what: string): void {
  if (run.code !== 0) {
    throw new Error(`${what} misslyckades (kod ${run.code}):\n${run.output.slice(-4000)}`);
  }
}

async function dataset(
  name: string,
  env: Record<string, string>,
  data: DatasetResult['data'],
  withLighthouse: boolean,
): Promise<DatasetResult> {
  const out = join(work, `${name}-dist`);
  const imageCache = join(work, `${name}-image-cache`);
  const buildSite = async (round: number, what = 'varmt'): Promise<Measured> => {
    log(`[bench] ${name}: bygger webbplatsen (${what})${runsNote(round)} …`);
    rmSync(out, { recursive: true, force: true });
    const run = await measure(buildCommand.replaceAll('{outDir}', JSON.stringify(out)), root, {
      ...env,
      NKI_OUT_DIR: out,
      NKI_IMAGE_CACHE: imageCache,
    });
    failIf(run, `Bygget (${name})`);
    return run;
  };
  const coldRun = await buildSite(0, 'kallt');
  const siteRuns = [await buildSite(0)];
  if (!existsSync(join(out, 'index.html'))) {
    throw new Error(
      `Bygget (${buildCommand}) skrev ingen index.html i ${out}: läser bygget NKI_OUT_DIR?`,
    );
  }
  const output = outputSize(out);
  const htmlFiles = listFiles(out).filter((file) => file.endsWith('.html'));
  const pages = htmlFiles.length;
  const bytesPerPage = Math.round(
    htmlFiles.reduce((sum, file) => sum + statSync(join(out, file)).size, 0) / pages,
  );

  // The yardstick runs Astro with the same concurrency as the site's build.
  const siteSettings = {};
  const concurrency = await astroConcurrency();
  const floors = [
    {
      key: 'floor',
      what: `golvet (${pages} triviala sidor)`,
      write: (dir: string) => writeFloor(dir, root, pages, concurrency),
      env: siteSettings,
    },
    {
      key: 'floor-defaults',
      what: 'golvet med Astros standard',
      write: (dir: string) => writeFloor(dir, root, pages),
      env: {},
    },
    {
      key: 'floor-sized',
      what: `golvet med sidor på ${kb(bytesPerPage)} KB`,
      write: (dir: string) => writeFloor(dir, root, pages, concurrency, bytesPerPage),
      env: siteSettings,
    },
  ].map((f) => {
    const dir = join(work, `${name}-${f.key}`);
    return { ...f, dir, command: f.write(dir), runs: [] as Measured[] };
  });
  for (let round = 0; round < runs; round++) {
    if (round > 0) siteRuns.push(await buildSite(round));
    for (const floor of floors) {
      log(`[bench] ${name}: bygger ${floor.what}${runsNote(round)} …`);
      // Emptied first, as the site's folder is: Astro would otherwise spend the run deleting it.
      rmSync(join(floor.dir, 'dist'), { recursive: true, force: true });
      const run = await measure(floor.command, floor.dir, floor.env);
      failIf(run, `Bygget av ${floor.what} (${name})`);
      floor.runs.push(run);
    }
  }
  const build = figures(fastest(siteRuns), pages);
  const [floor, floorDefaults, floorSized] = floors.map((f) => figures(fastest(f.runs), pages)) as [
    BuildFigures,
    BuildFigures,
    BuildFigures,
  ];

  const weight: DatasetResult['weight'] = {};
  for (const sample of SAMPLES)
    weight[sample.name] = { path: sample.path, ...pageWeight(out, sample.path) };

  let scores: DatasetResult['lighthouse'];
  if (withLighthouse) {
    scores = {};
    const server = await serveDist(out);
    try {
      for (const sample of SAMPLES) {
        log(`[bench] ${name}: Lighthouse ${sample.path} …`);
        scores[sample.name] = {
          path: sample.path,
          ...(await lighthouse(root, server.origin + sample.path)),
        };
      }
    } finally {
      await server.close();
    }
  }
  return {
    name,
    data,
    coldBuild: figures(coldRun, pages),
    build,
    output,
    floor,
    floorDefaults,
    floorSized: { ...floorSized, bytesPerPage },
    ratio: ratioOf(build, floor),
    ratioToDefaults: ratioOf(build, floorDefaults),
    ratioToSized: ratioOf(build, floorSized),
    pagesPerSecond: round(pages / (build.wallMs / 1000), 1),
    weight,
    ...(scores ? { lighthouse: scores } : {}),
  };
}

/** Files and bytes of the output, in all and by top-level folder. */
function outputSize(dir: string): Output {
  const folders: Output['folders'] = {};
  let files = 0;
  let bytes = 0;
  for (const file of listFiles(dir)) {
    const size = statSync(join(dir, file)).size;
    const top = file.split('/')[0]!;
    const folder = (folders[top] ??= { files: 0, bytes: 0 });
    folder.files += 1;
    folder.bytes += size;
    files += 1;
    bytes += size;
  }
  const sorted = Object.entries(folders).sort(([, a], [, b]) => b.bytes - a.bytes);
  return { files, bytes, folders: Object.fromEntries(sorted) };
}

/** "(körning 2 av 3)" when the bench repeats its builds, else nothing. */
function runsNote(round: number): string {
  return runs > 1 ? ` (körning ${round + 1} av ${runs})` : '';
}

/** The fastest of repeated builds: on a shared machine noise only ever adds time. */
function fastest(measured: readonly Measured[]): Measured {
  return measured.reduce((best, run) => (run.wallMs < best.wallMs ? run : best));
}

/** The site's `build.concurrency` (astro.config.mjs), which the floor gets too. */
async function astroConcurrency(): Promise<number> {
  const config = (await import(pathToFileURL(join(root, 'astro.config.mjs')).href)) as {
    default: { build?: { concurrency?: number } };
  };
  return config.default.build?.concurrency ?? 1;
}

function ratioOf(build: BuildFigures, floor: BuildFigures): DatasetResult['ratio'] {
  const pages = build.phases.pages;
  const floorPages = floor.phases.pages;
  return {
    pages: pages && floorPages ? round(pages / floorPages, 2) : null,
    total: round(build.wallMs / floor.wallMs, 2),
  };
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const s = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1) + ' s');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function table(results: DatasetResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const peak = Math.max(r.build.peakProcessMB ?? 0, r.build.peakTreeMB);
    lines.push(
      `\n== ${r.name} (${r.data.years} år${r.data.unitsMax ? `, ${r.data.unitsMin}–${r.data.unitsMax} enheter per år` : ''}) ==`,
    );
    lines.push(`sidor                 ${r.build.pages}  (${r.pagesPerSecond} sidor/s)`);
    const limit = r.name === SITE ? TARGETS : HOST_LIMITS;
    const whose = r.name === SITE ? 'mål' : 'värdarnas gräns';
    lines.push(
      `dist/                 ${r.output.files} filer ${mark(r.output.files <= limit.files)} (${whose} ≤ ${limit.files}), ${mb(r.output.bytes)} MB ${mark(r.output.bytes <= limit.bytesMB * 1e6)} (${whose} ≤ ${limit.bytesMB} MB)`,
    );
    for (const [folder, f] of Object.entries(r.output.folders)) {
      lines.push(
        `  ${folder.padEnd(20)}${String(f.files).padStart(7)} filer ${mb(f.bytes).padStart(8)} MB`,
      );
    }
    lines.push(
      `kallt bygge           ${s(r.coldBuild.wallMs)} ${r.name === SITE ? `${mark(r.coldBuild.wallMs <= TARGETS.coldBuildS * 1000)} (mål ≤ ${TARGETS.coldBuildS} s; ` : '('}CPU ${r.coldBuild.cpuSeconds ?? '–'} s) · ` +
        Object.entries(r.coldBuild.phases)
          .map(([k, v]) => `${k} ${s(v)}`)
          .join(' · '),
    );
    lines.push(`varmt bygge          ${s(r.build.wallMs)} (CPU ${r.build.cpuSeconds ?? '–'} s)`);
    lines.push(
      `bygge, väggtid        ${s(r.build.wallMs)}   golv ${s(r.floor.wallMs)}   kvot ${r.ratio.total} ${mark(r.ratio.total <= TARGETS.totalRatio)} (mål ≤ ${TARGETS.totalRatio})`,
    );
    lines.push(
      `sidgenerering         ${s(r.build.phases.pages)}   golv ${s(r.floor.phases.pages)}   kvot ${r.ratio.pages ?? '–'} ${mark(r.ratio.pages !== null && r.ratio.pages <= TARGETS.pagesRatio)} (mål ≤ ${TARGETS.pagesRatio})`,
    );
    lines.push(
      `golv med Astros standard  bygge ${s(r.floorDefaults.wallMs)} (kvot ${r.ratioToDefaults.total}) · sidgenerering ${s(r.floorDefaults.phases.pages)} (kvot ${r.ratioToDefaults.pages ?? '–'})`,
    );
    lines.push(
      `golv med sidor på ${kb(r.floorSized.bytesPerPage)} KB  bygge ${s(r.floorSized.wallMs)} (kvot ${r.ratioToSized.total}) · sidgenerering ${s(r.floorSized.phases.pages)} (kvot ${r.ratioToSized.pages ?? '–'}; golvets sidgenerering × ${round((r.floorSized.phases.pages ?? 0) / (r.floor.phases.pages ?? 1), 2)})`,
    );
    lines.push(
      `toppminne             ${peak} MB (största process ${r.build.peakProcessMB ?? '–'} MB, hela trädet ${r.build.peakTreeMB} MB) ${mark(peak < TARGETS.peakMB)} (mål < ${TARGETS.peakMB} MB)`,
    );
    lines.push(
      'varmt bygge, faser    ' +
        Object.entries(r.build.phases)
          .map(([k, v]) => `${k} ${s(v)}`)
          .join(' · '),
    );
    lines.push('gzip (KB)             sida                      html   css    js  övrigt  totalt');
    for (const [name, w] of Object.entries(r.weight)) {
      const ok = name !== 'kommun och år' || w.total <= TARGETS.municipalityYearKB * 1024;
      lines.push(
        `  ${name.padEnd(20)}${w.path.padEnd(24)}${kb(w.html).padStart(6)}${kb(w.css).padStart(6)}${kb(w.js).padStart(6)}${kb(w.other).padStart(8)}${kb(w.total).padStart(8)} ${name === 'kommun och år' ? mark(ok) : ''}`,
      );
    }
    if (r.lighthouse) {
      lines.push('Lighthouse (mobil)    sida                      prestanda  tillgänglighet');
      for (const [name, score] of Object.entries(r.lighthouse)) {
        const ok =
          score.performance !== null &&
          score.performance >= TARGETS.performance &&
          score.accessibility === TARGETS.accessibility;
        lines.push(
          `  ${name.padEnd(20)}${score.path.padEnd(24)}${String(score.performance ?? '–').padStart(9)}${String(score.accessibility ?? '–').padStart(16)} ${mark(ok)}${score.error ? ` (${score.error})` : ''}`,
        );
      }
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const results: DatasetResult[] = [];
  const siteYears = listFiles(resultsDir).filter((file) => file.endsWith('.csv')).length;
  results.push(await dataset(SITE, {}, { years: siteYears }, lighthouseToo));
  if (scaledToo) {
    const scaledDir = join(work, 'scaled-results');
    const scaled = writeScaled(scaleFrom, referenceDir, scaledDir);
    results.push(
      await dataset(
        'skalat',
        { NKI_RESULTS_DIR: scaledDir },
        { years: scaled.years.length, unitsMin: scaled.unitsMin, unitsMax: scaled.unitsMax },
        false,
      ),
    );
  }
  const astroVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const report = {
    measuredAt: new Date().toISOString(),
    quick,
    scaled: scaledToo,
    runs,
    machine: { cpus: cpus().length, node: process.version, astro: astroVersion },
    targets: TARGETS,
    results,
  };
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/results.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(table(results));
  console.log(`\nSkrev bench/results.json`);
}

try {
  await main();
} finally {
  if (process.env.BENCH_KEEP !== '1') rmSync(work, { recursive: true, force: true });
  else log(`[bench] tillfälliga filer kvar i ${work}`);
}

/**
 * The build never deletes what it did not make (issue 19), tried with real builds of a tiny
 * dataset (two real years cut down to four municipalities) through `npm run build`:
 *
 * - a good build writes its site with the manifest `.nki-build` and leaves no working folder;
 * - a build that fails while the pages are rendered (NKI_EDITORIAL_DIR names a folder the unit
 *   pages refuse), one that fails after them (the share cards cannot be written: NKI_IMAGE_CACHE
 *   under a file), and one that stops on a data error leave the previous site byte for byte as it
 *   was, and no half-written folder beside it;
 * - an output folder holding files the build did not write is refused before any work, and
 *   nothing in it is touched, whether it never was a build or is one with a file added.
 *
 * `npm run test:small-site` runs it (the project builds one site at a time).
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, SITE_ROOT } from './build';

const work = mkdtempSync(join(tmpdir(), 'nki-safe-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Kalix, Överkalix, Luleå, Huddinge. */
const UNITS = ['2514', '2513', '2580', '0126'];
const YEARS = [2021, 2022];

/** The real files of YEARS cut down to UNITS, title line and header kept. */
function tinyResults(into: string): string {
  mkdirSync(into, { recursive: true });
  const from = resolve(SITE_ROOT, process.env.NKI_RESULTS_DIR ?? 'data/results');
  for (const year of YEARS) {
    const lines = readFileSync(join(from, `${year}.csv`), 'utf8').split('\n');
    const header = lines.findIndex((l) => /^kod,/.test(l));
    const kept = lines.slice(header + 1).filter((l) => UNITS.some((c) => l.startsWith(`${c},`)));
    writeFileSync(
      join(into, `${year}.csv`),
      [...lines.slice(0, header + 1), ...kept, ''].join('\n'),
    );
  }
  return into;
}

/** Runs `npm run build` with the environment given; resolves with its exit code and output. */
function build(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', 'build'], {
      cwd: SITE_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

const results = join(work, 'results');
const broken = join(work, 'broken-results');
const parent = join(work, 'sites');
const out = join(parent, 'dist');
const env = (extra: Record<string, string> = {}) => ({
  NKI_RESULTS_DIR: results,
  NKI_OUT_DIR: out,
  NKI_IMAGE_CACHE: join(work, 'cache'),
  ...extra,
});

let first: { code: number; output: string };

beforeAll(async () => {
  tinyResults(results);
  cpSync(results, broken, { recursive: true });
  writeFileSync(join(broken, '2022.csv'), 'kod,namn,nki\n2514,Kalix,78,5\n');
  mkdirSync(parent);
  first = await build(env());
}, 600_000);

describe('the build never deletes what it did not make', () => {
  it('writes a good site with its manifest, and leaves no working folder beside it', () => {
    expect(first.code, first.output.slice(-3000)).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    const manifest = readFileSync(join(out, '.nki-build'), 'utf8').split('\n');
    expect(manifest).toContain('index.html');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('refuses a bad setting before any work and leaves the previous site as it was', async () => {
    const before = fingerprint(out);
    const failed = await build(env({ NKI_EDITORIAL_DIR: 'no/such/folder' }));
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('Bygget stoppas: NKI_EDITORIAL_DIR=no/such/folder');
    expect(failed.output).not.toContain('[phase] load');
    expect(fingerprint(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('leaves the previous site as it was when the build fails after the pages are written', async () => {
    const before = fingerprint(out);
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const failed = await build(env({ NKI_IMAGE_CACHE: join(blocker, 'cache') }));
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain(
      `Bygget misslyckades: inget publiceras, och ${out} lämnas som den var.`,
    );
    expect(fingerprint(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('leaves the previous site as it was when the data has an error', async () => {
    const before = fingerprint(out);
    const failed = await build(env({ NKI_RESULTS_DIR: broken }));
    expect(failed.code).toBe(1);
    expect(failed.output).toContain(
      '2022.csv:2:3 fel: Raden har 4 celler men rubrikraden 3 celler.',
    );
    expect(failed.output).toContain(
      `Bygget stoppas: inget publiceras, och ${out} lämnas som den var.`,
    );
    expect(fingerprint(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('replaces its own site when a new build passes, old pages and all', async () => {
    const fewer = join(work, 'fewer-results');
    mkdirSync(fewer);
    cpSync(join(results, '2021.csv'), join(fewer, '2021.csv'));
    expect(existsSync(join(out, 'ar', '2022', 'index.html'))).toBe(true);
    const again = await build(env({ NKI_RESULTS_DIR: fewer }));
    expect(again.code, again.output.slice(-3000)).toBe(0);
    expect(existsSync(join(out, 'ar', '2021', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'ar', '2022'))).toBe(false);
    expect(readFileSync(join(out, '.nki-build'), 'utf8')).not.toContain('ar/2022/');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('refuses a folder of the user’s own files, before any work, and touches none of them', async () => {
    const own = join(work, 'mine');
    mkdirSync(join(own, 'bilder'), { recursive: true });
    writeFileSync(join(own, 'anteckningar.txt'), 'mina');
    writeFileSync(join(own, 'bilder', 'logga.png'), 'png');
    const before = fingerprint(own);
    const refused = await build(env({ NKI_OUT_DIR: own }));
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      `Bygget stoppas: Byggmappen ${own} används inte: den är inte en webbplats som bygget har gjort (.nki-build saknas) och innehåller anteckningar.txt, bilder/logga.png.`,
    );
    expect(refused.output).not.toContain('[phase] astro');
    expect(fingerprint(own)).toEqual(before);
  });

  it('refuses its own site once a file the build did not write was added to it', async () => {
    writeFileSync(join(out, 'CNAME'), 'nki.example');
    const before = fingerprint(out);
    const refused = await build(env());
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      `Byggmappen ${out} används inte: den innehåller filer som bygget inte har skrivit (CNAME).`,
    );
    expect(fingerprint(out)).toEqual(before);
  });
});

/**
 * Lighthouse 12, mobile defaults, against a page served on 127.0.0.1, in Debian's Chromium
 * ($CHROME_PATH, default /usr/bin/chromium). Scores 0–1.
 *
 * Lighthouse (about 50 MB) is not among the project's dependencies: only the benchmark uses it.
 * It is taken from node_modules when someone installed it there, else installed once from npm
 * into .cache/lighthouse ($NKI_LIGHTHOUSE_PREFIX), saying so.
 */
import { CHROMIUM_ARGS } from '../chromium';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Scores {
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly error?: string;
}

const FLAGS = CHROMIUM_ARGS;
const VERSION = '12';

/** The Lighthouse CLI to run, installed into the cache first if there is none. */
export function lighthouseCli(root: string): string {
  const local = join(root, 'node_modules/lighthouse/cli/index.js');
  if (existsSync(local)) return local;
  const prefix = process.env.NKI_LIGHTHOUSE_PREFIX || join(root, '.cache/lighthouse');
  const cached = join(prefix, 'node_modules/lighthouse/cli/index.js');
  if (existsSync(cached)) return cached;
  console.error(
    `[bench] Lighthouse är inte installerat: installerar lighthouse@${VERSION} från npm i ${prefix} (en gång) …`,
  );
  const install = spawnSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `lighthouse@${VERSION}`],
    { stdio: 'inherit' },
  );
  if (install.status !== 0 || !existsSync(cached)) {
    throw new Error(
      `Kunde inte installera lighthouse@${VERSION} i ${prefix}; kör benchmarken med --no-lighthouse.`,
    );
  }
  return cached;
}

export async function lighthouse(root: string, url: string): Promise<Scores> {
  const dir = mkdtempSync(join(tmpdir(), 'nki-lh-'));
  const out = join(dir, 'report.json');
  const args = [
    lighthouseCli(root),
    url,
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility',
    `--chrome-flags=${FLAGS.join(' ')}`,
    '--quiet',
  ];
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (exit) => {
      if (exit !== 0) process.stderr.write(stderr.slice(-2000));
      done(exit ?? 1);
    });
  });
  try {
    if (code !== 0) return { performance: null, accessibility: null, error: `lighthouse avslutades med kod ${code}` };
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: Record<string, { score: number | null }>;
      runtimeError?: { message: string };
    };
    return {
      performance: report.categories.performance?.score ?? null,
      accessibility: report.categories.accessibility?.score ?? null,
      ...(report.runtimeError ? { error: report.runtimeError.message } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

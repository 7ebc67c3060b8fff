/**
 * Builds the site into a directory of its own (never dist/), for the tests that need fresh builds.
 * Runs `npx astro build --outDir <dir>` in $SITE_ROOT (default: the working directory), or
 * $NKI_BUILD_CMD with `{outDir}` replaced, when the build needs more than astro (share cards, a data
 * check): e.g. NKI_BUILD_CMD='npm run --silent build'. NKI_OUT_DIR is set to the folder either way.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from './dist';

export const SITE_ROOT = resolve(process.env.SITE_ROOT ?? '.');

/** Builds into `outDir` with extra environment; rejects with the build's output on failure. */
export function buildInto(outDir: string, env: Record<string, string> = {}): Promise<string> {
  const command = process.env.NKI_BUILD_CMD
    ? process.env.NKI_BUILD_CMD.replaceAll('{outDir}', JSON.stringify(outDir))
    : `npx astro build --outDir ${JSON.stringify(outDir)}`;
  return new Promise((done, fail) => {
    const child = spawn(command, {
      cwd: SITE_ROOT,
      shell: true,
      env: { ...process.env, ...env, NKI_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      if (code === 0 && !existsSync(join(outDir, 'index.html'))) {
        fail(
          new Error(
            `Bygget (${command}) skrev ingen index.html i ${outDir}: läser bygget NKI_OUT_DIR?`,
          ),
        );
      } else if (code === 0) done(output);
      else
        fail(new Error(`Bygget misslyckades (${command}, kod ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/** SHA-256 of every file under `dir`, by relative path. */
export function fingerprint(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

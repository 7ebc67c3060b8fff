/**
 * The W3C Nu HTML Checker (vnu, from the npm package vnu-jar, run on the java on PATH) over one
 * page of every template of the built site: any error fails. Warnings are not reported.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST_DIR, fileOf, templates } from './dist';

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface Message {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly message: string;
  readonly extract?: string;
}

let messages: Message[];
const pages: Array<{ name: string; path: string; file: string | undefined }> = [];

beforeAll(() => {
  assertBuilt();
  for (const t of [...templates(), { name: 'alla kommuner', path: '/kommuner/' }]) {
    pages.push({ ...t, file: fileOf(t.path, DIST_DIR) });
  }
  const files = pages.flatMap((p) => (p.file ? [p.file] : []));
  // One Java process for all pages: starting the checker is most of its time.
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // vnu writes its report to stderr and exits 1 when it found errors.
  messages = (JSON.parse(run.stderr) as { messages: Message[] }).messages;
});

describe('the W3C HTML checker', () => {
  it('has a built page for every template', () => {
    expect(pages.filter((p) => !p.file).map((p) => p.name)).toEqual([]);
  });

  it('finds no error on one page of every template', () => {
    const errors = messages
      .filter((m) => m.type !== 'info')
      .map((m) => {
        const page = pages.find((p) => p.file && m.url?.endsWith(p.file))?.path ?? m.url;
        const extract = (m.extract ?? '').slice(0, 120);
        return `${page}:${m.lastLine ?? '?'}: ${m.message} [${extract}]`;
      });
    expect(errors).toEqual([]);
  });
});

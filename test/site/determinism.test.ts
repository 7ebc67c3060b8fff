/**
 * Two builds of the same data are byte-identical: no build timestamps, no random ids, no order
 * that depends on the file system or the clock. The second build runs in another time zone and
 * locale, so a date or number formatted without an explicit zone or 'sv-SE' shows up here too.
 * Builds the small dataset (small-data.ts) twice: `npm run test:determinism`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInto, fingerprint, SITE_ROOT } from './build';
import { writeSmallResults } from './small-data';

const work = mkdtempSync(join(tmpdir(), 'nki-determinism-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Where two versions of a text file first differ, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `tecken ${i}: «${a.slice(Math.max(0, i - 40), i + 40)}» ≠ «${b.slice(Math.max(0, i - 40), i + 40)}»`;
}

describe('two builds of the same data', () => {
  it('are byte-identical, file for file', async () => {
    const first = join(work, 'first');
    const second = join(work, 'second');
    const results = writeSmallResults(join(SITE_ROOT, 'data', 'results'), join(work, 'results'));
    await buildInto(first, {
      NKI_RESULTS_DIR: results,
      TZ: 'UTC',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
    });
    await buildInto(second, {
      NKI_RESULTS_DIR: results,
      TZ: 'Pacific/Kiritimati',
      LANG: 'en_US.UTF-8',
      LC_ALL: 'en_US.UTF-8',
    });
    const a = fingerprint(first);
    const b = fingerprint(second);
    const differences: string[] = [];
    for (const file of new Set([...a.keys(), ...b.keys()])) {
      if (!a.has(file) || !b.has(file)) {
        differences.push(`${file}: finns bara i ${a.has(file) ? 'första' : 'andra'} bygget`);
      } else if (a.get(file) !== b.get(file)) {
        const textual = /\.(html|css|js|json|xml|csv|txt|svg|atom)$/.test(file);
        differences.push(
          textual
            ? `${file}: ${firstDifference(readFileSync(join(first, file), 'utf8'), readFileSync(join(second, file), 'utf8'))}`
            : `${file}: olika bytes`,
        );
      }
    }
    expect(a.size).toBeGreaterThan(0);
    expect(differences, differences.slice(0, 30).join('\n')).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./embargo-status.mjs', import.meta.url));
const run = (value?: string) =>
  spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, NKI_EMBARGO: value ?? '' },
  });

describe('the workflow’s embargo check (scripts/embargo-status.mjs)', () => {
  it('says a release time that has passed is due, in UTC for the run list', () => {
    const out = run('2020-04-27T08:00');
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('release=2020-04-27T06:00:00Z\ndue=true\n');
    expect(out.stderr).toContain('Embargot till 27 april 2020 kl. 08.00 har passerat.');
  });

  it('says a release time still ahead is not due', () => {
    expect(run('2099-04-27T08:00+02:00').stdout).toContain('due=false');
  });

  it('has nothing to do without NKI_EMBARGO', () => {
    expect(run().stdout).toBe('due=false\n');
  });

  it('fails on a malformed value with the build’s own line', () => {
    const out = run('i morgon');
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/^NKI_EMBARGO: "i morgon" är ingen giltig tidpunkt\./);
  });
});

/**
 * `npm test`: every check, one after another, each to the end even when an earlier one failed, and
 * a summary of all of them at the end (the last line: "N passed, N failed"). Exits 1 if any
 * failed. The site checks and browser tests need the build; if it failed they are counted as
 * failed without being run.
 *
 *   npm test                      all steps
 *   npm test -- lint test:unit    only the named steps (npm script names)
 */
import { spawn } from 'node:child_process';

interface Step {
  script: string;
  needs?: string;
}

const STEPS: Step[] = [
  { script: 'typecheck' },
  { script: 'lint' },
  { script: 'format:check' },
  { script: 'test:unit' },
  { script: 'test:components' },
  { script: 'build' },
  { script: 'test:site', needs: 'build' },
  { script: 'test:browser', needs: 'build' },
  { script: 'test:escaping' },
  { script: 'test:determinism' },
  { script: 'test:kolada' },
];

function run(script: string): Promise<number> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
    child.on('close', (code) => done(code ?? 1));
    child.on('error', () => done(1));
  });
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const steps = only.length ? STEPS.filter((s) => only.includes(s.script)) : STEPS;
  const results: { script: string; ok: boolean; seconds: number; note?: string }[] = [];
  const started = performance.now();
  for (const step of steps) {
    const needed = step.needs && results.find((r) => r.script === step.needs);
    if (needed && !needed.ok) {
      results.push({ script: step.script, ok: false, seconds: 0, note: `${step.needs} failed` });
      continue;
    }
    console.log(`\n=== ${step.script}`);
    const t = performance.now();
    const code = await run(step.script);
    results.push({ script: step.script, ok: code === 0, seconds: (performance.now() - t) / 1000 });
  }
  const failed = results.filter((r) => !r.ok);
  console.log('\n=== summary');
  for (const r of results) {
    const note = r.note ? ` (not run: ${r.note})` : '';
    console.log(
      `${r.ok ? 'ok  ' : 'FAIL'}  ${r.script.padEnd(18)} ${r.seconds.toFixed(0)} s${note}`,
    );
  }
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
  process.exitCode = failed.length ? 1 : 0;
}

void main();

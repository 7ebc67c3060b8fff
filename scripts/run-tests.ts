/**
 * `npm test`: every check, each to the end even when another failed, and a summary of all of them
 * at the end (the last line: "N passed, N failed"). Exits 1 if any failed.
 *
 * Steps run two at a time (NKI_TEST_JOBS, default the number of cores, at most 2): the full
 * build and the checks and browser tests that need it are the long chain, so they start first
 * and the short steps fill the other slot. Several steps at once would interleave their output,
 * so each step's output is held and printed whole when it ends. With one step, or
 * NKI_TEST_JOBS=1, steps run one after another with their output as it comes.
 * A step whose prerequisite failed is counted as failed without being run.
 *
 *   npm test                      all steps
 *   npm test -- lint test:unit    only the named steps (npm script names)
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

interface Step {
  script: string;
  /** Runs only after this step has passed. */
  needs?: string;
  /**
   * Starts only after this step has ended, pass or fail: the steps that run Astro (its type
   * check and other builds) write the same .astro/ folder as the build, so never beside it.
   */
  after?: string;
  /** Runs Astro, which writes .astro/ in the project: never two such steps at once. */
  astro?: boolean;
}

/** In order of priority: the long chain first. The summary lists them in this order too. */
const STEPS: Step[] = [
  { script: 'build', astro: true },
  { script: 'test:site', needs: 'build' },
  // Builds an embargo preview of its own (test/browser/embargo.test.ts): Astro, so not beside
  // another step that runs it.
  { script: 'test:browser', needs: 'build', astro: true },
  { script: 'lint' },
  { script: 'format:check' },
  { script: 'test:unit' },
  { script: 'typecheck', after: 'build', astro: true },
  { script: 'test:components', after: 'build', astro: true },
  { script: 'test:small-site', after: 'build', astro: true },
  { script: 'test:kolada', after: 'build', astro: true },
];

interface Result {
  script: string;
  ok: boolean;
  seconds: number;
  note?: string;
}

function run(script: string, live: boolean): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code: code ?? 1, output }));
    child.on('error', (error) => done({ code: 1, output: String(error) }));
  });
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !STEPS.some((s) => s.script === name));
  if (unknown.length) {
    console.error(
      `Okänt steg: ${unknown.join(', ')}. Steg: ${STEPS.map((s) => s.script).join(', ')}`,
    );
    process.exitCode = 1;
    return;
  }
  const steps = only.length ? STEPS.filter((s) => only.includes(s.script)) : STEPS;
  const jobs = Math.max(
    1,
    Math.min(
      Number(process.env.NKI_TEST_JOBS) || Math.min(availableParallelism(), 2),
      steps.length,
    ),
  );
  const live = jobs === 1;
  const results = new Map<string, Result>();
  const started = performance.now();
  const waiting = [...steps];
  const running = new Set<string>();

  /** The next step that can start now: the step it waits for (if selected) has ended. */
  function next(): Step | undefined {
    const astroBusy = [...running].some((r) => steps.find((t) => t.script === r)?.astro);
    const index = waiting.findIndex((s) => {
      if (s.astro && astroBusy) return false;
      const first = s.needs ?? s.after;
      return !first || !steps.some((t) => t.script === first) || results.has(first);
    });
    return index < 0 ? undefined : waiting.splice(index, 1)[0];
  }

  async function slot(): Promise<void> {
    for (;;) {
      const step = next();
      if (!step) {
        if (waiting.length === 0) return;
        // A step waits for one that is still running in another slot.
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      const needed = step.needs ? results.get(step.needs) : undefined;
      if (needed && !needed.ok) {
        results.set(step.script, {
          script: step.script,
          ok: false,
          seconds: 0,
          note: `${step.needs} failed`,
        });
        continue;
      }
      running.add(step.script);
      if (live) console.log(`\n=== ${step.script}`);
      else console.log(`… ${step.script} startar (${[...running].join(', ')} igång)`);
      const t = performance.now();
      const { code, output } = await run(step.script, live);
      const seconds = (performance.now() - t) / 1000;
      running.delete(step.script);
      if (!live) {
        console.log(
          `\n=== ${step.script} (${code === 0 ? 'ok' : 'FAIL'}, ${seconds.toFixed(0)} s)`,
        );
        process.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
      }
      results.set(step.script, { script: step.script, ok: code === 0, seconds });
    }
  }

  await Promise.all(Array.from({ length: jobs }, () => slot()));
  const ordered = steps.map((s) => results.get(s.script)!);
  const failed = ordered.filter((r) => !r.ok);
  console.log(`\n=== summary (${jobs} steg åt gången)`);
  for (const r of ordered) {
    const note = r.note ? ` (not run: ${r.note})` : '';
    console.log(
      `${r.ok ? 'ok  ' : 'FAIL'}  ${r.script.padEnd(18)} ${r.seconds.toFixed(0)} s${note}`,
    );
  }
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${ordered.length - failed.length} passed, ${failed.length} failed`);
  process.exitCode = failed.length ? 1 : 0;
}

void main();

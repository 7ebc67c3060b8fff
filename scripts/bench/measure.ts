/**
 * Runs a shell command and measures it: wall time, the peak resident memory of its largest
 * process (GNU time -v, when /usr/bin/time exists) and the peak summed memory of its whole
 * process tree (sampled from /proc every 200 ms), with its output kept for parsing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  readonly wallMs: number;
  /** Largest single process, MB (GNU time), or undefined without /usr/bin/time. */
  readonly peakProcessMB: number | undefined;
  /** All processes of the command together, MB, sampled. */
  readonly peakTreeMB: number;
  /** CPU seconds, user + system (GNU time), or undefined without /usr/bin/time: on a shared
   * machine a steadier figure than wall time. */
  readonly cpuSeconds: number | undefined;
  readonly output: string;
  readonly code: number;
}

const PAGE_BYTES = 4096;

/** Summed RSS in bytes of `root` and every descendant, read from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pid = Number(name);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * PAGE_BYTES);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command` in a shell in `cwd` with extra `env`; echoes nothing, keeps all output. */
export function measure(command: string, cwd: string, env: Record<string, string> = {}): Promise<Measured> {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const [file, args] = timeBin ? [timeBin, ['-v', 'sh', '-c', command]] : ['sh', ['-c', command]];
  const started = performance.now();
  const child = spawn(file, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let peakTree = 0;
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const sampler = setInterval(() => {
    if (child.pid !== undefined && existsSync('/proc')) peakTree = Math.max(peakTree, treeRss(child.pid));
  }, 200);
  return new Promise((done) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      const user = /User time \(seconds\): ([\d.]+)/.exec(output);
      const system = /System time \(seconds\): ([\d.]+)/.exec(output);
      done({
        wallMs,
        peakProcessMB: maxRss ? Number(maxRss[1]) / 1024 : undefined,
        peakTreeMB: peakTree / 1024 / 1024,
        cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : undefined,
        output,
        code: code ?? 1,
      });
    });
  });
}

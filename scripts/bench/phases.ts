/**
 * Reads a build's log: the build scripts' own `[phase] <name> <ms>` lines (summed by name; they may
 * appear mid-line, since Astro interleaves its route log) and Astro's own figures: the time it spent
 * generating the static routes ("pages") and how many pages it built.
 */

export interface BuildLog {
  /** Milliseconds by phase name, "pages" being Astro's route generation. */
  readonly phases: Record<string, number>;
  readonly astroPages: number | undefined;
}

const ANSI = /\u001b\[[0-9;]*m/g;

function toMs(value: string, unit: string): number {
  return unit === 's' ? Number(value) * 1000 : unit === 'm' ? Number(value) * 60_000 : Number(value);
}

export function parseBuildLog(output: string): BuildLog {
  const text = output.replace(ANSI, '');
  const phases: Record<string, number> = {};
  for (const m of text.matchAll(/\[phase\] (\S+) (\d+(?:\.\d+)?)/g)) {
    phases[m[1]!] = (phases[m[1]!] ?? 0) + Number(m[2]);
  }
  const routes = text.indexOf('generating static routes');
  if (routes >= 0) {
    const done = /✓ Completed in (\d+(?:\.\d+)?)(ms|s|m)\b/.exec(text.slice(routes));
    if (done) phases.pages = toMs(done[1]!, done[2]!);
  }
  const built = /(\d+) page\(s\) built in/.exec(text);
  return { phases, astroPages: built ? Number(built[1]) : undefined };
}

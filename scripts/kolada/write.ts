/**
 * All of the importer's files or none: each is written beside its target first; then the targets
 * that exist are moved aside, the new files renamed into place, and the old ones removed. If any
 * step fails, every file already replaced gets its old content back and every new one is removed,
 * so a failure never leaves some years replaced and others not.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface PlannedFile {
  path: string;
  text: string;
}

/** Writes every file or, on any failure, none (the old files stay as they were); rethrows. */
export function writeAll(files: PlannedFile[], step: (path: string) => void = () => {}): void {
  const tag = `${process.pid}-${Date.now()}`;
  const plan = files.map((f) => ({
    ...f,
    tmp: `${f.path}.${tag}.tmp`,
    old: `${f.path}.${tag}.old`,
    hadOld: false,
    placed: false,
  }));
  try {
    for (const f of plan) {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(f.tmp, f.text);
    }
    for (const f of plan) {
      step(f.path);
      if (existsSync(f.path)) {
        renameSync(f.path, f.old);
        f.hadOld = true;
      }
      renameSync(f.tmp, f.path);
      f.placed = true;
    }
  } catch (error) {
    for (const f of plan) {
      try {
        if (f.placed) rmSync(f.path, { force: true });
        if (f.hadOld) renameSync(f.old, f.path);
        rmSync(f.tmp, { force: true });
      } catch {
        // Best effort: the next file is still restored.
      }
    }
    throw error;
  }
  for (const f of plan) if (f.hadOld) rmSync(f.old, { force: true });
}

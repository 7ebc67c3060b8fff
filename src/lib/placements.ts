/**
 * Checks SKR's placements as a file states them. A placement that repeats within its ranking is an
 * error (SKR's places are unique, even for equal rounded values). A better place with a lower
 * value is only a warning: files carry rounded values and SKR ranks on unrounded ones, so only a
 * strictly lower value contradicts the order.
 */
import type { Problem } from './model';

/** One unit's stated placement in one ranking, and the value it was ranked on. */
export interface Placed {
  line: number;
  /** 1-based column of the placement cell. */
  column: number;
  unitName: string;
  place: number;
  value?: number;
  /** Rankings split into groups (the county ranking: one group per county). */
  group?: string;
}

/** Problems in one ranking; `label` names it in Swedish ("NKI totalt", "bygglov", "länet"). */
export function checkRanking(entries: readonly Placed[], label: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, Placed[]>();
  for (const entry of entries) {
    const key = entry.group ?? '';
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  for (const group of groups.values()) {
    const byPlace = new Map<number, Placed>();
    for (const entry of group) {
      const first = byPlace.get(entry.place);
      if (first) {
        problems.push({
          ...where(entry, file),
          severity: 'error',
          message: `Placering ${entry.place} i ${label} finns redan på rad ${first.line} (${first.unitName}).`,
        });
      } else byPlace.set(entry.place, entry);
    }
    const ordered = [...byPlace.values()]
      .filter((e) => e.value !== undefined)
      .sort((a, b) => a.place - b.place);
    for (let i = 1; i < ordered.length; i++) {
      const better = ordered[i - 1]!;
      const worse = ordered[i]!;
      if (worse.value! > better.value!) {
        problems.push({
          ...where(worse, file),
          severity: 'warning',
          message:
            `Placering ${worse.place} i ${label} (${worse.unitName}, ${format(worse.value!)}) har ` +
            `högre värde än placering ${better.place} (${better.unitName}, ${format(better.value!)}).`,
        });
      }
    }
  }
  return problems;
}

function where(entry: Placed, file: string) {
  return { file, line: entry.line, column: entry.column, raw: String(entry.place) };
}

function format(value: number): string {
  return value.toLocaleString('sv-SE', { maximumFractionDigits: 2 });
}

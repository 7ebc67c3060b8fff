/**
 * SKR's kommungrupper as a dimension of a data year: which edition applies (rules.ts
 * PEER_GROUPINGS), the group of a municipality, and the group's median NKI. The files are parsed
 * and checked in reference.ts; the expected counts per group are here, from the editions
 * themselves (data/README.md).
 */
import type { PeerGroup, PeerGrouping, Reference } from './model';
import { peerEditionFor } from './rules';

/** Municipalities per group in each edition, as SKR (SKL) published them. */
export const PEER_GROUP_COUNTS: Readonly<Record<number, Readonly<Record<string, number>>>> = {
  2017: { A1: 3, A2: 43, B3: 21, B4: 52, B5: 35, C6: 29, C7: 52, C8: 40, C9: 15 },
  2023: { A1: 3, A2: 43, B3: 23, B4: 63, B5: 24, C6: 27, C7: 51, C8: 35, C9: 21 },
};

/** The grouping a data year uses, or undefined (before 2017, or a reference set without one). */
export function peerGroupingFor(reference: Reference, year: number): PeerGrouping | undefined {
  const edition = peerEditionFor(year);
  return reference.peerGroupings?.find((g) => g.edition === edition);
}

/** The municipality's group in `grouping`. */
export function peerGroupOf(grouping: PeerGrouping, code: string): PeerGroup | undefined {
  const groupCode = grouping.groupOf[code];
  return grouping.groups.find((g) => g.code === groupCode);
}

/** The municipalities of a group, by code. */
export function peerMembers(grouping: PeerGrouping, groupCode: string): string[] {
  return Object.keys(grouping.groupOf).filter((code) => grouping.groupOf[code] === groupCode);
}

/** The median of unrounded values: the middle one, or the mean of the two middle ones. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

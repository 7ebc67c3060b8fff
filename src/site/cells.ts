/**
 * Table cells every page's tables share: a place, an index and a change as text for sv-SE readers
 * with an unrounded sort key, so /js/sort.js orders as SKR does; and the table shape itself.
 */
import type { Change, RankOutcome, UnitYear } from '../lib/model';
import { formatDelta, formatIndex, formatNumber } from '../text/format';
import { notRankedLabel } from '../text/labels';
import type { TableCell } from './table';

export type Row = (string | TableCell)[];

export interface TableView {
  caption: string;
  columns: string[];
  rows: Row[];
  /** Per row, what /js/filter.js filters on (county, size group, grade). */
  rowData?: Record<string, string>[];
}

/** Sorts a not-ranked unit after every place when the table is sorted ascending. */
export const NO_PLACE = 99999;

/** A place as a table cell: "12", "delad 12", "12 (beräknad)", or the reason there is none. */
export function placeCell(outcome: RankOutcome | undefined): TableCell {
  if (!outcome) return { text: '–', sort: NO_PLACE };
  if (outcome.kind === 'not-ranked')
    return { text: notRankedLabel(outcome.reason), sort: NO_PLACE };
  const r = outcome.rank;
  const text = `${r.tied ? 'delad ' : ''}${formatNumber(r.place)}${r.basis === 'computed' ? ' (beräknad)' : ''}`;
  return { text, sort: r.place };
}

/** An index as a cell: the published integer, sorted on the unrounded value. */
export function indexCell(score: UnitYear['nki']): TableCell {
  return score.kind === 'measured'
    ? { text: formatIndex(score.value), sort: score.value }
    : { text: '–', sort: -1 };
}

/**
 * A change as a cell: "+3", "−2", "0"; marked when it crosses a series break, and with its
 * starting year when that is not `previousYear` (the unit skipped a year).
 */
export function changeCell(change: Change | undefined, previousYear?: number): TableCell {
  if (!change) return { text: '–', sort: -999 };
  const notes = [
    ...(change.acrossBreak ? ['seriebrott'] : []),
    ...(previousYear !== undefined && change.fromYear !== previousYear
      ? [`från ${change.fromYear}`]
      : []),
  ];
  return {
    text: `${formatDelta(change.delta)}${notes.length ? ` (${notes.join(', ')})` : ''}`,
    sort: change.delta,
  };
}

export function placeOf(outcome: RankOutcome | undefined): number {
  return outcome?.kind === 'ranked' ? outcome.rank.place : NO_PLACE;
}

/** Ranked first in place order, then the rest alphabetically. */
export function byPlace(pick: (u: UnitYear) => RankOutcome | undefined) {
  return (a: UnitYear, b: UnitYear) =>
    placeOf(pick(a)) - placeOf(pick(b)) || a.unit.name.localeCompare(b.unit.name, 'sv-SE');
}

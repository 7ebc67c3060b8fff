/**
 * Kolada data rows → one result file per year in the canonical layout (data/README.md), with
 * Kolada, the KPI ids and the fetch date on the title line so that the site can credit the
 * source. Only municipalities are kept (SCB codes in the reference list); "0000" is the whole
 * country and becomes the "Riket" row; every other id (regions) is counted and left out. The
 * total ("T") value is used; `null` is a value Kolada does not show, written as "..", so it is
 * read as a missing value with its reason; a unit Kolada has nothing for gets no row.
 */
import type { Municipality } from '../../src/lib/model';
import { koladaSourceLine } from '../../src/lib/provenance';
import { MEASURES, type MappedKpi } from './measures';

/** A row of `GET /v3/data/kpi/{id}/year/{year}`. */
export interface KoladaRow {
  kpi: string;
  municipality: string;
  period: number;
  values: { gender?: string; value: number | null; isdeleted?: boolean }[];
}

const NATIONAL = '0000';

export interface YearFile {
  year: number;
  text: string;
  municipalities: number;
  national: boolean;
  /** Rows for other ids (regions), not kept. */
  ignored: number;
  /** Values Kolada gives as null. */
  nulls: number;
}

/** One year's file from the rows of every mapped KPI; undefined when no municipality has a value. */
export function yearFile(
  year: number,
  rows: { kpi: MappedKpi; rows: KoladaRow[] }[],
  municipalities: readonly Municipality[],
  fetched: string,
): YearFile | undefined {
  const known = new Map(municipalities.map((m) => [m.code, m]));
  const cells = new Map<string, Map<string, string>>();
  let ignored = 0;
  let nulls = 0;
  for (const { kpi, rows: list } of rows) {
    for (const row of list) {
      if (row.period !== year) continue;
      if (row.municipality !== NATIONAL && !known.has(row.municipality)) {
        ignored++;
        continue;
      }
      const total = row.values.find((v) => v.gender === 'T' && !v.isdeleted);
      if (!total) continue;
      if (total.value === null) nulls++;
      const unit = cells.get(row.municipality) ?? new Map<string, string>();
      unit.set(kpi.measure, total.value === null ? '..' : String(total.value));
      cells.set(row.municipality, unit);
    }
  }
  const codes = [...cells.keys()].filter((c) => c !== NATIONAL).sort();
  if (codes.length === 0) return undefined;
  const measures = MEASURES.filter((m) => rows.some((r) => r.kpi.measure === m));
  const line = (code: string, name: string) =>
    [code, name, ...measures.map((m) => cells.get(code)?.get(m) ?? '')].join(',');
  const kpis = rows.map((r) => r.kpi.id);
  const text = [
    koladaSourceLine(kpis, fetched),
    ['kod', 'namn', ...measures].join(','),
    ...codes.map((c) => line(c, known.get(c)!.name)),
    ...(cells.has(NATIONAL) ? [line(NATIONAL, 'Riket')] : []),
  ];
  return {
    year,
    text: text.join('\n') + '\n',
    municipalities: codes.length,
    national: cells.has(NATIONAL),
    ignored,
    nulls,
  };
}

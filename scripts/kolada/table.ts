/**
 * Kolada data rows → one result file per year in the canonical layout (data/README.md), with
 * Kolada, the KPI ids and the fetch date on the title line so that the site can credit the
 * source. Only municipalities are kept (SCB codes in the reference list); "0000" is the whole
 * country and becomes the "Riket" row; every other id (regions) is counted and left out. The
 * total ("T") value is used; `null` is a value Kolada does not show, written as "..", so it is
 * read as a missing value with its reason; a unit Kolada has nothing for gets no row, and a KPI
 * with no row for the year gets no column (and is not named on the title line).
 *
 * Kolada's answer is checked, not trusted: a value that is not a finite number (the text "86,2",
 * or 1e999) and a municipality that comes twice in one KPI's answer for a year are errors naming
 * the KPI, the municipality and the year, never a guess or last-wins. Numbers are written as the
 * reader reads them: a decimal point, no exponent.
 */
import type { Municipality } from '../../src/lib/model';
import { koladaSourceLine } from '../../src/lib/provenance';
import { KoladaError } from './http';
import { MEASURES, type MappedKpi } from './measures';

/** A row of `GET /v3/data/kpi/{id}/year/{year}`. */
export interface KoladaRow {
  kpi: string;
  municipality: string;
  period: number;
  values: { gender?: string; value: number | null; isdeleted?: boolean }[];
}

export const NATIONAL = '0000';

export interface YearFile {
  year: number;
  text: string;
  municipalities: number;
  national: boolean;
  /** Rows for other ids (regions), not kept. */
  ignored: number;
  /** Values Kolada gives as null. */
  nulls: number;
  /** The measures at least one municipality has a number for, in canonical order. */
  valued: string[];
}

/** A number as the reader reads it: "86.36136644", "88", never "1e-7". */
export function formatValue(value: number): string {
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  return value.toFixed(12).replace(/\.?0+$/, '');
}

/** One year's file from the rows of every mapped KPI; undefined when no municipality has a row. */
export function yearFile(
  year: number,
  rows: { kpi: MappedKpi; rows: KoladaRow[] }[],
  municipalities: readonly Municipality[],
  fetched: string,
): YearFile | undefined {
  const known = new Map(municipalities.map((m) => [m.code, m]));
  const cells = new Map<string, Map<string, string>>();
  const valued = new Set<string>();
  let ignored = 0;
  let nulls = 0;
  for (const { kpi, rows: list } of rows) {
    const seen = new Set<string>();
    for (const row of list) {
      const where = () => {
        const code = typeof row?.municipality === 'string' ? row.municipality : '?';
        const name = code === NATIONAL ? 'Riket' : known.get(code)?.name;
        return `${kpi.id} (${kpi.measure}), ${name ? `${name} (${code})` : code}, ${year}`;
      };
      if (
        !row ||
        typeof row !== 'object' ||
        typeof row.municipality !== 'string' ||
        !Array.isArray(row.values)
      ) {
        throw new KoladaError(
          `Kolada svarade med en rad som inte är en datarad för ${kpi.id} ${year}: ${JSON.stringify(row).slice(0, 200)}.`,
        );
      }
      if (row.period !== year) continue;
      if (row.municipality !== NATIONAL && !known.has(row.municipality)) {
        ignored++;
        continue;
      }
      if (seen.has(row.municipality)) {
        throw new KoladaError(
          `Kolada gav ${where()} två gånger i samma svar; vilket värde som gäller går inte att veta.`,
        );
      }
      seen.add(row.municipality);
      const totals = row.values.filter((v) => v?.gender === 'T' && !v.isdeleted);
      if (totals.length > 1) {
        throw new KoladaError(`Kolada gav flera totalvärden (T) för ${where()}.`);
      }
      const total = totals[0];
      if (!total) continue;
      const value: unknown = total.value;
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
        const shown = typeof value === 'string' ? `texten "${value}"` : String(value);
        throw new KoladaError(
          `Kolada gav ${shown} som värde för ${where()}; det är inte ett tal. Importen skriver bara tal som Kolada anger som tal.`,
        );
      }
      if (value === null) nulls++;
      else if (row.municipality !== NATIONAL) valued.add(kpi.measure);
      const unit = cells.get(row.municipality) ?? new Map<string, string>();
      unit.set(kpi.measure, value === null ? '..' : formatValue(value));
      cells.set(row.municipality, unit);
    }
  }
  const codes = [...cells.keys()].filter((c) => c !== NATIONAL).sort();
  if (codes.length === 0) return undefined;
  // A KPI with no row for the year gets no column: an empty "antal_svar" column would claim that
  // the year has answer counts (provenance.contentsOf) when Kolada has none.
  const present = new Set([...cells.values()].flatMap((unit) => [...unit.keys()]));
  const measures = MEASURES.filter((m) => present.has(m));
  const line = (code: string, name: string) =>
    [code, name, ...measures.map((m) => cells.get(code)?.get(m) ?? '')].join(',');
  const kpis = rows.filter((r) => present.has(r.kpi.measure)).map((r) => r.kpi.id);
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
    valued: MEASURES.filter((m) => valued.has(m)),
  };
}

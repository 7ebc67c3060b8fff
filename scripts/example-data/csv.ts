/**
 * Writes one year's rows in the canonical layout (src/lib/canonical.ts): comma-separated UTF-8,
 * decimal point, one decimal on indexes and rates, integers for places and counts, an empty cell
 * for anything not measured, and a closing "Riket" row with SKR's stated averages. The first line
 * declares the figures invented (EXAMPLE_DATA_LINE), so that a site built from the file says
 * "Exempeldata" on every page wherever the file lies.
 */
import { AREA_IDS, FACTOR_IDS } from '../../src/lib/areas';
import { areaColumnStem, CANONICAL_COLUMNS } from '../../src/lib/canonical';
import { EXAMPLE_DATA_LINE } from '../../src/lib/provenance';
import type { YearPlan } from './config';
import type { UnitRow } from './structure';

/**
 * The file text for one year: the example declaration, header, units in code order
 * (municipalities, then förbund), Riket.
 */
export function toCsv(rows: readonly UnitRow[], plan: YearPlan): string {
  const lines = [EXAMPLE_DATA_LINE, CANONICAL_COLUMNS.join(',')];
  for (const row of rows) lines.push(CANONICAL_COLUMNS.map((c) => quote(cellOf(row, c))).join(','));
  if (plan.statedNki !== undefined || plan.statedNui !== undefined) {
    const national: Record<string, string> = {
      namn: 'Riket',
      nki: integer(plan.statedNki),
      nui: integer(plan.statedNui),
    };
    lines.push(CANONICAL_COLUMNS.map((c) => national[c] ?? '').join(','));
  }
  return lines.join('\n') + '\n';
}

function cellOf(row: UnitRow, column: string): string {
  const cells: Record<string, string> = {
    kod: row.code,
    namn: row.name,
    nki: decimal(row.nki),
    placering: integer(row.place),
    placering_lan: integer(row.countyPlace),
    antal_svar: integer(row.answers),
    svarsfrekvens: decimal(row.rate),
    nui: decimal(row.nui?.value),
    placering_nui: integer(row.nui?.place),
    antal_svar_nui: integer(row.nui?.answers),
  };
  for (const f of FACTOR_IDS) cells[f] = decimal(row.factors[f]);
  for (const a of AREA_IDS) {
    const cell = row.areas[a];
    const s = areaColumnStem(a);
    cells[s] = decimal(cell?.value);
    cells[`placering_${s}`] = integer(cell?.place);
    cells[`antal_svar_${s}`] = integer(cell?.answers);
    cells[`svarsfrekvens_${s}`] = decimal(cell?.rate);
  }
  return cells[column] ?? '';
}

function decimal(value: number | undefined): string {
  return value === undefined ? '' : value.toFixed(1);
}

function integer(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** Quotes a cell only where CSV needs it (no name in the reference lists does today). */
function quote(cell: string): string {
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

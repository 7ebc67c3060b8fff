/**
 * The canonical layout of a result file (documented in data/README.md): comma-separated UTF-8,
 * decimal point, one row per municipality or förbund, plus an optional "Riket" row with the
 * national averages. The example data is written in this layout; the parser also accepts the
 * variants seen in the wild (see columns.ts).
 */
import { AREA_IDS, FACTOR_IDS, type AreaId } from './areas';

/** Area id as a column stem: "miljo-och-halsoskydd" → "miljo_och_halsoskydd". */
export function areaColumnStem(area: AreaId): string {
  return area.replace(/-/g, '_');
}

/** The canonical header, in order. */
export const CANONICAL_COLUMNS: readonly string[] = [
  'kod',
  'namn',
  'nki',
  'placering',
  'placering_lan',
  'antal_svar',
  'svarsfrekvens',
  ...AREA_IDS.flatMap((a) => {
    const s = areaColumnStem(a);
    return [s, `placering_${s}`, `antal_svar_${s}`, `svarsfrekvens_${s}`];
  }),
  'nui',
  'placering_nui',
  'antal_svar_nui',
  ...FACTOR_IDS,
];

/** Names of the row that carries national averages instead of a unit. */
export const NATIONAL_ROW_NAMES: readonly string[] = [
  'riket',
  'sverige',
  'samtliga',
  'samtliga kommuner',
  'alla kommuner',
  'hela landet',
  'totalt',
  'genomsnitt',
  'medel',
  'medelvärde',
];

/**
 * Kolada KPI titles → the measure they carry, as a column of the canonical layout ("nki",
 * "livsmedelskontroll", "nui", "bemotande"). KPIs are found by title, never by a guessed id:
 * "Företagsklimat Insikt - Livsmedelskontroll - Index" (U07455) and "Företagsklimat Insikt -
 * Totalt, Index" are the known forms. A title is read tolerantly — the part after "Insikt",
 * split on " - " and ", ", must be one subject the CSV headers know (columns.ts) followed by
 * "Index" — so per-area service factors ("Bygglov - Bemötande, Index"), shares ("Andel nöjda")
 * and other KPIs are left out. Two KPIs for one measure make the mapping ambiguous: refused.
 */
import { AREA_IDS, FACTOR_IDS } from '../../src/lib/areas';
import { areaColumnStem } from '../../src/lib/canonical';
import { matchHeader } from '../../src/lib/columns';

export interface Kpi {
  id: string;
  title: string;
}

export interface MappedKpi extends Kpi {
  /** A column of the canonical layout. */
  measure: string;
}

/** Every measure the importer looks for, in canonical column order. */
export const MEASURES: readonly string[] = [
  'nki',
  ...AREA_IDS.map(areaColumnStem),
  'nui',
  ...FACTOR_IDS,
];

/** The measure a KPI title carries, or undefined when it is not an Insikt index. */
export function measureOf(title: string): string | undefined {
  const at = title.search(/insikt/i);
  if (at < 0) return undefined;
  const parts = title
    .slice(at + 'insikt'.length)
    .split(/\s+[-–]\s+|,\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length !== 2 || !/^index$/i.test(parts[1]!)) return undefined;
  const field = matchHeader(parts[0]!);
  if (field?.kind === 'nki' || field?.kind === 'nui') return field.kind;
  if (field?.kind === 'area') return areaColumnStem(field.area);
  if (field?.kind === 'factor') return field.factor;
  return undefined;
}

/** Maps the KPIs a title search returned; `ambiguous` lists measures claimed by several KPIs. */
export function mapKpis(kpis: Kpi[]): {
  mapped: MappedKpi[];
  /** Insikt KPIs whose title is not understood (reported, not used). */
  unknown: Kpi[];
  ambiguous: { measure: string; kpis: Kpi[] }[];
  missing: string[];
} {
  const byMeasure = new Map<string, Kpi[]>();
  const unknown: Kpi[] = [];
  const seen = new Set<string>();
  for (const kpi of kpis) {
    if (seen.has(kpi.id)) continue;
    seen.add(kpi.id);
    const measure = measureOf(kpi.title);
    if (measure) byMeasure.set(measure, [...(byMeasure.get(measure) ?? []), kpi]);
    else if (/insikt/i.test(kpi.title)) unknown.push(kpi);
  }
  const mapped: MappedKpi[] = [];
  const ambiguous: { measure: string; kpis: Kpi[] }[] = [];
  for (const measure of MEASURES) {
    const found = byMeasure.get(measure) ?? [];
    if (found.length === 1) mapped.push({ ...found[0]!, measure });
    if (found.length > 1) ambiguous.push({ measure, kpis: found });
  }
  const missing = MEASURES.filter((m) => !byMeasure.has(m));
  return { mapped, unknown, ambiguous, missing };
}

/** The mapping file for the user to review: id, title, measure. */
export function mappingCsv(mapped: MappedKpi[]): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = mapped.map((k) => [k.id, k.title, k.measure].map(quote).join(','));
  return ['id,title,measure', ...lines].join('\n') + '\n';
}

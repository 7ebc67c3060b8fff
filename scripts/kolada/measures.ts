/**
 * Kolada KPI titles → the measure they carry, as a column of the canonical layout ("nki",
 * "livsmedelskontroll", "nui", "bemotande", "antal_svar"). KPIs are found by title, never by a
 * guessed id (Kolada renames KPIs and has reused an id before). The forms read are Kolada's own:
 *   "Företagsklimat enl. ÖJ (Insikt) - Bygglov - Index"                       (to about 2024)
 *   "Företagsklimat Insikt - Bygglov - Index"                                  (2026)
 *   "Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)"         (U07451, to 2023)
 *   "Företagsklimat Insikt - Totalt, Index, ny definition"                     (U07453, from 2024)
 *   "Företagsklimat Insikt, antal svar, gammal definition (-2024)"             (U07551)
 *   "Företagsklimat enl. ÖJ (Insikt) - Svarsfrekvens"                          (U07552)
 * The part after "Insikt", split on " - " and ", ", less a definition qualifier, must be one
 * subject the CSV headers know (columns.ts) followed by "Index", or the answer count or response
 * rate alone; so per-area service factors ("Bygglov - Bemötande, Index"), shares ("Andel nöjda")
 * and other KPIs are left out. Svenskt Näringsliv's ranking ("Företagsklimat enl. Svenskt
 * Näringsliv") is another survey and never matches. The old and new definitions of one measure
 * are two series split at the 2024 break (domain notes §8): `definition` says which data years a
 * KPI serves. Two KPIs for one measure and definition make the mapping ambiguous: refused.
 */
import { AREA_IDS, FACTOR_IDS } from '../../src/lib/areas';
import { areaColumnStem } from '../../src/lib/canonical';
import { matchHeader } from '../../src/lib/columns';

export interface Kpi {
  id: string;
  title: string;
}

/** Which data years a KPI serves: the old definition to 2023, the new one from 2024. */
export type Definition = 'old' | 'new' | 'any';

export interface MappedKpi extends Kpi {
  /** A column of the canonical layout. */
  measure: string;
  definition: Definition;
}

/** The first data year of the new definitions (four mandatory areas in NKI totalt). */
export const NEW_DEFINITION_FROM = 2024;

/** The headline measure: a year without it cannot be published. */
export const HEADLINE_MEASURE = 'nki';

/** Every measure the importer looks for, in canonical column order. */
export const MEASURES: readonly string[] = [
  'nki',
  'antal_svar',
  'svarsfrekvens',
  ...AREA_IDS.map(areaColumnStem),
  'nui',
  ...FACTOR_IDS,
];

const DEFINITION = /^(gammal|ny) definition\b/i;

/** The titles of NKI totalt in Kolada's 2026 catalogue, by definition (for messages). */
export const HEADLINE_TITLES = {
  old: 'Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)',
  new: 'Företagsklimat Insikt - Totalt, Index, ny definition',
} as const;

/** The title NKI totalt of data year `year` has in Kolada's 2026 catalogue. */
export function headlineTitle(year: number): string {
  return year >= NEW_DEFINITION_FROM ? HEADLINE_TITLES.new : HEADLINE_TITLES.old;
}

/** The measure a KPI title carries and its definition, or undefined when it is not an Insikt index. */
export function readTitle(title: string): { measure: string; definition: Definition } | undefined {
  if (/svenskt näringsliv/i.test(title)) return undefined;
  const at = title.search(/insikt/i);
  if (at < 0) return undefined;
  let definition: Definition = 'any';
  const parts = title
    .slice(at + 'insikt'.length)
    .replace(/^\s*\)/, '')
    .split(/\s+[-–]\s+|,\s*/)
    .map((p) => p.trim())
    .filter((p) => {
      const qualifier = DEFINITION.exec(p);
      if (qualifier) definition = qualifier[1]!.toLowerCase() === 'ny' ? 'new' : 'old';
      return p !== '' && !qualifier;
    });
  if (parts.length === 1) {
    const field = matchHeader(parts[0]!);
    if (field?.kind === 'answers') return { measure: 'antal_svar', definition };
    if (field?.kind === 'responseRate') return { measure: 'svarsfrekvens', definition };
    return undefined;
  }
  if (parts.length !== 2 || !/^index$/i.test(parts[1]!)) return undefined;
  const field = matchHeader(parts[0]!);
  const measure =
    field?.kind === 'nki' || field?.kind === 'nui'
      ? field.kind
      : field?.kind === 'area'
        ? areaColumnStem(field.area)
        : field?.kind === 'factor'
          ? field.factor
          : undefined;
  return measure ? { measure, definition } : undefined;
}

/** The measure a KPI title carries, or undefined when it is not an Insikt index. */
export function measureOf(title: string): string | undefined {
  return readTitle(title)?.measure;
}

/** True when a KPI of this definition holds the figures of `year`. */
export function servesYear(definition: Definition, year: number): boolean {
  if (definition === 'old') return year < NEW_DEFINITION_FROM;
  if (definition === 'new') return year >= NEW_DEFINITION_FROM;
  return true;
}

/** The mapped KPIs that hold the figures of `year`, one per measure. */
export function kpisForYear(mapped: readonly MappedKpi[], year: number): MappedKpi[] {
  return mapped.filter((k) => servesYear(k.definition, year));
}

/** Maps the KPIs a title search returned; `ambiguous` lists measures claimed by several KPIs. */
export function mapKpis(kpis: Kpi[]): {
  mapped: MappedKpi[];
  /** Insikt KPIs whose title is not understood (reported, not used). */
  unknown: Kpi[];
  ambiguous: { measure: string; kpis: Kpi[] }[];
  missing: string[];
} {
  const byMeasure = new Map<string, MappedKpi[]>();
  const unknown: Kpi[] = [];
  const seen = new Set<string>();
  for (const kpi of kpis) {
    if (seen.has(kpi.id)) continue;
    seen.add(kpi.id);
    const read = readTitle(kpi.title);
    if (read)
      byMeasure.set(read.measure, [...(byMeasure.get(read.measure) ?? []), { ...kpi, ...read }]);
    else if (/insikt/i.test(kpi.title) && !/svenskt näringsliv/i.test(kpi.title)) unknown.push(kpi);
  }
  const mapped: MappedKpi[] = [];
  const ambiguous: { measure: string; kpis: Kpi[] }[] = [];
  for (const measure of MEASURES) {
    const found = byMeasure.get(measure) ?? [];
    // One KPI per definition; an undated title serves every year and so clashes with any other.
    const clash =
      found.length > 1 &&
      (found.some((k) => k.definition === 'any') ||
        new Set(found.map((k) => k.definition)).size < found.length);
    if (clash) ambiguous.push({ measure, kpis: found.map(({ id, title }) => ({ id, title })) });
    else mapped.push(...found);
  }
  const missing = MEASURES.filter((m) => !byMeasure.has(m));
  return { mapped, unknown, ambiguous, missing };
}

/** The mapping file for the user to review: id, title, measure and the years it serves. */
export function mappingCsv(mapped: MappedKpi[]): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const years = (d: Definition) =>
    d === 'old' ? `-${NEW_DEFINITION_FROM - 1}` : d === 'new' ? `${NEW_DEFINITION_FROM}-` : '';
  const lines = mapped.map((k) =>
    [k.id, k.title, k.measure, years(k.definition)].map(quote).join(','),
  );
  return ['id,title,measure,years', ...lines].join('\n') + '\n';
}

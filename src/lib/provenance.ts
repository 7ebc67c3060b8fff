/**
 * What a year's files say about their own origin and contents. Kolada's export (written by
 * scripts/import-kolada.ts) declares itself on a title line above the header, so that the site can
 * credit Kolada and SKR; and a year whose files have no placement or answer columns gets flags so
 * that places are labelled computed and eligibility is not guessed.
 */
import type { Field } from './columns';
import type { DataSource, Dataset, YearContents, YearResults } from './model';

const KOLADA_LINE = /^"?Källa: Kolada\b/;

/** The title line a Kolada export starts with; parsed back by `declaredSource`. */
export function koladaSourceLine(kpis: string[], fetched: string): string {
  return `Källa: Kolada (RKA) – licens CC BY 4.0 – ursprung SKR Insikt. KPI: ${kpis.join(' ')}. Hämtad ${fetched}.`;
}

/** The source a table's title lines declare, if any. */
export function declaredSource(titleLines: readonly string[]): DataSource | undefined {
  const line = titleLines.find((l) => KOLADA_LINE.test(l));
  if (!line) return undefined;
  const kpis = /KPI: ([A-Z0-9 ]+)\./.exec(line)?.[1]?.trim().split(/\s+/) ?? [];
  const fetched = /Hämtad (\d{4}-\d\d-\d\d)/.exec(line)?.[1] ?? '';
  return { name: 'Kolada', kpis, fetched };
}

/** Which kinds of figures a table's columns hold. */
export function contentsOf(fields: readonly (Field | undefined)[]): YearContents {
  const has = (...kinds: Field['kind'][]) => fields.some((f) => f && kinds.includes(f.kind));
  return {
    placements: has('place', 'countyPlace', 'areaPlace', 'nuiPlace'),
    answers: has('answers', 'areaAnswers', 'nuiAnswers'),
    responseRates: has('responseRate', 'areaResponseRate'),
  };
}

/** The credit line for pages built from these years: Kolada (CC BY 4.0) with SKR as the origin. */
export function creditLine(years: readonly YearResults[]): string {
  const kolada = years.filter((y) => y.source?.name === 'Kolada').map((y) => y.year);
  if (kolada.length === 0) return 'Källa: SKR, Insikt.';
  const span = kolada.length === years.length ? '' : ` (${yearList(kolada)})`;
  return `Källa: SKR, Insikt, via Kolada (RKA), licens CC BY 4.0${span}.`;
}

/**
 * The source line that ends a release of `year` and its copied text: SKR's Insikt, via Kolada
 * with its licence when the year's figures came from there, and the example-data note.
 */
export function releaseSource(dataset: Pick<Dataset, 'years' | 'isExample'>, year: number): string {
  const results = dataset.years.find((y) => y.year === year);
  const via = results?.source?.name === 'Kolada' ? ', via Kolada (RKA), licens CC BY 4.0' : '';
  const note = dataset.isExample ? ' (här med påhittade exempeldata)' : '';
  return `Källa: SKR, Insikt ${year}${via}${note}.`;
}

/**
 * What a unit's release says about its data source and what the data cannot tell, in Swedish:
 * Kolada is named with its licence, and a year without answer counts or response rates says that
 * eligibility for SKR's ranking cannot be judged, rather than guessing.
 */
export function sourceSentences(year: YearResults | undefined): string[] {
  const out: string[] = [];
  if (year?.source?.name === 'Kolada') {
    out.push(
      `Siffrorna är hämtade från Kolada (RKA, licens CC BY 4.0) den ${year.source.fetched}; ursprunget är SKR:s undersökning Insikt.`,
    );
  }
  if (year?.contents && !year.contents.answers && !year.contents.responseRates) {
    out.push(
      'Underlaget har inga antal svar eller svarsfrekvenser, så det går inte att avgöra vilka kommuner som uppfyller SKR:s krav för att rankas.',
    );
  }
  return out;
}

function yearList(years: number[]): string {
  return years.length <= 1
    ? String(years[0] ?? '')
    : `${years.slice(0, -1).join(', ')} och ${years.at(-1)}`;
}

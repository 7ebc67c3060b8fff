/**
 * What a year's files say about their own origin and contents. Kolada's export (written by
 * scripts/import-kolada.ts) declares itself on a title line above the header, so that the site can
 * credit Kolada and SKR; the invented example data (scripts/make-example-data.ts) declares itself
 * the same way, so that a site built from it says so on every page wherever the files lie; and a
 * year whose files have no placement or answer columns gets flags so that places are labelled
 * computed and eligibility is not guessed.
 */
import type { Field } from './columns';
import type { DataSource, Dataset, YearContents, YearResults } from './model';

const KOLADA_LINE = /^"?Källa: Kolada\b/;
const EXAMPLE_LINE = /^"?Exempeldata:/;

/** The title line every example-data file starts with; recognised by `declaresExample`. */
export const EXAMPLE_DATA_LINE = 'Exempeldata: påhittade siffror – inte SKR:s resultat.';

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

/** Whether a table's title lines declare its figures invented (the example data). */
export function declaresExample(titleLines: readonly string[]): boolean {
  return titleLines.some((l) => EXAMPLE_LINE.test(l));
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

/** Kolada and its licence in the full form (footer, release) and the short one (charts, cards). */
const VIA_KOLADA = ', via Kolada (RKA), licens CC BY 4.0';
const VIA_KOLADA_SHORT = ', via Kolada (CC BY 4.0)';
/** What the short source line adds while the data is the invented example. */
const EXAMPLE_NOTE = ' Exempeldata, inte verkliga resultat.';

function fromKolada(dataset: Pick<Dataset, 'years'>, year: number): boolean {
  return dataset.years.find((y) => y.year === year)?.source?.name === 'Kolada';
}

/** The credit line for pages built from these years: Kolada (CC BY 4.0) with SKR as the origin. */
export function creditLine(years: readonly YearResults[]): string {
  const kolada = years.filter((y) => y.source?.name === 'Kolada').map((y) => y.year);
  if (kolada.length === 0) return 'Källa: SKR, Insikt.';
  const span = kolada.length === years.length ? '' : ` (${yearList(kolada)})`;
  return `Källa: SKR, Insikt${VIA_KOLADA}${span}.`;
}

/**
 * The credit of the figures of `years` as a data field (the `kalla` column of the downloads):
 * "SKR, Insikt 2021, via Kolada (CC BY 4.0)", or "SKR, Insikt 2021" for a year whose file is not
 * from Kolada. A span names Kolada's years when only some of them came from there.
 */
export function figuresCredit(
  dataset: Pick<Dataset, 'years'>,
  years: number | readonly number[],
): string {
  const shown = [...new Set(typeof years === 'number' ? [years] : years)].sort((a, b) => a - b);
  const first = shown[0];
  const last = shown.at(-1);
  const span = first === undefined ? '' : first === last ? ` ${first}` : ` ${first}–${last}`;
  const kolada = shown.filter((y) => fromKolada(dataset, y));
  const only = kolada.length === shown.length ? '' : ` för ${yearList(kolada)}`;
  return `SKR, Insikt${span}${kolada.length ? `${VIA_KOLADA_SHORT}${only}` : ''}`;
}

/**
 * The short source line of figures from `years`, the one home of every "Källa: …" that goes with
 * figures outside a release: page headers, charts and their downloads, embeds, share cards,
 * citations and the downloads' README. "Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0)." for a
 * Kolada year, "Källa: SKR, Insikt 2021." otherwise, and the example-data note.
 */
export function sourceLine(
  dataset: Pick<Dataset, 'years' | 'isExample'>,
  years: number | readonly number[],
): string {
  return `Källa: ${figuresCredit(dataset, years)}.${dataset.isExample ? EXAMPLE_NOTE : ''}`;
}

/**
 * The source line that ends a release of `year` and its copied text: SKR's Insikt, via Kolada
 * with its licence when the year's figures came from there, and the example-data note.
 */
export function releaseSource(dataset: Pick<Dataset, 'years' | 'isExample'>, year: number): string {
  const via = fromKolada(dataset, year) ? VIA_KOLADA : '';
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

/** "2022 och 2023", "2012 och 2014–2022": runs of three or more years as a span. */
function yearList(years: readonly number[]): string {
  const parts: string[] = [];
  const sorted = [...years].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
}

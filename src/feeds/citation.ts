/**
 * The "Citera" text on each page: what a journalist or a report pastes to credit the figures —
 * the source line (provenance.sourceLine: SKR, and Kolada with its licence for the years that
 * came from there, and the example note), the page, the data year and the date of the data.
 */
import type { Dataset } from '../lib/model';
import { sourceLine } from '../lib/provenance';

const MONTH_YEAR = new Intl.DateTimeFormat('sv-SE', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export interface CitationInput {
  /** The page's title or headline: "Kalix kommun har landets näst mest nöjda kunder". */
  title: string;
  /** The data year the page is about. */
  year: number;
  /** Absolute URL of the page. */
  url: string;
  /** ISO date of the data, e.g. its publication: "2022-04-01" (or an RFC 3339 timestamp). */
  dataDate: string;
  /** Where the year's figures came from, and whether they are the example. */
  dataset: Pick<Dataset, 'years' | 'isExample'>;
}

/**
 * One line of plain text, e.g. `Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0). ”Kalix kommun
 * har landets näst mest nöjda kunder”, NKI-rapporten, https://…/kalix/2021/ (dataår 2021,
 * publicerat april 2022).`
 */
export function citation(input: CitationInput): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(input.dataDate);
  if (!date) throw new Error(`Ogiltigt datum för data: "${input.dataDate}"`);
  // Formatted in UTC so the calendar date never shifts with the build machine's time zone.
  const day = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  // SKR publishes in April of the following year; the day is not in the data, so only the month
  // and year are stated.
  const when = MONTH_YEAR.format(day);
  const title = input.title.trim().replace(/[.!?]+$/, '');
  const source = sourceLine(input.dataset, input.year);
  return `${source} ”${title}”, NKI-rapporten, ${input.url} (dataår ${input.year}, publicerat ${when}).`;
}

/**
 * The "Citera" text of a page that covers several data years (the year pages, a municipality over
 * time, the method): `Källa: SKR, Insikt 2012–2022, via Kolada (CC BY 4.0). ”Kalix kommun”,
 * NKI-rapporten, <url>.`
 */
export function pageCitation(input: {
  title: string;
  url: string;
  years: readonly number[];
  dataset: Pick<Dataset, 'years' | 'isExample'>;
}): string {
  const title = input.title.trim().replace(/[.!?]+$/, '');
  return `${sourceLine(input.dataset, input.years)} ”${title}”, NKI-rapporten, ${input.url}.`;
}

/**
 * Small wording helpers shared by the release texts: baselines, places, references back to the
 * unit, and deterministic variation (chosen from the unit's code, so neighbours do not read
 * alike and two builds read the same).
 */
import { areaInfo } from '../lib/areas';
import { isLastYear } from '../lib/comparability';
import type { Rank } from '../lib/model';
import { isInBetweenYear, type Measure } from '../lib/series';
import { formatNumber, ordinal } from './format';

/** "förra året" or the named year: a baseline other than last year is always named. */
export function baseline(fromYear: number, toYear: number): string {
  return isLastYear(fromYear, toYear) ? 'förra året' : String(fromYear);
}

/** "förra året" or "år 2018": the baseline right after a number ("plats 87 år 2018"). */
export function baselineAfterNumber(fromYear: number, toYear: number): string {
  return isLastYear(fromYear, toYear) ? 'förra året' : `år ${fromYear}`;
}

/**
 * Where a national place of `year` stands: "i landet", or in the in-between year 2015, whose
 * list holds only the municipalities measured, "bland kommunerna i mätningen 2015".
 */
export function countryWords(year: number): string {
  return isInBetweenYear(year) ? `bland kommunerna i mätningen ${year}` : 'i landet';
}

/** "jämfört med förra året" / "jämfört med 2018". */
export function since(fromYear: number, toYear: number): string {
  return `jämfört med ${baseline(fromYear, toYear)}`;
}

/** One of `options`, picked by a stable hash of `key` (unit code plus a salt per choice). */
export function variant<T>(key: string, options: readonly [T, ...T[]]): T {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
  return options[h % options.length]!;
}

/**
 * "andra plats", "delad plats 24", "plats 56 av 179", "plats 12 (beräknad placering)"; `noted`
 * leaves out the label when the text says once that its places are computed.
 */
export function placeWords(rank: Rank, noted?: boolean): string {
  const shared = rank.tied ? 'delad ' : '';
  const words = rank.place <= 10 && (rank.outOf === undefined || rank.basis === 'computed');
  const core = words
    ? `${shared}${ordinal(rank.place)} plats`
    : `${shared}plats ${formatNumber(rank.place)}`;
  const computed = rank.basis === 'computed' && !noted ? ' (beräknad placering)' : '';
  return `${core}${outOf(rank)}${computed}`;
}

/** " av 179" when the number ranked is known, else "". */
export function outOf(rank: Rank): string {
  return rank.outOf !== undefined ? ` av ${formatNumber(rank.outOf)}` : '';
}

/** "plats 24" with "delad" when shared: the short form inside a move. */
export function placeNumber(rank: Rank): string {
  return `${rank.tied ? 'delad ' : ''}plats ${formatNumber(rank.place)}`;
}

/** A measure in running text: "NKI totalt", "NUI", "bygglov". */
export function measureName(measure: Measure): string {
  if (measure === 'nki') return 'NKI totalt';
  if (measure === 'nui') return 'NUI';
  return areaInfo(measure).inSentence;
}

/**
 * References back to the unit after its first mention, alternating its short name and the noun
 * ("Kalix", "kommunen"), so a page does not say "kommunen" five times. Förbund keep "förbundet".
 */
export class Referrer {
  private count = 0;
  constructor(
    private readonly shortName: string,
    private readonly noun: string,
    private readonly useShort: boolean,
  ) {}

  next(): string {
    this.count += 1;
    if (!this.useShort) return this.noun;
    return this.count % 2 === 1 ? this.shortName : this.noun;
  }
}

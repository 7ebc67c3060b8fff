/**
 * Numbers, ordinals and grade words as a Swedish communicator writes them. Every formatter takes
 * an explicit 'sv-SE' locale (never the machine's) and writes minus as U+2212 ("−3"), so texts
 * look the same whatever machine builds the site.
 */
import { gradeFor, published, publishedRate } from '../lib/rules';
import type { Grade } from '../lib/model';

const MINUS = '\u2212';

// Building an Intl.NumberFormat is costly and a site build formats millions of numbers.
const formats = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
  let f = formats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(decimals, f);
  }
  return f;
}

/** A number in sv-SE: decimal comma, a non-breaking space between thousands, U+2212 minus. "4,5", "40 000". */
export function formatNumber(value: number, decimals = 0): string {
  const text = numberFormat(decimals).format(value);
  // ICU already uses U+2212 for sv-SE; the replace keeps the promise if a runtime does not.
  return text.replace(/^-/, MINUS);
}

/** A response rate as published, a whole percent: "59 %" (no-break space before the sign). */
export function formatRate(percent: number): string {
  return `${formatNumber(publishedRate(percent))}\u00a0%`;
}

/** A response rate in running text: "59 procent". */
export function rateWords(percent: number): string {
  return `${formatNumber(publishedRate(percent))} procent`;
}

/** The published form of an index: the rounded integer ("78,4" → "78"). */
export function formatIndex(value: number): string {
  return formatNumber(roundIndex(value));
}

/** Published values are rounded integers; grades and differences use the same rounding. */
export function roundIndex(value: number): number {
  return published(value);
}

/** A signed difference: "+3", "−3", "0". */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${formatNumber(delta)}`;
  return formatNumber(delta);
}

const ORDINAL_WORDS = [
  'första',
  'andra',
  'tredje',
  'fjärde',
  'femte',
  'sjätte',
  'sjunde',
  'åttonde',
  'nionde',
  'tionde',
];

/** "andra" for 2 up to "tionde" for 10; beyond that digits with suffix: "11:e", "21:a", "114:e". */
export function ordinal(n: number): string {
  const word = ORDINAL_WORDS[n - 1];
  if (word) return word;
  return `${n}:${ordinalSuffix(n)}`;
}

/** Swedish ordinal suffix: 1:a, 2:a, 21:a, 22:a but 11:e, 12:e, 3:e, 114:e. */
function ordinalSuffix(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  if ((last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12) return 'a';
  return 'e';
}

/**
 * The superlative prefix for a top place: "" (1, "landets mest …"), "näst " (2), "tredje " (3),
 * "fjärde " … "tionde " (4–10). Undefined beyond ten, where the form stops being natural.
 */
export function superlativePrefix(place: number): string | undefined {
  if (place === 1) return '';
  if (place === 2) return 'näst ';
  const word = ORDINAL_WORDS[place - 1];
  return word ? `${word} ` : undefined;
}

const CARDINAL_WORDS = [
  'noll',
  'ett',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
];

/**
 * Small counts in words ("två år", "fyra områden"); larger counts in digits. One is "ett" for a
 * neuter noun and "en" for a common one ("en kommun").
 */
export function countWord(n: number, gender: 'en' | 'ett' = 'ett'): string {
  if (n === 1) return gender;
  return CARDINAL_WORDS[n] ?? formatNumber(n);
}

/** Nouns the site counts: gender, singular and plural, so number and gender always agree. */
export const NOUNS = {
  kommun: { gender: 'en', one: 'kommun', many: 'kommuner' },
  förbund: { gender: 'ett', one: 'förbund', many: 'förbund' },
  område: { gender: 'ett', one: 'område', many: 'områden' },
  myndighetsområde: { gender: 'ett', one: 'myndighetsområde', many: 'myndighetsområden' },
  mätning: { gender: 'en', one: 'mätning', many: 'mätningar' },
  år: { gender: 'ett', one: 'år', many: 'år' },
} as const;

/**
 * A count with its noun, agreeing in number and gender: "en kommun", "två kommuner", "ett
 * område", "198 kommuner". `words` spells counts up to ten ("tre"), else digits throughout.
 */
export function countNoun(n: number, noun: keyof typeof NOUNS, words = true): string {
  const { gender, one, many } = NOUNS[noun];
  const count = words ? countWord(n, gender) : formatNumber(n);
  return `${count} ${n === 1 ? one : many}`;
}

const GRADE_LABELS: Record<Grade, string> = {
  'mycket-hogt': 'mycket högt',
  hogt: 'högt',
  godkant: 'godkänt',
  lagt: 'lågt',
};

/** The grade as an adjective in running text: "högt", "mycket högt", "godkänt", "lågt". */
export function gradeLabel(grade: Grade): string {
  return GRADE_LABELS[grade];
}

/**
 * SKR's scale (domain notes §3) on the published integer: 80+ mycket högt, 70+ högt, 62+ godkänt,
 * else lågt. The model grades units; this is for values it does not grade, such as averages.
 */
export function gradeForIndex(value: number): Grade {
  return gradeFor(value);
}

/** "a", "a och b", "a, b och c": Swedish lists have no serial comma. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** First letter upper case, for sentence starts built from names in running text. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/**
 * A unit as a result file names it → the Unit in the reference. Files use SCB's code ("2514", or
 * "514" once Excel has eaten the leading zero), the short name ("Kalix"), the running-text name
 * ("Kalix kommun", "Stockholms stad", "Region Gotland") or something close ("Upplands Bro",
 * "KALIX", "Malmo"). Förbund go by name or project code ("F01"). Matching is exact first; the
 * forgiving steps only accept a single candidate, so "Habo" never silently becomes "Håbo".
 */
import type { Reference, Unit } from './model';

interface UnitIndex {
  /** Key with diacritics kept → units; more than one unit means the key is ambiguous. */
  exact: Map<string, Unit[]>;
  /** Key without diacritics → units. */
  loose: Map<string, Unit[]>;
  units: Unit[];
}

const indexes = new WeakMap<Reference, UnitIndex>();

/** The unit a cell names, or undefined when none (or more than one) fits. */
export function matchUnit(text: string, reference: Reference): Unit | undefined {
  const index = indexFor(reference);
  const trimmed = text.trim();
  const code = normalizeCode(trimmed);
  if (code) {
    const unit = index.units.find((u) => u.code === code);
    if (unit) return unit;
  }
  for (const key of candidateKeys(trimmed)) {
    const exact = index.exact.get(key);
    if (exact?.length === 1) return exact[0];
  }
  for (const key of candidateKeys(trimmed)) {
    const loose = index.loose.get(fold(key));
    if (loose?.length === 1) return loose[0];
  }
  return undefined;
}

/** Longer text is no typo of a name (the longest has 45 characters): it gets no suggestion. */
const SUGGEST_MAX_CHARS = 100;

/**
 * The `n` known short names closest to `name` by edit distance ("Kalixx" → ["Kalix"]), best first;
 * only names within a distance a typo could explain (about a third of the name). The work is
 * bounded: text longer than SUGGEST_MAX_CHARS is not compared at all, and a name whose length
 * alone differs by more than the limit is never compared (the distance is at least that).
 */
export function suggest(name: string, reference: Reference, n = 3): string[] {
  if (name.length > SUGGEST_MAX_CHARS * 4) return [];
  const target = fold(baseKey(name));
  if (target === '' || target.length > SUGGEST_MAX_CHARS) return [];
  const limit = Math.max(2, Math.floor(target.length / 3));
  const within = (known: string) =>
    Math.abs(known.length - target.length) > limit ? Infinity : distance(target, known);
  return indexFor(reference)
    .units.map((u) => ({
      name: u.name,
      distance: Math.min(within(fold(baseKey(u.name))), within(fold(baseKey(u.displayName)))),
    }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'sv-SE'))
    .slice(0, n)
    .map((c) => c.name);
}

function indexFor(reference: Reference): UnitIndex {
  const cached = indexes.get(reference);
  if (cached) return cached;
  const units: Unit[] = [...reference.municipalities, ...reference.jointAuthorities];
  const index: UnitIndex = { exact: new Map(), loose: new Map(), units };
  for (const unit of units) {
    for (const key of new Set([baseKey(unit.name), baseKey(unit.displayName)])) {
      add(index.exact, key, unit);
      add(index.loose, fold(key), unit);
    }
  }
  indexes.set(reference, index);
  return index;
}

function add(map: Map<string, Unit[]>, key: string, unit: Unit): void {
  const list = map.get(key) ?? [];
  if (!list.includes(unit)) list.push(unit);
  map.set(key, list);
}

/** "2514" → "2514", "514" → "0514" (Excel drops leading zeros), "f1" → "F01". */
function normalizeCode(text: string): string | undefined {
  if (/^\d{3,4}$/.test(text)) return text.padStart(4, '0');
  const forbund = /^f(\d{1,2})$/i.exec(text);
  return forbund ? `F${forbund[1]!.padStart(2, '0')}` : undefined;
}

/** Lowercase, "-" and runs of spaces as one space: "Upplands-Bro" and "upplands  bro" agree. */
function baseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\-–_]+/g, ' ')
    .trim();
}

/** The keys to try for a cell: as written, then without "kommun"/"stad"/"Region", then the genitive. */
function candidateKeys(text: string): string[] {
  const key = baseKey(text);
  const bare = key.replace(/ (kommun|stad)$/, '').replace(/^region /, '');
  const keys = [key, bare];
  if (bare !== key && bare.endsWith('s')) keys.push(bare.slice(0, -1)); // "Österåkers kommun"
  return keys;
}

function fold(key: string): string {
  return key.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

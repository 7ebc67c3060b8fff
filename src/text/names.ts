/**
 * Names in running text. A unit is named by its own form ("Kalix kommun", "Stockholms stad",
 * "Region Gotland") and referred back to with the matching noun ("kommunen", "staden",
 * "regionen", "förbundet"), so a page need not open sentence after sentence with the name.
 */
import type { County, Reference, Unit } from '../lib/model';

/** The noun that refers back to a unit in the same text: "kommunen", "staden", "förbundet". */
export function unitNoun(unit: Unit): string {
  return nounFor(unit.kind, unit.displayName);
}

/** The same noun from a unit's kind and display name, for texts that hold no Unit. */
export function nounFor(kind: Unit['kind'], displayName: string): string {
  if (kind === 'forbund') return 'förbundet';
  if (/\bstad$/i.test(displayName)) return 'staden';
  if (/^region\b/i.test(displayName)) return 'regionen';
  return 'kommunen';
}

/** Genitive of a name: "Kalix kommuns", "Region Gotlands"; names ending in s, x or z take none. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** The county of a code, or undefined when the reference does not know it. */
export function findCounty(reference: Reference, code: string): County | undefined {
  return reference.counties.find((c) => c.code === code);
}

/** The county a unit belongs to (förbund belong to none). */
export function countyOf(reference: Reference, unit: Unit): County | undefined {
  return unit.kind === 'kommun' ? findCounty(reference, unit.countyCode) : undefined;
}

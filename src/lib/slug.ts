/**
 * URL slugs are part of the model: permanent links depend on them, so the rule is fixed.
 * Lowercase; å and ä → a, ö → o, é → e; every other run of non-letters → "-"; no leading or
 * trailing "-". "Upplands Väsby" → "upplands-vasby", "Norrbottens län" → "norrbottens-lan".
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * SKR's kommungrupper in running text. The files give each group's name in the singular, as SKR
 * writes it in its tables ("Landsbygdskommun"); a sentence about the group's members needs the
 * plural in lower case, as SKR words the groups in its own prose ("landsbygdskommuner med
 * besöksnäring").
 */

/** Plural, lower case, by SKR's singular name (both spellings of C7). */
const PLURAL: Readonly<Record<string, string>> = {
  Storstäder: 'storstäder',
  'Pendlingskommun nära storstad': 'pendlingskommuner nära storstad',
  'Större stad': 'större städer',
  'Pendlingskommun nära större stad': 'pendlingskommuner nära större stad',
  'Lågpendlingskommun nära större stad': 'lågpendlingskommuner nära större stad',
  'Mindre stad/tätort': 'mindre städer/tätorter',
  'Pendlingskommun nära mindre stad/tätort': 'pendlingskommuner nära mindre stad/tätort',
  'Pendlingskommun nära mindre tätort': 'pendlingskommuner nära mindre tätort',
  Landsbygdskommun: 'landsbygdskommuner',
  'Landsbygdskommun med besöksnäring': 'landsbygdskommuner med besöksnäring',
};

/**
 * "landsbygdskommuner med besöksnäring": the group's members, for "bland …". A name the table does
 * not know (a future edition) is said as the group's name: "kommungruppen Ny grupp".
 */
export function peerGroupWords(name: string): string {
  return PLURAL[name] ?? `kommunerna i kommungruppen ${name}`;
}

/** "SKR:s kommungrupper finns från 2017 i underlaget": why a year before has no group. */
export function noPeerGroupingWords(from: number): string {
  return `SKR:s kommungrupper finns från ${from} i underlaget`;
}

/** The sentence that says which grouping a data year uses, or that none exists before 2017. */
export function peerGroupingWords(edition: number | undefined, from: number): string {
  return edition === undefined
    ? `${noPeerGroupingWords(from)}.`
    : `Kommungrupperna är SKR:s kommungruppsindelning ${edition}.`;
}

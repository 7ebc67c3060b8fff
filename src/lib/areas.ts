/**
 * The survey's fixed vocabulary: myndighetsområden (areas) and serviceområden (service factors),
 * with the Swedish names readers see and the slugs used in URLs (`/omrade/<slug>/`).
 */

export const AREA_IDS = [
  'brandskydd',
  'bygglov',
  'markupplatelse',
  'miljo-och-halsoskydd',
  'livsmedelskontroll',
  'serveringstillstand',
  'receptfria-lakemedel',
  'lantmateri',
  'folkol-och-tobak',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

export interface AreaInfo {
  id: AreaId;
  /** Name as a heading or table label: "Miljö- och hälsoskydd". */
  name: string;
  /** Name inside a sentence: "miljö- och hälsoskydd". */
  inSentence: string;
  /** First data year the area was measured on its own. */
  firstYear: number;
}

export const AREAS: readonly AreaInfo[] = [
  { id: 'brandskydd', name: 'Brandskydd', inSentence: 'brandskydd', firstYear: 2010 },
  { id: 'bygglov', name: 'Bygglov', inSentence: 'bygglov', firstYear: 2010 },
  { id: 'markupplatelse', name: 'Markupplåtelse', inSentence: 'markupplåtelse', firstYear: 2010 },
  {
    id: 'miljo-och-halsoskydd',
    name: 'Miljö- och hälsoskydd',
    inSentence: 'miljö- och hälsoskydd',
    firstYear: 2010,
  },
  {
    id: 'livsmedelskontroll',
    name: 'Livsmedelskontroll',
    inSentence: 'livsmedelskontroll',
    firstYear: 2015,
  },
  {
    id: 'serveringstillstand',
    name: 'Serveringstillstånd',
    inSentence: 'serveringstillstånd',
    firstYear: 2010,
  },
  {
    id: 'receptfria-lakemedel',
    name: 'Receptfria läkemedel',
    inSentence: 'receptfria läkemedel',
    firstYear: 2024,
  },
  { id: 'lantmateri', name: 'Lantmäteri', inSentence: 'lantmäteri', firstYear: 2024 },
  {
    id: 'folkol-och-tobak',
    name: 'Folköl och tobak',
    inSentence: 'folköl och tobak',
    firstYear: 2024,
  },
];

export const FACTOR_IDS = [
  'information',
  'tillganglighet',
  'bemotande',
  'kompetens',
  'rattssakerhet',
  'effektivitet',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export interface FactorInfo {
  id: FactorId;
  name: string;
  inSentence: string;
}

export const FACTORS: readonly FactorInfo[] = [
  { id: 'information', name: 'Information', inSentence: 'information' },
  { id: 'tillganglighet', name: 'Tillgänglighet', inSentence: 'tillgänglighet' },
  { id: 'bemotande', name: 'Bemötande', inSentence: 'bemötande' },
  { id: 'kompetens', name: 'Kompetens', inSentence: 'kompetens' },
  { id: 'rattssakerhet', name: 'Rättssäkerhet', inSentence: 'rättssäkerhet' },
  { id: 'effektivitet', name: 'Effektivitet', inSentence: 'effektivitet' },
];

export function areaInfo(id: AreaId): AreaInfo {
  const info = AREAS.find((a) => a.id === id);
  if (!info) throw new Error(`Okänt område: ${id}`);
  return info;
}

export function factorInfo(id: FactorId): FactorInfo {
  const info = FACTORS.find((f) => f.id === id);
  if (!info) throw new Error(`Okänd servicefaktor: ${id}`);
  return info;
}

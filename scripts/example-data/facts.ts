/**
 * The facts of the two seed texts (domain notes §5) and SKR's Gnesta/Eskilstuna example (§4),
 * written as constraints the generator must meet. Everything else in the dataset is invented
 * around them. Values carry one decimal and round to the published integers.
 */
import type { AreaId } from '../../src/lib/areas';
import type { Pin } from './ladder';

export const KALIX = '2514';
export const HUDDINGE = '0126';
export const GNESTA = '0461';
export const ESKILSTUNA = '0484';

/** Places (and values) on NKI totalt; Huddinge is also eighth in Stockholms län. */
export const NKI_PINS: Readonly<Record<number, readonly Pin[]>> = {
  // "2020 var Kalix på plats 114".
  2020: [{ code: KALIX, place: 114 }],
  // Kalix 86, second in Sweden; Gnesta 77 is 60th and Eskilstuna 77 is 62nd.
  2021: [
    { code: KALIX, place: 2, value: 86.2 },
    { code: GNESTA, place: 60, value: 77.3 },
    { code: ESKILSTUNA, place: 62, value: 76.8 },
  ],
  // Huddinge: national place 60 → 56, eighth in the county both years, NKI 78 in 2024.
  2023: [{ code: HUDDINGE, place: 60, groupPlace: 8 }],
  2024: [{ code: HUDDINGE, place: 56, value: 78.1, groupPlace: 8 }],
};

/** NUI: Huddinge up 3 units to 67, from place 62 to 33. */
export const NUI_PINS: Readonly<Record<number, readonly Pin[]>> = {
  2023: [{ code: HUDDINGE, place: 62, value: 64.2 }],
  2024: [{ code: HUDDINGE, place: 33, value: 67.1 }],
};

/** A fixed area value, or a floor under one. */
export interface AreaFact {
  year: number;
  code: string;
  area: AreaId;
  value?: number;
  atLeast?: number;
}

export const AREA_FACTS: readonly AreaFact[] = [
  // Kalix's bygglov starts low in 2020, so its rise to third in Sweden is its largest.
  { year: 2020, code: KALIX, area: 'bygglov', value: 64.1 },
  // Huddinge's bygglov: "från index 52 till 72 på bara två år".
  { year: 2022, code: HUDDINGE, area: 'bygglov', value: 52.3 },
  { year: 2023, code: HUDDINGE, area: 'bygglov', value: 61.8 },
  { year: 2024, code: HUDDINGE, area: 'bygglov', value: 72.2 },
  // "Alla myndighetsområden som ingår i den sammanslagna NKI-mätningen får ett högt resultat".
  { year: 2024, code: HUDDINGE, area: 'miljo-och-halsoskydd', atLeast: 71.5 },
  { year: 2024, code: HUDDINGE, area: 'livsmedelskontroll', atLeast: 71.5 },
  { year: 2024, code: HUDDINGE, area: 'serveringstillstand', atLeast: 71.5 },
];

/** Kalix is third in Sweden in bygglov in 2021. */
export const KALIX_BYGGLOV_PLACE_2021 = 3;

/**
 * Shifts of the latent level, in standard deviations, so a unit's invented years around a pinned
 * one look like the same municipality: Kalix stays high after its 2021 climb.
 */
export function latentBias(code: string, year: number): number {
  if (code === KALIX) return year >= 2021 ? 1.2 : -0.2;
  if (code === HUDDINGE) return year >= 2022 ? 0.5 : 0;
  return 0;
}

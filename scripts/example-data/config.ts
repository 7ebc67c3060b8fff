/**
 * The example data's fixed choices: which years exist, how many take part, the averages the
 * values are calibrated to, and how the areas differ from one another. Counts and averages that
 * SKR has published (domain notes §4) are used as given; the rest are invented to fit between them.
 */
import type { AreaId, FactorId } from '../../src/lib/areas';

/** The seed of every random stream; changing it gives a different but equally valid dataset. */
export const SEED = 20250423;

export interface YearPlan {
  year: number;
  municipalities: number;
  forbund: number;
  /** Mean NKI totalt the municipal values are calibrated to. */
  nkiMean: number;
  /** SKR's published average, written as the "Riket" row; absent where SKR gave none. */
  statedNki?: number;
  /** Municipalities that measured upphandling (NUI), from 2020. */
  nuiParticipants?: number;
  nuiMean?: number;
  statedNui?: number;
  /** False for the 2015 mellanår: no Öppna jämförelser, so no official placements. */
  official: boolean;
}

// 2018 (184 + 11) and 2021 (198 + 11, NUI in 57) are SKR's figures; the rest rise between them.
// NUI grows fast after 2021, as a new measure does; Huddinge's NUI place 62 in 2023 needs a field
// of about a hundred to sit near the middle rather than at the bottom.
export const YEAR_PLANS: readonly YearPlan[] = [
  { year: 2010, municipalities: 161, forbund: 8, nkiMean: 66, statedNki: 66, official: true },
  { year: 2012, municipalities: 168, forbund: 9, nkiMean: 67, official: true },
  { year: 2014, municipalities: 174, forbund: 10, nkiMean: 68, statedNki: 68, official: true },
  { year: 2015, municipalities: 56, forbund: 3, nkiMean: 69, statedNki: 69, official: false },
  { year: 2016, municipalities: 177, forbund: 10, nkiMean: 70, statedNki: 70, official: true },
  { year: 2017, municipalities: 181, forbund: 11, nkiMean: 71, statedNki: 71, official: true },
  { year: 2018, municipalities: 184, forbund: 11, nkiMean: 72, statedNki: 72, official: true },
  { year: 2019, municipalities: 189, forbund: 12, nkiMean: 73, statedNki: 73, official: true },
  ...[
    [2020, 194, 11, 74, 74, 50, 63, 63],
    [2021, 198, 11, 74, 74, 57, 63, 63],
    [2022, 196, 12, 75, 75, 78, 64, 64],
    [2023, 199, 12, 75, 75, 98, 65, 65],
  ].map(([year, municipalities, forbund, nkiMean, statedNki, nui, nuiMean, statedNui]) => ({
    year: year!,
    municipalities: municipalities!,
    forbund: forbund!,
    nkiMean: nkiMean!,
    statedNki,
    nuiParticipants: nui,
    nuiMean,
    statedNui,
    official: true,
  })),
  // 2024: NKI totalt from four areas, no stated average (the site computes and labels it).
  {
    year: 2024,
    municipalities: 192,
    forbund: 12,
    nkiMean: 75.6,
    nuiParticipants: 108,
    nuiMean: 65.8,
    official: true,
  },
];

/** Spread of NKI totalt between municipalities, in index points. */
export const NKI_SD = 5;
export const NUI_SD = 4.5;

/** How far an area typically lies from the unit's NKI totalt (bygglov is usually the lowest). */
export const AREA_OFFSET: Record<AreaId, number> = {
  brandskydd: 3,
  bygglov: -5,
  markupplatelse: 1,
  'miljo-och-halsoskydd': -1,
  livsmedelskontroll: 2,
  serveringstillstand: 3,
  'receptfria-lakemedel': 4,
  lantmateri: -2,
  'folkol-och-tobak': 3,
};

/** Answers per area for a municipality of 15 000 inhabitants; scaled by size. */
export const AREA_ANSWERS: Record<AreaId, number> = {
  brandskydd: 16,
  bygglov: 30,
  markupplatelse: 10,
  'miljo-och-halsoskydd': 24,
  livsmedelskontroll: 20,
  serveringstillstand: 12,
  'receptfria-lakemedel': 6,
  lantmateri: 14,
  'folkol-och-tobak': 9,
};

/** Service factors relative to NKI totalt: bemötande scores high, effektivitet low. */
export const FACTOR_OFFSET: Record<FactorId, number> = {
  information: -1,
  tillganglighet: 0,
  bemotande: 5,
  kompetens: 3,
  rattssakerhet: 2,
  effektivitet: -4,
};

/**
 * The skeleton of each unit-year before any index is drawn: which areas it has cases in, how many
 * answered and how many were asked. Eligibility follows from these alone, so the ranked set is
 * known before the values are placed. About one municipality in fifteen is given a reason not to
 * be ranked (too few answers or a low response rate); members of förbund lack the förbund's areas.
 */
import type { AreaId, FactorId } from '../../src/lib/areas';
import { AREA_ANSWERS, SEED } from './config';
import { ALWAYS_PARTICIPATE } from './participation';
import { createRandom, type Random } from './random';
import { forbundKind, type ExampleForbund, type ExampleMunicipality } from './reference';
import { areasOfYear, mandatoryAreas, nkiAreas } from './rules';

export interface AreaCell {
  answers: number;
  sent: number;
  /** Response rate in percent, one decimal, as written. */
  rate: number;
  /** Index with one decimal; absent when withheld (fewer than 7 answers). */
  value?: number;
  place?: number;
}

/** One row of a result file, as the generator builds it up. */
export interface UnitRow {
  kind: 'kommun' | 'forbund';
  code: string;
  name: string;
  countyCode?: string;
  year: number;
  areas: Partial<Record<AreaId, AreaCell>>;
  answers: number;
  sent: number;
  rate: number;
  nki?: number;
  place?: number;
  countyPlace?: number;
  nui?: { answers: number; value?: number; place?: number };
  factors: Partial<Record<FactorId, number>>;
}

/** A municipality's row for `year` with answers and rates but no index values yet. */
export function municipalitySkeleton(
  m: ExampleMunicipality,
  year: number,
  forbundOf: ReadonlyMap<string, ExampleForbund>,
  measuresNui: boolean,
): UnitRow {
  const random = createRandom(SEED, 'structure', year, m.code);
  const pinned = ALWAYS_PARTICIPATE.includes(m.code);
  const population =
    m.population ?? 15000 * Math.exp(createRandom(SEED, 'size', m.code).normal(0, 0.8));
  const size = Math.min(9, Math.max(0.6, Math.sqrt(population / 15000)));
  const kind = forbundOf.has(m.code) ? forbundKind(forbundOf.get(m.code)!) : undefined;
  const noMark = createRandom(SEED, 'no-markupplatelse', m.code).chance(0.12);
  const absent = (a: AreaId): boolean => {
    if (a === 'brandskydd') return kind === 'rescue' || random.chance(0.04);
    if (a === 'bygglov') return kind === 'planning';
    if (a === 'miljo-och-halsoskydd' || a === 'livsmedelskontroll')
      return kind === 'environment' || kind === 'planning';
    if (a === 'markupplatelse') return noMark || random.chance(0.05);
    if (a === 'serveringstillstand') return !pinned && random.chance(0.015);
    if (a === 'receptfria-lakemedel') return !random.chance(0.15);
    if (a === 'lantmateri') return !random.chance(population > 40000 ? 0.4 : 0.05);
    return !random.chance(0.25);
  };
  const areas: UnitRow['areas'] = {};
  for (const a of areasOfYear(year)) {
    if (absent(a)) continue;
    // Until 2014 miljö- och hälsoskydd also held the livsmedel cases.
    const base =
      AREA_ANSWERS[a] +
      (year < 2015 && a === 'miljo-och-halsoskydd' ? AREA_ANSWERS.livsmedelskontroll : 0);
    const answers = Math.max(1, Math.round(base * size * Math.exp(random.normal(0, 0.3))));
    areas[a] = cell(answers, clamp(random.normal(54, 8), 31, 85));
  }
  const mandatory = mandatoryAreas(year).filter((a) => areas[a]);
  const intent = pinned ? 0.5 : random.next();
  if (intent < 0.03) tooFewAnswers(areas, year, mandatory, random);
  else if (intent < 0.065) lowResponseRate(areas, year, mandatory, random);
  else {
    // A regular participant clears every threshold with a margin.
    const minAnswers = pinned ? 15 : year >= 2021 ? 8 : 13;
    for (const a of mandatory) {
      const c = areas[a]!;
      areas[a] = cell(Math.max(c.answers, minAnswers), c.rate < 42 ? random.normal(50, 4) : c.rate);
    }
  }
  const nui = measuresNui ? { answers: nuiAnswers(size, random, m.code === '0126') } : undefined;
  return {
    kind: 'kommun',
    code: m.code,
    name: m.name,
    countyCode: m.countyCode,
    year,
    areas,
    ...totals(areas, year),
    nui,
    factors: {},
  };
}

/** A förbund's row for `year`: only the areas it handles for its members. */
export function forbundSkeleton(f: ExampleForbund, year: number): UnitRow {
  const random = createRandom(SEED, 'structure', year, f.code);
  const kind = forbundKind(f);
  const bases: Partial<Record<AreaId, number>> =
    kind === 'rescue'
      ? { brandskydd: 90 }
      : kind === 'planning'
        ? { bygglov: 45, markupplatelse: 12, 'miljo-och-halsoskydd': 30, livsmedelskontroll: 25 }
        : { 'miljo-och-halsoskydd': 70, livsmedelskontroll: 55 };
  if (kind === 'environment' && random.chance(0.5)) bases['folkol-och-tobak'] = 18;
  if (kind === 'environment' && random.chance(0.3)) bases['receptfria-lakemedel'] = 8;
  const areas: UnitRow['areas'] = {};
  for (const a of areasOfYear(year)) {
    let base = bases[a];
    if (year < 2015 && a === 'miljo-och-halsoskydd')
      base = (base ?? 0) + (bases.livsmedelskontroll ?? 0);
    if (base === undefined) continue;
    areas[a] = cell(
      Math.max(3, Math.round(base * Math.exp(random.normal(0, 0.35)))),
      clamp(random.normal(55, 8), 32, 85),
    );
  }
  return {
    kind: 'forbund',
    code: f.code,
    name: f.name,
    year,
    areas,
    ...totals(areas, year),
    factors: {},
  };
}

function tooFewAnswers(
  areas: UnitRow['areas'],
  year: number,
  mandatory: AreaId[],
  random: Random,
): void {
  if (year >= 2021) {
    // Under 20 answers in all: every area shrinks in proportion.
    const { answers } = totals(areas, year);
    const factor = random.int(12, 19) / Math.max(answers, 1);
    for (const [a, c] of Object.entries(areas) as [AreaId, AreaCell][]) {
      areas[a] = cell(Math.max(1, Math.floor(c.answers * factor)), c.rate);
    }
  } else if (mandatory.length > 0) {
    const a = mandatory[random.int(0, mandatory.length - 1)]!;
    areas[a] = cell(random.int(7, 11), areas[a]!.rate);
  }
}

function lowResponseRate(
  areas: UnitRow['areas'],
  year: number,
  mandatory: AreaId[],
  random: Random,
): void {
  if (year >= 2021 && random.chance(0.5) && mandatory.length > 0) {
    // One area under 30 % is enough to fall out from 2021.
    const a = mandatory[random.int(0, mandatory.length - 1)]!;
    areas[a] = cell(areas[a]!.answers, random.normal(24, 2));
    return;
  }
  for (const a of mandatory)
    areas[a] = cell(areas[a]!.answers, clamp(random.normal(33, 2), 28, 37));
}

function nuiAnswers(size: number, random: Random, pinned: boolean): number {
  const answers = Math.max(1, Math.round(24 * size ** 0.8 * Math.exp(random.normal(0, 0.35))));
  if (pinned) return Math.max(answers, 40);
  if (random.chance(0.06)) return random.int(7, 9);
  if (random.chance(0.025)) return random.int(3, 6);
  return answers;
}

/** A cell from answers and an intended rate; the written rate is what answers/sent give. */
function cell(answers: number, rate: number): AreaCell {
  const sent = Math.max(answers, Math.round((answers * 100) / rate));
  return { answers, sent, rate: Math.round((answers * 1000) / sent) / 10 };
}

function totals(
  areas: UnitRow['areas'],
  year: number,
): { answers: number; sent: number; rate: number } {
  const inNki = nkiAreas(year).filter((a) => areas[a]);
  const counted = inNki.length > 0 ? inNki : (Object.keys(areas) as AreaId[]);
  const answers = counted.reduce((s, a) => s + areas[a]!.answers, 0);
  const sent = counted.reduce((s, a) => s + areas[a]!.sent, 0);
  return { answers, sent, rate: sent === 0 ? 0 : Math.round((answers * 1000) / sent) / 10 };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

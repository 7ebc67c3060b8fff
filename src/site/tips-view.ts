/**
 * View model for /ar/<year>/tips/: the year's news angles for a journalist with ten minutes —
 * real climbers and fallers (a notable change, never across a series break), new and returning
 * participants, top-ten streaks, and the leader of each county and each area. Each tip is one
 * line of Swedish with a link to the unit's release for the year.
 *
 * Places in a tip are SKR's own where the file has them; a computed place says so.
 */
import { countryWords } from '../text/words';
import { fewerThanGroupWords, notableChangeWords } from '../text/rule-words';
import { sentence, type Claim, type List, type Sentence } from '../claims/types';
import { changeClaim } from '../claims/unit';
import { AREAS } from '../lib/areas';
import { isSuperlativeRank, placeMoveAcrossBreak, placesComparable } from '../lib/comparability';
import type { Measure } from '../lib/series';
import type { Derived, Rank, RankOutcome, Unit, UnitYear } from '../lib/model';
import { rankOf, unitsInYear, yearHighlights } from '../lib/highlights';
import { capitalize, formatDelta, formatIndex, formatNumber, ordinal } from '../text/format';
import { notRankedLabel } from '../text/labels';
import { tipsUrl, unitYearUrl, yearUrl } from './urls';

export interface Tip {
  /** The unit's own name: "Kalix kommun". */
  name: string;
  /** The unit's release for the year. */
  href: string;
  /** One line: what is the story. */
  angle: string;
  /** The claims the line makes (src/claims/verify.ts checks them). */
  claims: Claim[];
}

export interface TipGroup {
  /** Section id, also the fragment: "klattrare". */
  id: string;
  heading: string;
  intro: string;
  tips: Tip[];
  /** Said when the list is empty or cut, e.g. a series break or "12 fler". */
  note?: string;
}

export interface TipsView {
  year: number;
  title: string;
  description: string;
  path: string;
  yearUrl: string;
  groups: TipGroup[];
  previous?: { year: number; url: string };
  next?: { year: number; url: string };
}

/** How many climbers and fallers are listed; the rest are counted. */
export const CHANGES_LISTED = 10;
/** "Bland de tio bästa". */
const TOP = 10;

export function tipsView(derived: Derived, year: number): TipsView {
  const index = derived.years.findIndex((y) => y.year === year);
  if (index < 0) throw new Error(`Inga resultat för ${year}`);
  const units = unitsInYear(derived, year);
  const prev = derived.years[index - 1];
  const next = derived.years[index + 1];
  const groups = [
    ...changeGroups(derived, units, year, prev?.year),
    newcomers(derived, units, year, index === 0),
    streaks(derived, units, year),
    countyLeaders(derived, units, year),
    areaLeaders(units, year),
  ];
  return {
    year,
    title: `Tips för redaktioner: Insikt ${year}`,
    description:
      `Nyhetsvinklar i SKR:s Insikt ${year}: kommuner som ökar och minskar på riktigt, nya ` +
      `deltagare, flera år i rad i topp och bäst i varje län och område, med länk till varje resultat.`,
    path: tipsUrl(year),
    yearUrl: yearUrl(year),
    groups,
    previous: prev && { year: prev.year, url: tipsUrl(prev.year) },
    next: next && { year: next.year, url: tipsUrl(next.year) },
  };
}

// ---------------------------------------------------------------- helpers

const tip = (uy: UnitYear, line: Sentence): Tip => ({
  name: uy.unit.displayName,
  href: unitYearUrl(uy.unit, uy.year),
  angle: line.text,
  claims: line.claims,
});

const valueClaim = (uy: UnitYear, value: number): Claim => ({
  kind: 'value',
  unit: uy.unit.code,
  measure: 'nki',
  year: uy.year,
  value,
});

const placeClaim = (uy: UnitYear, list: List, rank: Rank): Claim => ({
  kind: 'place',
  unit: uy.unit.code,
  list,
  year: uy.year,
  rank,
});

const nkiOf = (uy: UnitYear) => (uy.nki.kind === 'measured' ? uy.nki.value : undefined);

/** "plats 2" or "plats 12 (beräknad)"; "delad" when SKR's values are equal. */
function placeWords(rank: Rank): string {
  const notes = [rank.tied ? 'delad' : '', rank.basis === 'computed' ? 'beräknad' : ''].filter(
    Boolean,
  );
  return `plats ${rank.place}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** ", plats 2 i landet" for a ranked municipality, "" otherwise, with its claim. */
function nationalPart(uy: UnitYear): [string, Claim[]] {
  const rank = uy.unit.kind === 'kommun' ? rankOf(uy.national) : undefined;
  return rank
    ? [`, ${placeWords(rank)} ${countryWords(uy.year)}`, [placeClaim(uy, 'national', rank)]]
    : ['', []];
}

const byName = (a: UnitYear, b: UnitYear) =>
  a.unit.displayName.localeCompare(b.unit.displayName, 'sv');

// ---------------------------------------------------------------- climbers and fallers

function changeGroups(
  derived: Derived,
  units: UnitYear[],
  year: number,
  previousYear?: number,
): TipGroup[] {
  // The same risers and fallers as the year page and the releases (lib/highlights.ts).
  const h = yearHighlights(derived, year);
  const broken = units.some((u) => u.nkiChange?.acrossBreak);
  const emptyNote =
    previousYear === undefined
      ? `${year} är det första året i underlaget, så det finns inget att jämföra med.`
      : broken && h.comparable.length === 0
        ? `NKI totalt ${year} är inte sammansatt av samma områden som ${previousYear} (seriebrott), så ingen förändring räknas som en ökning eller minskning.`
        : undefined;
  const up = h.risers;
  const down = h.fallers;
  const group = (id: string, heading: string, list: UnitYear[], verb: string): TipGroup => ({
    id,
    heading,
    intro:
      `NKI totalt har ${verb === 'ökade' ? 'ökat' : 'minskat'} med ${notableChangeWords()} jämfört med ${previousYear ?? 'året innan'}, i samma serie. ` +
      `Mindre skillnader än så beskrivs inte som en förändring.`,
    tips: list.slice(0, CHANGES_LISTED).map((u) => tip(u, changeAngle(u))),
    note:
      emptyNote ??
      (list.length === 0
        ? `Ingen kommun ${verb} med ${notableChangeWords()} ${year}.`
        : list.length > CHANGES_LISTED
          ? `Sammanlagt ${verb} ${formatNumber(list.length)} kommuner med ${notableChangeWords()}; de ${CHANGES_LISTED} största visas här. Alla syns i rankningen på årssidan.`
          : undefined),
  });
  return [
    group('klattrare', 'Ökar mest', up, 'ökade'),
    group('tappare', 'Minskar mest', down, 'minskade'),
  ];
}

/** "Upp från 77 till 86 (+9) sedan 2020; från plats 114 till plats 2 i landet." */
function changeAngle(uy: UnitYear): Sentence {
  const c = uy.nkiChange!;
  const dir = c.delta > 0 ? 'Upp' : 'Ned';
  const change: Claim = changeClaim(uy.unit.code, 'nki', c);

  let text = `${dir} från ${formatIndex(c.from)} till ${formatIndex(c.to)} (${formatDelta(c.delta)}) sedan ${c.fromYear}`;
  const pc = uy.placeChange;
  if (
    uy.unit.kind === 'kommun' &&
    placesComparable(pc) &&
    !placeMoveAcrossBreak(pc) &&
    pc.fromYear === c.fromYear &&
    pc.climbed
  ) {
    text += `; från ${placeWords(pc.from)} till ${placeWords(pc.to)} ${countryWords(pc.toYear)}`;
    const move: Claim = {
      kind: 'place-change',
      unit: uy.unit.code,
      list: 'national',
      fromYear: pc.fromYear,
      toYear: pc.toYear,
      from: pc.from,
      to: pc.to,
      acrossBreak: false,
    };
    return sentence(`${text}.`, change, move);
  }
  const [part, claims] = nationalPart(uy);
  return sentence(`${text}${part}.`, change, ...claims);
}

// ---------------------------------------------------------------- newcomers

/**
 * A unit is back after a gap when it missed a data year in which most took part: missing a
 * "mellanår" such as 2015 (56 municipalities, not an official Öppna jämförelser) is no news.
 */
function missedFullYear(derived: Derived, uy: UnitYear): boolean {
  if (!uy.afterGap || uy.previousYear === undefined) return false;
  const count = (y: number) => derived.years.find((s) => s.year === y)?.municipalitiesInFile ?? 0;
  const usual = count(uy.year);
  return derived.years.some(
    (s) => s.year > uy.previousYear! && s.year < uy.year && count(s.year) * 2 >= usual,
  );
}

function newcomers(
  derived: Derived,
  units: UnitYear[],
  year: number,
  firstDataYear: boolean,
): TipGroup {
  const intro =
    'Med i undersökningen för första gången i underlaget, eller tillbaka efter ett eller flera år utan resultat.';
  if (firstDataYear) {
    return {
      id: 'nya',
      heading: 'Nya och återkommande',
      intro,
      tips: [],
      note: `${year} är det första året i underlaget, så alla deltagare är nya här.`,
    };
  }
  // Who is new can only be told when this year's and every earlier file hold all participants.
  const known = derived.years.filter((y) => y.year <= year).every((y) => y.complete);
  if (!known) {
    return {
      id: 'nya',
      heading: 'Nya och återkommande',
      intro,
      tips: [],
      note: `Underlaget för ${year} eller tidigare år är inte fullständigt, så nya deltagare kan inte pekas ut.`,
    };
  }
  const fresh = units.filter((u) => u.firstYear).sort(byName);
  const back = units.filter((u) => !u.firstYear && missedFullYear(derived, u)).sort(byName);
  const result = (uy: UnitYear, opening: string, newcomer: Claim): Sentence => {
    const v = nkiOf(uy);
    if (v === undefined) return sentence(`${opening}: inget NKI-resultat visas.`, newcomer);
    const rank = uy.unit.kind === 'kommun' ? uy.national : undefined;
    const claims: Claim[] = [newcomer, valueClaim(uy, v)];
    let place = '';
    if (rank?.kind === 'ranked') {
      place = `, ${placeWords(rank.rank)} ${countryWords(year)}`;
      claims.push(placeClaim(uy, 'national', rank.rank));
    } else if (rank?.kind === 'not-ranked') {
      place = ` (rankas inte: ${notRankedLabel(rank.reason)})`;
      claims.push({ kind: 'not-ranked', unit: uy.unit.code, year, reason: rank.reason });
    }
    return sentence(
      `${opening}: NKI ${formatIndex(v)}${place}.`,
      ...(claims as [Claim, ...Claim[]]),
    );
  };
  const tips = [
    ...fresh.map((u) =>
      tip(u, result(u, 'Med för första gången', { kind: 'newcomer', unit: u.unit.code, year })),
    ),
    ...back.map((u) =>
      tip(
        u,
        result(u, `Tillbaka efter uppehåll, senast med ${u.previousYear}`, {
          kind: 'newcomer',
          unit: u.unit.code,
          year,
          previousYear: u.previousYear,
        }),
      ),
    ),
  ];
  return {
    id: 'nya',
    heading: 'Nya och återkommande',
    intro,
    tips,
    note: tips.length ? undefined : `Inga nya eller återkommande deltagare ${year}.`,
  };
}

// ---------------------------------------------------------------- streaks

/**
 * How many consecutive data years, ending with `year`, the unit has had an official national
 * place at or above `top`. A year without a result, or with a computed place, ends the streak.
 */
export function officialStreak(derived: Derived, unit: Unit, year: number, top: number): number {
  let n = 0;
  for (let i = derived.years.findIndex((y) => y.year === year); i >= 0; i--) {
    const y = derived.years[i]!.year;
    const rank = rankOf(derived.byUnitYear.get(`${unit.code}:${y}`)?.national);
    if (!rank || rank.basis !== 'official' || rank.place > top) break;
    n += 1;
  }
  return n;
}

function streaks(derived: Derived, units: UnitYear[], year: number): TipGroup {
  const found = units
    .filter((u) => u.unit.kind === 'kommun')
    .flatMap((uy) => {
      const rank = rankOf(uy.national);
      if (!rank || rank.basis !== 'official' || rank.place > TOP) return [];
      const first = rank.place === 1 ? officialStreak(derived, uy.unit, year, 1) : 0;
      const ten = officialStreak(derived, uy.unit, year, TOP);
      if (ten < 2) return [];
      const value = valueClaim(uy, nkiOf(uy)!);
      const place = placeClaim(uy, 'national', rank);
      const streak = (years: number, top: number): Claim => ({
        kind: 'streak',
        unit: uy.unit.code,
        year,
        years,
        top,
      });
      const angle =
        first >= 2
          ? sentence(
              `Bäst i landet för ${ordinal(first)} året i rad (NKI ${formatIndex(nkiOf(uy)!)}).`,
              streak(first, 1),
              place,
              value,
            )
          : sentence(
              `${capitalize(ordinal(ten))} året i rad bland de tio bästa: ${placeWords(rank)} i landet (NKI ${formatIndex(nkiOf(uy)!)}).`,
              streak(ten, TOP),
              place,
              value,
            );
      return [{ uy, ten, place: rank.place, angle }];
    })
    .sort((a, b) => b.ten - a.ten || a.place - b.place);
  return {
    id: 'i-rad',
    heading: 'Flera år i rad i topp',
    intro:
      'Bland de tio bästa i landet flera data-år i rad, räknat på SKR:s egna placeringar. Ett år utan resultat eller utan placering från SKR bryter raden.',
    tips: found.map((f) => tip(f.uy, f.angle)),
    note: found.length
      ? undefined
      : `Ingen kommun är bland de tio bästa för andra året i rad ${year}.`,
  };
}

// ---------------------------------------------------------------- leaders

/** "" for SKR's own untied first place, else what a reader must know about it. */
function firstNote(rank: Rank | undefined): string {
  if (!rank) return '';
  const notes = [
    rank.tied ? 'delad förstaplats' : '',
    rank.basis === 'computed' ? 'beräknad placering' : '',
  ].filter(Boolean);
  return notes.length ? ` (${notes.join(', ')})` : '';
}

function countyLeaders(derived: Derived, units: UnitYear[], year: number): TipGroup {
  const counties = [...derived.dataset.reference.counties].sort((a, b) =>
    a.code.localeCompare(b.code),
  );
  // The same county bests as the releases: three or more ranked, a sole first (lib/highlights.ts).
  const h = yearHighlights(derived, year);
  const tips = counties.flatMap((county) => {
    const uy = h.bestInCounty.get(county.code);
    if (!uy) return [];
    const rank = rankOf(uy.county)!;
    const [part, claims] = nationalPart(uy);
    const best: Claim = {
      kind: 'best',
      unit: uy.unit.code,
      list: 'county',
      year,
      groupSize: h.rankedInCounty.get(county.code) ?? 0,
    };
    return [
      tip(
        uy,
        sentence(
          `Bäst i ${county.name}${firstNote(rank)}: NKI ${formatIndex(nkiOf(uy)!)}${part}.`,
          best,
          placeClaim(uy, 'county', rank),
          valueClaim(uy, nkiOf(uy)!),
          ...claims,
        ),
      ),
    ];
  });
  return {
    id: 'lan',
    heading: 'Bäst i varje län',
    intro: `Kommunen med högst NKI totalt i sitt län ${year}. Län med ${fewerThanGroupWords()} rankade kommuner, eller utan en ensam etta från SKR eller en fullständig lista, saknas.`,
    tips,
    note: tips.length ? undefined : `Inga länsplaceringar finns för ${year}.`,
  };
}

function areaLeaders(units: UnitYear[], year: number): TipGroup {
  // "Högst i landet" only for a sole first, SKR's own or from a complete list of three or more.
  const leader = (list: List, outcome: (u: UnitYear) => RankOutcome | undefined) => {
    const size = units.filter((u) => outcome(u)?.kind === 'ranked').length;
    return units.filter((u) => isSuperlativeRank(rankOf(outcome(u)), size)).sort(byName);
  };
  const line = (uy: UnitYear, list: List, label: string, value: number | undefined, rank: Rank) => {
    const claims: Claim[] = [placeClaim(uy, list, rank)];
    if (value !== undefined) {
      claims.push({ kind: 'value', unit: uy.unit.code, measure: list as Measure, year, value });
    }
    const shown =
      value !== undefined ? `: ${list === 'nui' ? 'NUI' : 'index'} ${formatIndex(value)}` : '';
    return sentence(
      `Högst ${countryWords(year)} på ${list === 'nui' ? 'upphandling (NUI)' : label}${firstNote(rank)}${shown}.`,
      ...(claims as [Claim, ...Claim[]]),
    );
  };
  const areaTips = AREAS.flatMap((area) => {
    const result = (u: UnitYear) => u.areas.find((a) => a.area === area.id);
    return leader(area.id, (u) => result(u)?.rank).map((uy) => {
      const s = result(uy)!.score;
      const value = s.kind === 'measured' ? s.value : undefined;
      return tip(uy, line(uy, area.id, area.inSentence, value, rankOf(result(uy)!.rank)!));
    });
  });
  const nuiTips = leader('nui', (u) => u.nuiRank).map((uy) =>
    tip(
      uy,
      line(
        uy,
        'nui',
        'NUI',
        uy.nui.kind === 'measured' ? uy.nui.value : undefined,
        rankOf(uy.nuiRank)!,
      ),
    ),
  );
  const tips = [...areaTips, ...nuiTips];
  return {
    id: 'omraden',
    heading: 'Bäst inom varje område',
    intro: `Högst placerad i landet inom varje myndighetsområde ${year}, och i upphandling (NUI), som redovisas för sig.`,
    tips,
    note: tips.length ? undefined : `Inga områdesplaceringar finns för ${year}.`,
  };
}

/**
 * Sentences about the myndighetsområden and about upphandling (NUI). Each area appears once, with
 * its value, grade and baseline: first the sole largest increase and decrease (only among three
 * or more comparable areas), then every other notable change, gains and falls alike, then SKR's
 * top-ten area places with their results, then the grades of the areas not yet told.
 */
import type { AreaId } from '../lib/areas';
import type { AreaStory, UnitStory } from '../claims/unit';
import { areaExtremes, extremeClaim, isQuickBigGain } from '../claims/unit-areas';
import { sentence, type Claim, type Sentence } from '../claims/types';
import { capitalize, countWord, formatIndex, gradeLabel, joinList, ordinal } from './format';
import { Referrer, baseline, countryWords } from './words';
import { gradeSentences, name, nuiSentences } from './area-grades';

export function areaSentences(s: UnitStory, used: Set<Claim>, ref: Referrer): Sentence[] {
  const out: Sentence[] = [];
  const told = new Set<AreaId>();
  // The in-between year's lists hold only the municipalities measured that year.
  const country = countryWords(s.year);
  const tell = (areas: AreaStory[], text: string, ...claims: (Claim | undefined)[]) => {
    const list = claims.filter((c): c is Claim => c !== undefined);
    for (const a of areas) if (a.change && claims.includes(a.change)) list.push(...gapClaims(a));
    list.forEach((c) => used.add(c));
    areas.forEach((a) => told.add(a.area));
    out.push(sentence(text, ...(list as [Claim, ...Claim[]])));
  };
  let lastYearSaid = false;
  // Skipped years are named in full once: "från 70 år 2019 – inget resultat 2020 – till 77",
  // and the next area with the same gap just gives its baseline year.
  const gapsSaid = new Set<string>();
  const unsaidGap = (a: AreaStory) => {
    const gap = skipped(s, a);
    if (gapsSaid.has(gap.join())) return [];
    gapsSaid.add(gap.join());
    return gap;
  };
  const span = (a: AreaStory, lc?: Claim & { kind: 'change' }) => {
    const text = fromTo(a, lc, lastYearSaid, unsaidGap(a));
    if (a.change && a.change.fromYear === a.change.toYear - 1) lastYearSaid = true;
    return text;
  };
  // A grade is said where it is news: not again after each figure when it is the same as the
  // grade just told (a blind read found "ett mycket högt resultat" four times in a paragraph).
  let lastGrade: string | undefined;
  const gradeTail = (a: AreaStory): string => {
    if (!a.grade || a.grade.grade === lastGrade) return '';
    lastGrade = a.grade.grade;
    return `, ett ${gradeLabel(a.grade.grade)} resultat`;
  };
  const gapClaims = (a: AreaStory): Claim[] => skipped(s, a).map((year) => gapClaim(s, a, year));
  // "Mest" only as src/claims/unit-areas.ts decides: a sole largest among enough areas.
  const { up, down } = areaExtremes(s);
  for (const [a, verb] of [
    [up, 'ökar mest'],
    [down, 'sjunker mest'],
  ] as const) {
    if (!a) continue;
    const lc = longOf(a);
    const place = a.place && !a.place.rank.tied && a.place.rank.place <= 10 ? a.place : undefined;
    const best = place
      ? `, och ${ref.next()} är ${bestWords(place.rank.place)} ${country} i området`
      : '';
    tell(
      [a],
      `${capitalize(name(a))} ${verb}: ${span(a, lc)}${gradeTail(a)}${best}.`,
      a.change,
      lc,
      a.value,
      a.grade,
      place,
      extremeClaim(s, a, a === up ? 'up' : 'down'),
    );
  }
  // SKR's top-ten places, each in its own sentence with the area's result and change.
  for (const a of s.areas) {
    if (told.has(a.area) || !a.place || !a.value) continue;
    const rank = a.place.rank;
    if (rank.tied || rank.place > 10) continue;
    const verb = a.change
      ? `${a.change.delta > 0 ? 'ökar' : 'sjunker'} ${span(a)}`
      : `får ${formatIndex(a.value.value)}`;
    tell(
      [a],
      `${capitalize(name(a))} ${verb}${gradeTail(a)}, och ${ref.next()} är ${bestWords(rank.place)} ${country} i området.`,
      a.change,
      a.value,
      a.grade,
      a.place,
    );
  }
  // Every other notable change is told too, gains and falls alike, grouped by direction.
  for (const [dir, verb] of [
    [1, 'ökar'],
    [-1, 'sjunker'],
  ] as const) {
    const group = s.areas.filter(
      (a) => !told.has(a.area) && a.change && Math.sign(a.change.delta) === dir,
    );
    if (group.length === 0) continue;
    // "Även" only after another area that moved the same way.
    const also = s.areas.some(
      (a) => told.has(a.area) && a.change && Math.sign(a.change.delta) === dir,
    );
    const only = group.length === 1 ? group[0] : undefined;
    if (only) {
      const lc = longOf(only);
      const text = `${capitalize(name(only))} ${verb}${also ? ' också' : ''} ${span(only, lc)}${gradeTail(only)}.`;
      tell(group, text, only.change, lc, only.value, only.grade);
      continue;
    }
    const items = group.map((a) => `${name(a)} (${span(a, longOf(a))})`);
    const claims = group.flatMap((a) => [a.change, longOf(a), a.value]);
    const list = joinList(items);
    tell(group, also ? `Även ${list} ${verb}.` : `${capitalize(list)} ${verb}.`, ...claims);
  }
  for (const a of s.areas) {
    if (told.has(a.area) || !a.value || !a.longChange) continue;
    const c = a.longChange;
    const only = isQuickBigGain(c) ? 'bara ' : '';
    tell(
      [a],
      `${capitalize(name(a))} har på ${only}${countWord(c.toYear - c.fromYear)} år gått från ${formatIndex(c.from)} år ${c.fromYear} till ${formatIndex(c.to)}${gradeTail(a)}.`,
      c,
      a.value,
      a.grade,
    );
  }
  out.push(...gradeSentences(s, told, used));
  const missing = s.areas.filter((a) => a.missing);
  if (missing.length > 0) {
    const claims = missing.map((a) => a.missing!) as [Claim, ...Claim[]];
    out.push(
      sentence(
        `För ${joinList(missing.map(name))} är svaren för få för att resultatet ska redovisas.`,
        ...claims,
      ),
    );
  }
  return out;
}

function bestWords(place: number): string {
  return place === 1 ? 'bäst' : place === 2 ? 'näst bäst' : `${ordinal(place)} bäst`;
}

/**
 * "från 62 förra året och 52 år 2022 till 72": the change with its baseline named, and a longer
 * change in the same direction told in the same breath, so the area appears once.
 */
function fromTo(
  a: AreaStory,
  long?: Claim & { kind: 'change' },
  lastYearSaid = false,
  gap: readonly number[] = [],
): string {
  const c = a.change!;
  const base = baseline(c.fromYear, c.toYear);
  // Once a paragraph has said "förra året", the next changes from last year need not repeat it.
  // With an older year beside it, "förra året" is always said, so the two cannot be confused.
  const when = base === 'förra året' ? (lastYearSaid && !long ? '' : ` ${base}`) : ` år ${base}`;
  // Years in order: "från 52 år 2022 och 62 förra året till 72".
  const older = long ? `${formatIndex(long.from)} år ${long.fromYear} och ` : '';
  // A baseline that skips a year says why: "från 70 år 2019 (inget resultat 2020) till 77".
  const years = gap.length > 2 ? `${gap[0]}–${gap.at(-1)}` : joinList(gap.map(String));
  const why = gap.length > 0 ? ` – inget resultat ${years} –` : '';
  return `från ${older}${formatIndex(c.from)}${when}${why} till ${formatIndex(c.to)}`;
}

/** A longer change worth telling beside the short one: same direction and larger. */
function longOf(a: AreaStory): (Claim & { kind: 'change' }) | undefined {
  const l = a.longChange;
  const c = a.change;
  if (!l || !c) return undefined;
  return Math.sign(l.delta) === Math.sign(c.delta) && Math.abs(l.delta) > Math.abs(c.delta)
    ? l
    : undefined;
}

/** Data years between an area's baseline and this year, when the unit had no result there. */
function skipped(s: UnitStory, a: AreaStory): number[] {
  const c = a.change;
  if (!c) return [];
  return s.dataYears.filter((y) => y > c.fromYear && y < c.toYear);
}

function gapClaim(s: UnitStory, a: AreaStory, year: number): Claim {
  return { kind: 'missing', unit: s.code, measure: a.area, year, reason: 'no-result' };
}

export { nuiSentences };

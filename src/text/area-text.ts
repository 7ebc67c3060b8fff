/**
 * Sentences about the myndighetsområden and about upphandling (NUI): the largest increase and its
 * place, changes over several years, grades, missing results, and NUI with its place and change.
 * Only notable changes (Change.notable) are called increases or decreases.
 */
import { areaInfo, type AreaId } from '../lib/areas';
import type { AreaYear, Change, MissingReason, SeriesId, UnitYear } from '../lib/model';
import { capitalize, countWord, formatIndex, formatNumber, gradeLabel, joinList } from './format';
import { areaPlaceSentence, placeSentence } from './ranking-text';
import { unitNoun } from './names';

/** The areas NKI totalt is made of in each series (domain notes §2). */
export const SERIES_AREAS: Record<SeriesId, readonly AreaId[]> = {
  'five-areas': [
    'brandskydd',
    'bygglov',
    'markupplatelse',
    'miljo-och-halsoskydd',
    'serveringstillstand',
  ],
  'six-areas': [
    'brandskydd',
    'bygglov',
    'markupplatelse',
    'miljo-och-halsoskydd',
    'livsmedelskontroll',
    'serveringstillstand',
  ],
  'four-areas': ['bygglov', 'miljo-och-halsoskydd', 'livsmedelskontroll', 'serveringstillstand'],
};

const MISSING: Record<MissingReason, string> = {
  suppressed: 'redovisas inte',
  'not-measured': 'inga ärenden',
  'too-few-answers': 'för få svar',
};

/** The sentences of the areas paragraph, in reading order; empty when there is nothing to say. */
export function areaSentences(uy: UnitYear): string[] {
  const noun = unitNoun(uy.unit);
  const isMunicipality = uy.unit.kind === 'kommun';
  const out: string[] = [];
  const moves = uy.areas.filter((a) => a.change?.notable && !a.change.acrossBreak);
  const up = pickBy(
    moves.filter((a) => (a.change?.delta ?? 0) > 0),
    (c) => c.delta,
  );
  if (up?.change) {
    out.push(`Störst ökning har ${name(up)}, från ${fromTo(up.change)}.`);
    const place = isMunicipality ? areaPlaceSentence(noun, up.rank) : undefined;
    if (place) out.push(place);
  }
  const down = pickBy(
    moves.filter((a) => (a.change?.delta ?? 0) < 0),
    (c) => -c.delta,
  );
  if (down?.change) out.push(`Störst minskning har ${name(down)}, från ${fromTo(down.change)}.`);

  const long = uy.areas
    .filter((a) => a.longChange?.notable && !a.longChange.acrossBreak)
    .filter((a) => !a.change || (a.longChange?.fromYear ?? 0) < a.change.fromYear)
    .sort((a, b) => Math.abs(b.longChange?.delta ?? 0) - Math.abs(a.longChange?.delta ?? 0))
    .slice(0, 2);
  for (const a of long) {
    const c = a.longChange as Change;
    const years = c.toYear - c.fromYear;
    const only = c.delta > 0 && years <= 3 ? 'bara ' : '';
    out.push(
      `${capitalize(name(a))} har gått från index ${fromTo(c)} på ${only}${countWord(years)} år.`,
    );
  }

  const inTotal = isMunicipality ? SERIES_AREAS[uy.series] : uy.areas.map((a) => a.area);
  const graded = uy.areas.filter(
    (a) => inTotal.includes(a.area) && a.score.kind === 'measured' && a.grade,
  );
  // "Alla fyra områden som ingår i NKI totalt" only when every one of them has a result.
  const whole = isMunicipality && graded.length === inTotal.length;
  out.push(...gradeSentences(graded, whole ? 'som ingår i NKI totalt' : 'med resultat'));

  const outside = uy.areas.filter((a) => !inTotal.includes(a.area) && a.score.kind === 'measured');
  if (outside.length > 0) {
    out.push(`Utanför NKI totalt redovisas också ${joinList(outside.map(withValue))}.`);
  }
  const missing = uy.areas.filter(
    (a) =>
      a.score.kind === 'missing' &&
      (isMunicipality ? inTotal.includes(a.area) : a.score.reason !== 'not-measured'),
  );
  if (missing.length > 0) {
    const items = missing.map(
      (a) => `${name(a)} (${a.score.kind === 'missing' ? MISSING[a.score.reason] : ''})`,
    );
    out.push(`Resultat saknas för ${joinList(items)}.`);
  }
  return out;
}

/** The NUI sentences: index, grade and change, then the NUI place (municipalities only). */
export function nuiSentences(uy: UnitYear): string[] {
  if (uy.nui.kind !== 'measured') return [];
  const grade = uy.nuiGrade ? `ett ${gradeLabel(uy.nuiGrade)} resultat: ` : '';
  const out = [
    `Upphandlingen får ${grade}${formatIndex(uy.nui.value)} i Nöjd Upphandlingsindex (NUI)${nuiChange(uy)}.`,
  ];
  if (uy.unit.kind === 'kommun') {
    const place = placeSentence(
      'I NUI-rankningen',
      unitNoun(uy.unit),
      uy.nuiRank,
      uy.nuiPlaceChange,
      uy.year,
    );
    if (place) out.push(place);
  }
  return out;
}

function nuiChange(uy: UnitYear): string {
  const c = uy.nuiChange;
  if (!c || c.acrossBreak) return '';
  const when = c.fromYear === uy.year - 1 ? 'förra året' : String(c.fromYear);
  if (c.notable)
    return `, ${c.delta > 0 ? 'upp' : 'ned'} ${formatNumber(Math.abs(c.delta))} från ${when}`;
  if (c.delta === 0) return `, samma som ${when}`;
  return `, i stort sett oförändrat jämfört med ${when}`;
}

/** One sentence when every area has the same grade, else one per grade. */
function gradeSentences(areas: AreaYear[], label: string): string[] {
  const first = areas[0];
  if (!first?.grade) return [];
  if (areas.length === 1)
    return [`${capitalize(withValue(first))} ger ett ${gradeLabel(first.grade)} resultat.`];
  if (areas.every((a) => a.grade === first.grade)) {
    const all = `Alla ${countWord(areas.length)} områden ${label}`;
    return [`${all} får ett ${gradeLabel(first.grade)} resultat: ${joinList(areas.map(name))}.`];
  }
  const order = ['mycket-hogt', 'hogt', 'godkant', 'lagt'] as const;
  return order
    .map((g) => areas.filter((a) => a.grade === g))
    .filter((group) => group.length > 0)
    .map(
      (group) =>
        `Ett ${gradeLabel(group[0]?.grade ?? 'hogt')} resultat får ${joinList(group.map(withValue))}.`,
    );
}

function pickBy(areas: AreaYear[], key: (c: Change) => number): AreaYear | undefined {
  // Ties on the published delta are settled by the unrounded difference, then by area order.
  return [...areas].sort((a, b) => {
    const ca = a.change as Change;
    const cb = b.change as Change;
    return key(cb) - key(ca) || Math.abs(cb.to - cb.from) - Math.abs(ca.to - ca.from);
  })[0];
}

function name(a: AreaYear): string {
  return areaInfo(a.area).inSentence;
}

function withValue(a: AreaYear): string {
  return a.score.kind === 'measured' ? `${name(a)} (${formatIndex(a.score.value)})` : name(a);
}

function fromTo(c: Change): string {
  return `${formatIndex(c.from)} till ${formatIndex(c.to)}`;
}

/**
 * Words beyond the claims: every number a sentence shows must come from one of its claims, and a
 * superlative ("mest", "bäst", "högst", "i hela landet", "rekord", "i rad") needs the claim that
 * carries it. Used by src/claims/verify.ts on every page's sentences.
 */
import {
  GRADE_SCALE,
  NOTABLE_DELTA,
  published,
  publishedRate,
  THIN_BASE_ANSWERS,
} from '../lib/rules';
import { notableChangeWords } from '../text/rule-words';
import type { Rank } from '../lib/model';
import type { Claim, Sentence } from './types';

/** Numbers, superlatives and verbs the claims do not carry. */
export function wordsBeyondClaims(s: Sentence): string[] {
  const out: string[] = [];
  const allowed = new Set<number>();
  const about = s.claims.some((c) => c.kind === 'about');
  // The grade scale, stated: "80 eller mer", "70–79", "under 62", "0 till 100".
  if (about) {
    const mins = GRADE_SCALE.map((g) => g.min).filter((m) => m > 0);
    [100, ...mins, ...mins.slice(0, -1).map((m) => m - 1)].forEach((n) => allowed.add(n));
  }
  if (/ av 100\b/.test(s.text)) allowed.add(100);
  // The house threshold for a change, stated as a rule.
  if (s.text.includes(notableChangeWords())) allowed.add(NOTABLE_DELTA);
  // The thin-base threshold, stated with the results below it.
  if (s.claims.some((c) => c.kind === 'basis' && c.measure !== 'nki'))
    allowed.add(THIN_BASE_ANSWERS);
  for (const c of s.claims) {
    for (const n of numbersOf(c)) allowed.add(n);
  }
  // Two averages in one sentence: their published difference ("NKI 70, upp 2").
  const averages = s.claims.filter((c) => c.kind === 'average');
  if (averages.length === 2) {
    const [a, b] = averages.map((c) => published(c.value));
    allowed.add(Math.abs(a! - b!));
  }
  // A number with thousands separators ("1 045", sv-SE's no-break space) is one number.
  const numbers = s.text.replace(/40\s000/g, '').match(/\d{1,3}(?:\u00a0\d{3})+(?!\d)|\d+/g) ?? [];
  for (const n of numbers.map((x) => Number(x.replace(/\u00a0/g, '')))) {
    if (!allowed.has(n)) out.push(`talet ${n} saknar påstående`);
  }
  const has = (k: Claim['kind']) => s.claims.some((c) => c.kind === k);
  if (
    /mest nöjda/.test(s.text) &&
    !s.claims.some((c) => c.kind === 'place' && c.list === 'national' && c.rank.place <= 3)
  ) {
    out.push('"mest nöjda" utan placering');
  }
  if (/mest i landet|största klättringen/.test(s.text) && !has('biggest-climber'))
    out.push('superlativ utan påstående');
  if (
    /bäst i (länet|[A-ZÅÄÖ]|sin kommungrupp)|bäst bland|är \S+ bäst( av|\.)/.test(s.text) &&
    !has('best') &&
    !has('place')
  ) {
    out.push('"bäst" utan påstående');
  }
  if (
    /bäst i sin kommungrupp/.test(s.text) &&
    !s.claims.some((c) => c.kind === 'best' && c.list === 'peers')
  )
    out.push('"bäst i sin kommungrupp" utan påstående');
  if (/högsta|rekord/i.test(s.text) && !has('record')) out.push('"högsta"/"rekord" utan rekord');
  // No claim kind carries an area's change compared with the whole country: "Bygglov ökar mest
  // i hela landet" is a forgery of "Bygglov ökar mest" (within the unit's own areas).
  if (
    /(ökar|sjunker|stiger|höjer|sänker|klättrar|tappar)\b[^.]*\bmest i (hela )?landet/.test(s.text)
  ) {
    if (!has('biggest-climber') || /ökar|sjunker|stiger|höjer|sänker/.test(s.text))
      out.push('"mest i landet" utan påstående');
  }
  const nationalPlace = s.claims.some(
    (c) => (c.kind === 'place' || c.kind === 'place-change') && c.list === 'national',
  );
  if (/i hela landet/.test(s.text) && !nationalPlace && !has('biggest-climber'))
    out.push('"i hela landet" utan placering i landet');
  const first = s.claims.some(
    (c) =>
      c.kind === 'place' &&
      c.rank.place === 1 &&
      !c.rank.tied &&
      (c.rank.basis === 'official' || c.rank.outOf !== undefined),
  );
  if (/(Högst|Bäst) i landet|bäst i Sverige/.test(s.text) && !first)
    out.push('"i landet" utan ensam etta ur fullständig lista');
  // "Bygglov ökar mest": the unit's sole largest change among enough areas, as a claim.
  for (const [verb, direction] of [
    ['ökar', 'up'],
    ['sjunker', 'down'],
  ] as const) {
    if (
      new RegExp(`${verb} mest\\b`).test(s.text) &&
      !s.claims.some((c) => c.kind === 'area-extreme' && c.direction === direction)
    )
      out.push(`"${verb} mest" utan påstående`);
  }
  // "Bäst är Kalix": a leader named without a group needs the claim that it is best.
  if (/(^|[.:] )Bäst är\b/.test(s.text) && !has('best')) out.push('"Bäst är" utan påstående');
  // "Högst är Kalix och Boden": each named leader needs a first place.
  if (
    /(^|[.:] )Högst är\b/.test(s.text) &&
    !s.claims.some((c) => c.kind === 'place' && c.rank.place === 1)
  )
    out.push('"Högst är" utan förstaplats');
  if (/i rad/.test(s.text) && !has('streak')) out.push('"i rad" utan påstående');
  if (/första gången|Tillbaka efter/.test(s.text) && !has('newcomer'))
    out.push('ny deltagare utan påstående');
  return out;
}

function numbersOf(c: Claim): number[] {
  const rank = (r: Rank) => [r.place, ...(r.outOf !== undefined ? [r.outOf] : [])];
  switch (c.kind) {
    case 'value':
      return [c.year, published(c.value)];
    case 'area-extreme':
      return [c.year];
    case 'area-average':
      return [c.year, published(c.value)];
    case 'average': {
      const gap = c.compared ? [Math.abs(published(c.compared.value) - published(c.value))] : [];
      return [c.year, published(c.value), ...gap];
    }
    case 'change':
      return [c.fromYear, c.toYear, published(c.from), published(c.to), Math.abs(c.delta)];
    case 'place':
      return [c.year, ...rank(c.rank)];
    case 'place-change':
      return [
        c.fromYear,
        c.toYear,
        ...rank(c.from),
        ...rank(c.to),
        Math.abs(c.from.place - c.to.place),
      ];
    case 'best':
      return [c.year, c.groupSize];
    case 'biggest-climber':
      return [c.year, c.fromYear, c.climbed];
    case 'record':
      return [c.year, c.since, published(c.value), c.beaten, ...c.olderSeriesYears, c.seriesFrom];
    case 'participants':
      return [c.year, c.municipalities, c.forbund, c.withNki];
    case 'count':
      return [c.year, c.n, ...(c.fromYear ? [c.fromYear] : [])];
    case 'series-break':
      return [c.fromYear, c.toYear];
    case 'grade':
    case 'not-ranked':
    case 'missing':
      return [c.year];
    case 'streak':
      return [c.year, c.years, c.top];
    case 'newcomer':
      return [c.year, ...(c.previousYear ? [c.previousYear] : [])];
    case 'basis':
      return [
        ...(c.answers !== undefined ? [c.answers] : []),
        ...(c.responseRate !== undefined ? [publishedRate(c.responseRate)] : []),
      ];
    case 'about':
      return c.year !== undefined ? [c.year] : [];
  }
}

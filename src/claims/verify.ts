/**
 * Re-checks a sentence against the derived model: every claim it carries must hold in the data
 * and be a valid comparison, and its words must not say more than its claims (a number, a
 * superlative, a climb or a baseline the claims do not carry). Used by the claim tests over every
 * release, year page and county page of the example site.
 *
 * The checks recompute from the model's records and summaries rather than reuse the content
 * rules' results, so a wrong rule in claims/unit.ts or lib/highlights.ts shows up here.
 */
import { areaInfo } from '../lib/areas';
import { peerMembers } from '../lib/peers';
import {
  NOTABLE_DELTA,
  peerEditionFor,
  published,
  publishedRate,
  THIN_BASE_ANSWERS,
  minRankedAnswers,
} from '../lib/rules';
import { peerGroupWords } from '../text/peer-words';
import { notableChangeWords } from '../text/rule-words';
import type { Derived, Rank, RankOutcome, UnitYear } from '../lib/model';
import {
  crossesBreak,
  forbundNkiCrossesBreak,
  isInBetweenYear,
  SERIES_FROM,
  seriesOf,
  type Measure,
} from '../lib/series';
import type { Claim, List, Sentence } from './types';

/** Problems with one sentence; empty when it holds. */
/**
 * Every sentence of a text, and what only the whole text can show: a place told without its
 * "beräknad" label is preceded (or accompanied) by the sentence that says the places are computed.
 */
export function verifySentences(derived: Derived, sentences: readonly Sentence[]): string[] {
  const out = sentences.flatMap((s) => verifySentence(derived, s));
  const note = sentences.findIndex((s) =>
    s.claims.some((c) => c.kind === 'about' && c.topic === 'computed-places'),
  );
  // The headline and the first sentences up to the note may name a place before it is explained;
  // the note must come within the lede (the first four sentences) or right after the place.
  sentences.forEach((s, i) => {
    const noted = s.claims.some(
      (c) => (c.kind === 'place' || c.kind === 'place-change') && c.noted,
    );
    if (!noted || (note >= 0 && note <= Math.max(i + 2, 4))) return;
    out.push(`place: beräknad förklaras inte — "${s.text}"`);
  });
  // A record counts one series only; the text names the older series' years it leaves out.
  const all = sentences.map((s) => s.text).join(' ');
  for (const c of sentences.flatMap((s) => s.claims)) {
    if (c.kind !== 'record') continue;
    const missing = c.olderSeriesYears.filter((y) => !all.includes(String(y)));
    if (missing.length > 0) out.push(`record: äldre seriens år ${missing.join(', ')} nämns inte`);
  }
  return out;
}

export function verifySentence(derived: Derived, s: Sentence): string[] {
  const problems = s.claims.flatMap((c) => verifyClaim(derived, c, s.text));
  problems.push(...wordsBeyondClaims(s));
  return problems.map((p) => `${p} — "${s.text}"`);
}

function verifyClaim(d: Derived, c: Claim, text: string): string[] {
  const out: string[] = [];
  const fail = (msg: string) => out.push(`${c.kind}: ${msg}`);
  switch (c.kind) {
    case 'value': {
      const v = valueOf(d, c.unit, c.measure, c.year);
      if (v === undefined || Math.abs(v - c.value) > 1e-9) fail(`värdet ${c.value} stämmer inte`);
      break;
    }
    case 'grade': {
      const v = valueOf(d, c.unit, c.measure, c.year);
      if (v === undefined || gradeOf(v) !== c.grade) fail('betyget stämmer inte');
      break;
    }
    case 'change': {
      const from = valueOf(d, c.unit, c.measure, c.fromYear);
      const to = valueOf(d, c.unit, c.measure, c.toYear);
      if (from !== c.from || to !== c.to) fail('värdena stämmer inte');
      if (published(c.to) - published(c.from) !== c.delta) fail('skillnaden stämmer inte');
      if (breaks(d, c.unit, c.measure, c.fromYear, c.toYear) !== c.acrossBreak) fail('seriebrott');
      if (c.acrossBreak && !/seriebrott|rakt av/.test(text)) fail('seriebrottet sägs inte');
      if ((c.acrossBreak || c.fromYear !== c.toYear - 1) && !text.includes(String(c.fromYear))) {
        fail(`jämförelseåret ${c.fromYear} nämns inte`);
      }
      break;
    }
    case 'place': {
      const rank = rankIn(d, c.unit, c.list, c.year);
      if (!rank || !sameRank(rank, c.rank)) fail('placeringen stämmer inte');
      if (c.rank.basis === 'computed' && !c.noted && !text.includes('beräkna'))
        fail('beräknad sägs inte');
      if (c.noted && c.rank.basis !== 'computed') fail('en SKR-placering märkt som beräknad');
      if (isInBetweenYear(c.year) && /i landet|landets/.test(text))
        fail('mellanårets lista kallas landet');
      if (c.rank.tied && !/delad/.test(text)) fail('delad placering sägs inte');
      if (c.list === 'peers') out.push(...peerProblems(d, c, text));
      break;
    }
    case 'place-change': {
      const from = rankIn(d, c.unit, c.list, c.fromYear);
      const to = rankIn(d, c.unit, c.list, c.toYear);
      if (!from || !to || !sameRank(from, c.from) || !sameRank(to, c.to))
        fail('placeringarna stämmer inte');
      if (c.from.basis !== c.to.basis) fail('placeringar av olika slag jämförs');
      if (c.to.basis === 'computed' && (c.from.outOf === undefined || c.to.outOf === undefined)) {
        fail('beräknade placeringar ur ofullständiga listor jämförs');
      }
      if ((c.acrossBreak || c.fromYear !== c.toYear - 1) && !text.includes(String(c.fromYear))) {
        fail(`jämförelseåret ${c.fromYear} nämns inte`);
      }
      const climbed = c.from.place - c.to.place;
      if (
        /klättrar/.test(text) &&
        (climbed <= 0 || (c.to.outOf !== undefined && c.to.place >= c.to.outOf))
      ) {
        fail('klättrar utan att klättra');
      }
      if (/tappar/.test(text) && climbed >= 0) fail('tappar utan att tappa');
      break;
    }
    case 'best': {
      const rank = rankIn(d, c.unit, c.list, c.year);
      const size = groupSize(d, c.unit, c.list, c.year);
      if (!rank || rank.place !== 1 || rank.tied) fail('inte ensam etta');
      if (size < 3 || size !== c.groupSize) fail(`gruppen har ${size} rankade`);
      if (rank && rank.basis !== 'official' && rank.outOf === undefined)
        fail('ingen fullständig lista');
      if (c.list === 'peers') out.push(...peerProblems(d, c, text));
      break;
    }
    case 'biggest-climber': {
      const winner = biggestClimber(d, c.year);
      if (winner !== c.unit) fail('inte årets största klättring');
      break;
    }
    case 'record': {
      // A record counts only the same series: a result with other areas is no yardstick.
      const uy = d.byUnitYear.get(`${c.unit}:${c.year}`);
      const rec = d.records.find((r) => r.unit.code === c.unit);
      const measured = (rec?.years ?? []).filter(
        (y) => y.year < c.year && y.nki.kind === 'measured',
      );
      const earlier = measured.filter((y) => y.series === uy?.series);
      const older = measured.filter((y) => y.series !== uy?.series).map((y) => y.year);
      if (older.join() !== c.olderSeriesYears.join()) fail('fel äldre serie');
      const value = published(c.value);
      const beaten = earlier.every(
        (y) => y.nki.kind === 'measured' && value - published(y.nki.value) >= NOTABLE_DELTA,
      );
      if (!uy || earlier.length < 2 || !beaten) fail('inget rekord i serien');
      if (earlier[0]?.year !== c.since) fail('fel startår');
      if (earlier.length !== c.beaten) fail('fel antal tidigare år');
      if (uy && uy.row.answers !== undefined && uy.row.answers < minRankedAnswers(c.year)) {
        fail('för få svar för ett rekord');
      }
      break;
    }
    case 'not-ranked': {
      const uy = d.byUnitYear.get(`${c.unit}:${c.year}`);
      const outcomes = [uy?.national, uy?.county].filter((o) => o?.kind === 'not-ranked');
      if (!outcomes.some((o) => o?.kind === 'not-ranked' && o.reason === c.reason))
        fail('skälet stämmer inte');
      break;
    }
    case 'missing': {
      const uy = d.byUnitYear.get(`${c.unit}:${c.year}`);
      const score =
        c.measure === 'nki' ? uy?.nki : uy?.areas.find((a) => a.area === c.measure)?.score;
      if (score !== undefined && score.kind !== 'missing') fail('värdet saknas inte');
      break;
    }
    case 'average': {
      const s = d.years.find((y) => y.year === c.year);
      const avg = c.measure === 'nki' ? s?.nkiAverage : s?.nuiAverage;
      if (!avg || avg.value !== c.value || (avg.basis === 'official') !== c.official)
        fail('snittet stämmer inte');
      if (avg && avg.basis === 'computed' && !s?.complete)
        fail('beräknat snitt ur ofullständig fil');
      break;
    }
    case 'participants': {
      const s = d.years.find((y) => y.year === c.year);
      if (!s?.complete) fail('deltagarantal ur ofullständig fil');
      if (
        s?.municipalitiesInFile !== c.municipalities ||
        s.forbundInFile !== c.forbund ||
        s.municipalitiesWithNki !== c.withNki
      )
        fail('antalet stämmer inte');
      break;
    }
    case 'series-break':
      if (!breaks(d, c.unit, 'nki', c.fromYear, c.toYear)) fail('inget seriebrott');
      break;
    case 'count':
      if (countOf(d, c) !== c.n) fail(`antalet ${c.what} stämmer inte`);
      break;
    case 'streak': {
      let n = 0;
      const years = d.years
        .map((y) => y.year)
        .filter((y) => y <= c.year)
        .reverse();
      for (const y of years) {
        const rank = rankIn(d, c.unit, 'national', y);
        if (!rank || rank.basis !== 'official' || rank.place > c.top) break;
        n += 1;
      }
      if (n !== c.years) fail(`raden är ${n} år`);
      break;
    }
    case 'newcomer': {
      const rec = d.records.find((r) => r.unit.code === c.unit);
      const before = (rec?.years ?? []).filter((y) => y.year < c.year).at(-1)?.year;
      if (before !== c.previousYear) fail('tidigare år stämmer inte');
      const earlierFiles = d.years.filter((y) => y.year < c.year);
      if (
        !d.years.find((y) => y.year === c.year)?.complete ||
        earlierFiles.some((y) => !y.complete)
      ) {
        fail('ny deltagare ur ofullständigt underlag');
      }
      break;
    }
    case 'basis': {
      // Straight from the file's row: the measure's answers and rate, and a shown result.
      const row = d.byUnitYear.get(`${c.unit}:${c.year}`)?.row;
      const from =
        c.measure === 'nki'
          ? { answers: row?.answers, rate: row?.responseRate }
          : c.measure === 'nui'
            ? { answers: row?.nuiAnswers, rate: undefined }
            : { answers: row?.areas[c.measure]?.answers, rate: undefined };
      if (valueOf(d, c.unit, c.measure, c.year) === undefined) fail('inget visat resultat');
      if (from.answers !== c.answers) fail('antalet svar stämmer inte');
      if (c.responseRate !== undefined && from.rate !== c.responseRate)
        fail('svarsfrekvensen stämmer inte');
      if (c.measure !== 'nki' && !(c.answers !== undefined && c.answers < THIN_BASE_ANSWERS))
        fail('inte ett tunt underlag');
      break;
    }
    case 'about':
      break;
  }
  return out;
}

/** Numbers, superlatives and verbs the claims do not carry. */
function wordsBeyondClaims(s: Sentence): string[] {
  const out: string[] = [];
  const allowed = new Set<number>();
  const about = s.claims.some((c) => c.kind === 'about');
  if (about) [100, 80, 79, 70, 69, 62].forEach((n) => allowed.add(n));
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
      return [
        c.year,
        c.since,
        published(c.value),
        c.beaten,
        ...c.olderSeriesYears,
        ...(c.year ? [SERIES_FROM[seriesOf(c.year)]] : []),
      ];
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

function valueOf(d: Derived, unit: string, measure: Measure, year: number): number | undefined {
  const uy = d.byUnitYear.get(`${unit}:${year}`);
  if (!uy) return undefined;
  const score =
    measure === 'nki'
      ? uy.nki
      : measure === 'nui'
        ? uy.nui
        : uy.areas.find((a) => a.area === measure)?.score;
  return score?.kind === 'measured' ? score.value : undefined;
}

function gradeOf(v: number): string {
  const r = published(v);
  return r >= 80 ? 'mycket-hogt' : r >= 70 ? 'hogt' : r >= 62 ? 'godkant' : 'lagt';
}

function breaks(
  d: Derived,
  unit: string | undefined,
  measure: Measure,
  from: number,
  to: number,
): boolean {
  const u = unit ? d.byUnitYear.get(`${unit}:${to}`) : undefined;
  if (measure === 'nki' && u?.unit.kind === 'forbund') {
    const areas = [from, to].flatMap(
      (y) =>
        d.byUnitYear
          .get(`${unit}:${y}`)
          ?.areas.filter((a) => a.score.kind === 'measured')
          .map((a) => a.area) ?? [],
    );
    return forbundNkiCrossesBreak(areas, from, to);
  }
  return crossesBreak(measure, from, to);
}

function outcomeIn(uy: UnitYear | undefined, list: List): RankOutcome | undefined {
  if (!uy) return undefined;
  if (list === 'national') return uy.national;
  if (list === 'county') return uy.county;
  if (list === 'larger') return uy.larger;
  if (list === 'peers') return uy.peers?.rank;
  if (list === 'nui') return uy.nuiRank;
  areaInfo(list);
  return uy.areas.find((a) => a.area === list)?.rank;
}

function rankIn(d: Derived, unit: string, list: List, year: number): Rank | undefined {
  const o = outcomeIn(d.byUnitYear.get(`${unit}:${year}`), list);
  return o?.kind === 'ranked' ? o.rank : undefined;
}

function sameRank(a: Rank, b: Rank): boolean {
  return a.place === b.place && a.basis === b.basis && a.tied === b.tied && a.outOf === b.outOf;
}

function unitsOf(d: Derived, year: number): UnitYear[] {
  return d.records.flatMap((r) =>
    r.years.filter((y) => y.year === year && y.unit.kind === 'kommun'),
  );
}

function groupSize(d: Derived, unit: string, list: List, year: number): number {
  const self = d.byUnitYear.get(`${unit}:${year}`);
  const county = self?.unit.kind === 'kommun' ? self.unit.countyCode : undefined;
  const group = self?.peers?.group.code;
  return unitsOf(d, year).filter(
    (u) =>
      outcomeIn(u, list)?.kind === 'ranked' &&
      (list !== 'county' || (u.unit.kind === 'kommun' && u.unit.countyCode === county)) &&
      (list !== 'peers' || u.peers?.group.code === group),
  ).length;
}

/**
 * A place or "bäst" in a kommungrupp: the group is the unit's group in the grouping the year uses
 * (reread from the reference, not from the derived standing), and the text names it.
 */
function peerProblems(d: Derived, c: Claim & { kind: 'place' | 'best' }, text: string): string[] {
  const out: string[] = [];
  const edition = peerEditionFor(c.year);
  const grouping = d.dataset.reference.peerGroupings?.find((g) => g.edition === edition);
  const code = grouping?.groupOf[c.unit];
  const group = grouping?.groups.find((g) => g.code === code);
  if (!group || c.group?.code !== code || c.group?.edition !== edition)
    out.push(`${c.kind}: fel kommungrupp`);
  else if (!text.includes(peerGroupWords(group.name)))
    out.push(`${c.kind}: kommungruppen ${group.name} nämns inte`);
  if (c.kind === 'place') {
    const members = grouping ? peerMembers(grouping, code ?? '') : [];
    const ranked = members.filter((m) => {
      const o = d.byUnitYear.get(`${m}:${c.year}`)?.peers?.rank;
      return o?.kind === 'ranked';
    });
    if (c.rank.outOf !== undefined && c.rank.outOf !== ranked.length)
      out.push(`place: kommungruppen har ${ranked.length} rankade`);
  }
  return out;
}

function previousYear(d: Derived, year: number): number | undefined {
  return d.years
    .map((y) => y.year)
    .filter((y) => y < year)
    .at(-1);
}

function biggestClimber(d: Derived, year: number): string | undefined {
  const prev = previousYear(d, year);
  if (prev === undefined || crossesBreak('nki', prev, year)) return undefined;
  if (isInBetweenYear(prev) !== isInBetweenYear(year)) return undefined;
  if (
    !d.years.find((y) => y.year === year)?.complete ||
    !d.years.find((y) => y.year === prev)?.complete
  )
    return undefined;
  const climbs = unitsOf(d, year).flatMap((u) => {
    const now = rankIn(d, u.unit.code, 'national', year);
    const before = rankIn(d, u.unit.code, 'national', prev);
    // SKR's places, or places computed from two complete lists: both of one kind.
    if (!now || !before || now.basis !== before.basis) return [];
    if (now.basis === 'computed' && (now.outOf === undefined || before.outOf === undefined))
      return [];
    if (now.outOf !== undefined && now.place >= now.outOf) return [];
    return [{ code: u.unit.code, climbed: before.place - now.place }];
  });
  const best = Math.max(0, ...climbs.map((c) => c.climbed));
  const top = climbs.filter((c) => c.climbed === best && best > 0);
  return top.length === 1 ? top[0]!.code : undefined;
}

function countOf(d: Derived, c: Claim & { kind: 'count' }): number {
  if (c.what === 'ranked-in-county') {
    return unitsOf(d, c.year).filter(
      (u) =>
        u.unit.kind === 'kommun' && u.unit.countyCode === c.county && u.county?.kind === 'ranked',
    ).length;
  }
  const prev = previousYear(d, c.year);
  if (prev !== c.fromYear || prev === undefined) return -1;
  const deltas = unitsOf(d, c.year).flatMap((u) => {
    const from = valueOf(d, u.unit.code, 'nki', prev);
    const to = valueOf(d, u.unit.code, 'nki', c.year);
    if (from === undefined || to === undefined || crossesBreak('nki', prev, c.year)) return [];
    return [published(to) - published(from)];
  });
  if (c.what === 'comparable') return deltas.length;
  return deltas.filter((x) => (c.what === 'risers' ? x >= 2 : x <= -2)).length;
}

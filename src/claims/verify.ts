/**
 * Re-checks a sentence against the derived model: every claim it carries must hold in the data
 * and be a valid comparison, and its words must not say more than its claims (a number, a
 * superlative, a climb or a baseline the claims do not carry). Used by the claim tests over every
 * page that says something: the unit releases, the year, county, area and home pages and the tip
 * sheet, of the example site and of the real data.
 *
 * The checks recompute from the model's records and summaries rather than reuse the content
 * rules' results, so a wrong rule in claims/unit.ts or lib/highlights.ts shows up here.
 */
import { minRankedAnswers, NOTABLE_DELTA, published, THIN_BASE_ANSWERS } from '../lib/rules';
import type { Derived } from '../lib/model';
import { isInBetweenYear, SERIES_AREAS, SERIES_FROM, seriesOf } from '../lib/series';
import type { Claim, Sentence } from './types';
import {
  areaExtreme,
  areaMeanOf,
  biggestClimber,
  breaks,
  countOf,
  gradeOf,
  groupSize,
  peerProblems,
  rankIn,
  sameRank,
  valueOf,
} from './verify-facts';
import { wordsBeyondClaims } from './verify-words';

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

/**
 * Claims a page shows without a sentence of its own (a table cell such as the home page's "Bäst i
 * länet"): each must hold in the data as the same claim in a sentence would.
 */
export function verifyClaims(derived: Derived, claims: readonly Claim[]): string[] {
  return claims.flatMap((c) => verifyClaim(derived, c, undefined));
}

/** Problems with one sentence; empty when it holds. */
export function verifySentence(derived: Derived, s: Sentence): string[] {
  const problems = s.claims.flatMap((c) => verifyClaim(derived, c, s.text));
  problems.push(...wordsBeyondClaims(s));
  return problems.map((p) => `${p} — "${s.text}"`);
}

function verifyClaim(d: Derived, c: Claim, text: string | undefined): string[] {
  const out: string[] = [];
  // A claim shown in a table cell has no sentence: what a sentence must say is not asked of it.
  const says = (w: string | RegExp) =>
    text === undefined || (typeof w === 'string' ? text.includes(w) : w.test(text));
  const t = text ?? '';
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
      if (c.acrossBreak && !says(/seriebrott|rakt av/)) fail('seriebrottet sägs inte');
      if ((c.acrossBreak || c.fromYear !== c.toYear - 1) && !says(String(c.fromYear))) {
        fail(`jämförelseåret ${c.fromYear} nämns inte`);
      }
      break;
    }
    case 'place': {
      const rank = rankIn(d, c.unit, c.list, c.year);
      if (!rank || !sameRank(rank, c.rank)) fail('placeringen stämmer inte');
      if (c.rank.basis === 'computed' && !c.noted && !says('beräkna')) fail('beräknad sägs inte');
      if (c.noted && c.rank.basis !== 'computed') fail('en SKR-placering märkt som beräknad');
      if (isInBetweenYear(c.year) && /i landet|landets/.test(t))
        fail('mellanårets lista kallas landet');
      if (c.rank.tied && !says(/delad/)) fail('delad placering sägs inte');
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
      if ((c.acrossBreak || c.fromYear !== c.toYear - 1) && !says(String(c.fromYear))) {
        fail(`jämförelseåret ${c.fromYear} nämns inte`);
      }
      const climbed = c.from.place - c.to.place;
      if (
        /klättrar/.test(t) &&
        (climbed <= 0 || (c.to.outOf !== undefined && c.to.place >= c.to.outOf))
      ) {
        fail('klättrar utan att klättra');
      }
      if (/tappar/.test(t) && climbed >= 0) fail('tappar utan att tappa');
      if (c.toLast && (c.to.outOf === undefined || c.to.place < c.to.outOf))
        fail('inte sista plats');
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
    case 'area-extreme': {
      const winner = areaExtreme(d, c.unit, c.year, c.direction);
      if (winner?.area !== c.area || winner.fromYear !== c.fromYear)
        fail(`inte kommunens ${c.direction === 'up' ? 'största ökning' : 'största minskning'}`);
      break;
    }
    case 'area-average': {
      const mean = areaMeanOf(d, c.area, c.year);
      if (mean === undefined || Math.abs(mean - c.value) > 1e-9) fail('snittet stämmer inte');
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
      if (c.seriesFrom !== SERIES_FROM[seriesOf(c.year)]) fail('fel startår för serien');
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
      if (
        c.areas &&
        (c.areas.from !== SERIES_AREAS[seriesOf(c.fromYear)].length ||
          c.areas.to !== SERIES_AREAS[seriesOf(c.toYear)].length)
      )
        fail('antalet områden stämmer inte');
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

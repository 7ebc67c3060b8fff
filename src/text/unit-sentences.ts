/**
 * The body sentences of a unit's release about NKI totalt: its change (or the series break that
 * prevents one), its record, and its places. Each claim is told once: `used` holds what the
 * headline and lede already said.
 */
import type { UnitStory } from '../claims/unit';
import type { PeerStory, PlaceStory } from '../claims/unit-places';
import { peerGroupWords } from './peer-words';
import { genitive } from './names';
import { largerWords } from './rule-words';
import { isNotableDelta } from '../claims/notable';
import { sentence, type Claim, type Sentence } from '../claims/types';
import type { NotRankedReason } from '../lib/model';
import { capitalize, countNoun, countWord, formatIndex, formatNumber, joinList } from './format';
import {
  Referrer,
  baseline,
  baselineAfterNumber,
  countryWords,
  outOf,
  placeNumber,
  placeWords,
  since,
} from './words';

/** The NKI change from the previous result, or why it cannot be read as one. */
export function changeSentences(s: UnitStory, used: Set<Claim>, ref: Referrer): Sentence[] {
  const c = s.nkiChange;
  if (!c || used.has(c)) return [];
  used.add(c);
  if (c.acrossBreak && s.seriesBreak) {
    if (s.isForbund) {
      return [
        sentence(
          `Förbundets index bygger ${c.toYear} inte på samma områden som ${c.fromYear}, då det var ${formatIndex(c.from)}, eftersom områdena i NKI totalt ändrades däremellan. Indexen kan därför inte jämföras rakt av.`,
          c,
          s.seriesBreak,
        ),
      ];
    }
    const { from: then, to: now } = s.seriesBreak.areas;
    return [
      sentence(
        `NKI totalt bygger ${c.toYear} på ${countWord(now)} myndighetsområden mot ${countWord(then)} ${c.fromYear}, så årets index kan inte jämföras rakt av med ${c.fromYear} års ${formatIndex(c.from)}.`,
        c,
        s.seriesBreak,
      ),
    ];
  }
  const when = baseline(c.fromYear, c.toYear);
  if (isNotableDelta(c.delta)) {
    const verb = c.delta > 0 ? 'ökar' : 'sjunker';
    return [
      sentence(
        `Jämfört med ${when} ${verb} indexet med ${formatNumber(Math.abs(c.delta))} enheter, från ${formatIndex(c.from)}.`,
        c,
      ),
    ];
  }
  if (c.delta === 0) {
    return [
      sentence(`${capitalize(ref.next())} har samma index som ${when}, ${formatIndex(c.to)}.`, c),
    ];
  }
  return [
    sentence(
      `${capitalize(when === 'förra året' ? 'förra året' : `år ${when}`)} var indexet ${formatIndex(c.from)}, så resultatet är i stort sett oförändrat.`,
      c,
    ),
  ];
}

/** The unit's own record, over its whole history, when the headline did not already say it. */
export function recordSentence(s: UnitStory, used: Set<Claim>): Sentence[] {
  const r = s.record;
  if (!r) return [];
  // A headline that gave the record still leaves the older series to be named here.
  const toldAlready = used.has(r);
  if (toldAlready && r.olderSeriesYears.length === 0) return [];
  used.add(r);
  // The record counts only results with the same areas; older ones are named, not compared.
  // "Högsta sedan 2016" would say 2016 was as high: the start of the count is said as such.
  // The break to the last older result counts the areas on both sides (src/claims/unit.ts).
  const older = r.olderSeriesYears;
  const olderBreak = older.length > 0 ? s.recordBreak : undefined;
  const olderWords = !olderBreak
    ? ''
    : ` ${older.length === 1 ? 'Resultatet' : 'Resultaten'} ${joinList(older.map(String))}, med ${countWord(olderBreak.areas.from)} områden, räknas inte med.`;
  const measured = countNoun(r.beaten + 1, 'mätning');
  const record = toldAlready
    ? olderWords.trim()
    : olderBreak
      ? `Det är ${genitive(s.shortName)} högsta NKI sedan NKI totalt fick ${countWord(olderBreak.areas.to)} områden ${r.seriesFrom}.${olderWords}`
      : `Det är ${genitive(s.shortName)} högsta NKI hittills, bland ${measured} från och med ${r.since}.`;
  return [sentence(record, r, ...(olderBreak ? [olderBreak] : []))];
}

/** National, county, larger-municipality and kommungrupp places; the reason when the unit is not ranked. */
export function placeSentences(s: UnitStory, used: Set<Claim>, ref: Referrer): Sentence[] {
  const out: Sentence[] = [];
  if (s.notRanked) {
    out.push(notRankedSentence(s, s.notRanked.reason, s.notRanked, ref));
    return out;
  }
  const across = [s.national, s.county].find(
    (p) => p?.seriesBreak && p.move && !used.has(p.move),
  )?.seriesBreak;
  if (across) {
    // The caveat comes before the places it qualifies.
    out.push(
      sentence(
        `Placeringarna ${across.toYear} bygger på andra områden än ${across.fromYear}, så jämförelsen går över ett seriebrott.`,
        across,
      ),
    );
  }
  const scope = countryWords(s.year);
  const national = s.national && placeSentence(scope, s.national, used, ref);
  if (national) out.push(national);
  const county = s.county && placeSentence(`i ${s.countyName}`, s.county, used, ref);
  if (county) out.push(county);
  const larger =
    s.larger && placeSentence(`bland kommunerna med ${largerWords()}`, s.larger, used, ref);
  if (larger) out.push(larger);
  const peers = s.peers && peerSentence(s.peers, used, ref);
  if (peers) out.push(peers);
  return out;
}

/**
 * The place among the kommungrupp, named as SKR words it: "Bland landsbygdskommuner hamnar Kalix
 * på plats 3 av 21." or "Kalix är bäst av 16 i sin kommungrupp (landsbygdskommuner)."
 */
export function peerSentence(p: PeerStory, used: Set<Claim>, ref: Referrer): Sentence | undefined {
  if (used.has(p.place)) return undefined;
  used.add(p.place);
  const group = peerGroupWords(p.groupName);
  const where = placeWords(p.place.rank, p.place.noted);
  if (p.best && !used.has(p.best)) {
    used.add(p.best);
    const rank = p.place.rank;
    const computed = rank.basis === 'computed' && !p.place.noted ? ' (beräknad placering)' : '';
    // One parenthesis at most: the label, when there is one, follows the group's name.
    const named = computed ? `, ${group}${computed}` : ` (${group})`;
    return sentence(
      `${capitalize(ref.next())} är bäst${outOf(rank)} i sin kommungrupp${named}.`,
      p.best,
      p.place,
    );
  }
  return sentence(`Bland ${group} hamnar ${ref.next()} på ${where}.`, p.place);
}

/** One list: "I landet klättrar Kalix från plats 114 till plats 2 av 179." */
export function placeSentence(
  scope: string,
  p: PlaceStory,
  used: Set<Claim>,
  ref: Referrer,
): Sentence | undefined {
  const claims = [p.place, p.move, p.best].filter(
    (c): c is NonNullable<typeof c> => c !== undefined && !used.has(c),
  );
  if (claims.length === 0) return undefined;
  claims.forEach((c) => used.add(c));
  const rank = p.place.rank;
  const Scope = capitalize(scope);
  const move = p.move && claims.includes(p.move) ? p.move : undefined;
  if (p.best && claims.includes(p.best)) {
    const told = move && move.from.place !== 1 ? move : undefined;
    const after = told
      ? `, efter ${placeNumber(told.from)} ${told.acrossBreak ? `år ${told.fromYear}` : baselineAfterNumber(told.fromYear, told.toYear)}`
      : '';
    const computedBest = rank.basis === 'computed' && !p.place.noted ? ' (beräknad placering)' : '';
    const extra: Claim[] = told ? [told] : [];
    if (move && !told) used.delete(move);
    return sentence(
      `${Scope} är ${ref.next()} bäst${outOf(rank)}${computedBest}${after}.`,
      p.best,
      p.place,
      ...extra,
    );
  }
  if (!move)
    return sentence(
      `${Scope} hamnar ${ref.next()} på ${placeWords(rank, p.place.noted)}.`,
      p.place,
    );
  const computed = rank.basis === 'computed' && !p.place.noted ? ' (beräknade placeringar)' : '';
  const breakNote = '';
  const climbed = move.from.place - move.to.place;
  // Across a break the year is named even when it is last year.
  const when = move.acrossBreak
    ? `jämfört med ${move.fromYear}`
    : since(move.fromYear, move.toYear);
  if (climbed === 0) {
    return sentence(
      `${Scope} hamnar ${ref.next()} på ${placeNumber(rank)}${outOf(rank)}, samma placering som ${move.acrossBreak ? move.fromYear : baseline(move.fromYear, move.toYear)}${computed}.${breakNote}`,
      move,
      p.place,
    );
  }
  // "klättrar" only for a real climb, never into the last place of a shorter list.
  // Across a series break the lists differ, so the move is told without "klättrar"/"tappar".
  const verb = move.acrossBreak
    ? 'går'
    : climbed > 0
      ? move.toLast
        ? 'går'
        : 'klättrar'
      : 'tappar';
  return sentence(
    `${Scope} ${verb} ${ref.next()} från ${placeNumber(move.from)} till ${placeNumber(rank)}${outOf(rank)} ${when}${computed}.${breakNote}`,
    move,
    p.place,
  );
}

const NOT_RANKED_BECAUSE: Record<NotRankedReason, string> = {
  'no-result': 'det inte finns något NKI totalt',
  'too-few-answers': 'antalet svar är under gränsen för rankning',
  'low-response-rate': 'svarsfrekvensen är under gränsen för rankning',
  'missing-mandatory-area': 'resultat saknas i minst ett av de obligatoriska områdena',
  'not-ranked-by-skr': '',
  'not-a-municipality': 'bara kommuner rankas',
};

function notRankedSentence(
  s: UnitStory,
  reason: NotRankedReason,
  claim: Claim,
  ref: Referrer,
): Sentence {
  if (reason === 'not-ranked-by-skr') {
    // "Not ranked because SKR did not rank it" would be circular: say what the file shows.
    return sentence(
      `${capitalize(ref.next())} finns med i resultatfilen men har ingen placering i SKR:s rankning ${s.year}; filen anger inte varför.`,
      claim,
    );
  }
  return sentence(
    `${capitalize(ref.next())} deltar i mätningen men finns inte med i rankningen ${s.year}, eftersom ${NOT_RANKED_BECAUSE[reason]}.`,
    claim,
  );
}

/**
 * The press kit of a unit's release (issue 22): a headline of at most 40 characters, as TT's
 * guide for press material asks, and a "notis" of 2–4 sentences. Both are made of the release's
 * own claims: the short headline says the angle's claim with fewer words and the short name, the
 * notis takes the headline fact, the index and one baseline from the release's sentences and ends
 * with the source line. Nothing here decides content; claims/unit.ts did.
 */
import type { UnitStory } from '../claims/unit';
import { sentence, type Claim, type Sentence } from '../claims/types';
import { areaInfo } from '../lib/areas';
import { countWord, formatIndex, formatNumber, gradeLabel, ordinal } from './format';
import type { PressKit } from './types';

/** TT's limit for a headline, in characters. */
export const SHORT_HEADLINE_MAX = 40;

/** Sentences of the notis at most; the source line follows them. */
const NOTIS_SENTENCES = 4;

/**
 * The press kit of a release: `head` and `lede` as the release wrote them, `rest` the body's
 * sentences (where a record's older series is named when the headline gave the record).
 */
export function pressKit(
  s: UnitStory,
  head: Sentence,
  lede: readonly Sentence[],
  rest: readonly Sentence[],
): PressKit {
  return { headline: shortHeadline(s, head), notis: notis(s, head, lede, rest) };
}

/** The first candidate that fits in 40 characters, else the shortest (a long förbund name). */
function fit(candidates: readonly [string, ...string[]], ...claims: [Claim, ...Claim[]]): Sentence {
  const text =
    candidates.find((c) => c.length <= SHORT_HEADLINE_MAX) ??
    [...candidates].sort((a, b) => a.length - b.length)[0]!;
  return sentence(text, ...claims);
}

/** " sedan 2018" when the comparison is not with last year. */
function sinceYear(c: { fromYear: number; toYear: number }): string {
  return c.fromYear === c.toYear - 1 ? '' : ` sedan ${c.fromYear}`;
}

/** "Kalix näst bäst i landet", "Boden bäst i Sverige", "Huddinge tappar i NKI". */
export function shortHeadline(s: UnitStory, head: Sentence): Sentence {
  const name = s.shortName;
  switch (s.angle) {
    case 'top-three':
    case 'top-ten': {
      const place = s.national!.place;
      const rank = place.rank;
      const shared = rank.tied ? 'delad ' : '';
      if (s.inBetween) {
        // 2015's short list is never "landet": its count and year say what it is.
        const of = rank.outOf !== undefined ? ` av ${formatNumber(rank.outOf)}` : '';
        return fit(
          rank.place === 1 && !rank.tied
            ? [`${name} bäst${of} kommuner ${s.year}`, `${name} bäst${of} ${s.year}`]
            : [
                `${name} på ${shared}plats ${rank.place}${of} ${s.year}`,
                `${name} ${shared}${rank.place}:a${of} ${s.year}`,
              ],
          place,
        );
      }
      if (rank.tied) {
        return fit(
          [
            `${name} på delad ${ordinal(rank.place)} plats i landet`,
            `${name} delad ${rank.place}:a i landet`,
          ],
          place,
        );
      }
      if (rank.place === 1) return fit([`${name} bäst i Sverige`], place);
      if (rank.place === 2) return fit([`${name} näst bäst i landet`], place);
      if (rank.place <= 3) return fit([`${name} ${ordinal(rank.place)} bäst i landet`], place);
      return fit(
        [
          `${name} på ${ordinal(rank.place)} plats i landet`,
          `${name} ${ordinal(rank.place)} i landet`,
        ],
        place,
      );
    }
    case 'big-fall': {
      const move = s.national?.move;
      if (move && move.to.place - move.from.place >= 30) {
        const since = sinceYear(move);
        return fit(
          [
            `${name} tappar till plats ${formatNumber(move.to.place)}${since}`,
            `${name} tappar placeringar${since}`,
            `${name} tappar${since}`,
          ],
          move,
        );
      }
      const c = s.nkiChange!;
      return fit([`${name} tappar i NKI${sinceYear(c)}`, `${name}: lägre NKI${sinceYear(c)}`], c);
    }
    case 'fall': {
      const c = s.nkiChange!;
      return fit([`${name} tappar i NKI${sinceYear(c)}`, `${name}: lägre NKI${sinceYear(c)}`], c);
    }
    case 'biggest-climber':
      return fit([`${name} klättrar mest i landet`], s.biggestClimber!);
    case 'best-in-county': {
      const best = s.county!.best!;
      const few =
        s.countyMunicipalities !== undefined && best.groupSize * 2 < s.countyMunicipalities;
      const county = s.countyName!;
      return fit(
        few
          ? [
              `${name} bäst av ${countWord(best.groupSize, 'en')} i ${county}`,
              `${name} bäst av ${countWord(best.groupSize, 'en')} i länet`,
            ]
          : [`${name} bäst i ${county}`, `${name} bäst i länet`],
        best,
      );
    }
    case 'best-among-larger':
      return fit(
        [`${name} bäst bland större kommuner`, `${name} bäst av de större`],
        s.larger!.best!,
      );
    case 'big-climb': {
      const move = s.national!.move!;
      const n = formatNumber(move.from.place - move.to.place);
      const since = sinceYear(move);
      return fit(
        [
          `${name} klättrar ${n} placeringar${since}`,
          `${name} klättrar ${n} platser${since}`,
          `${name} upp ${n} platser${since}`,
          `${name} klättrar${since}`,
        ],
        move,
      );
    }
    case 'record': {
      const r = s.record!;
      return fit(
        [`${name} når sitt högsta NKI: ${formatIndex(r.value)}`, `${name} når sitt högsta NKI`],
        r,
      );
    }
    case 'rise': {
      const c = s.nkiChange!;
      const since = sinceYear(c);
      return fit(
        [
          `${name} höjer sitt NKI till ${formatIndex(c.to)}${since}`,
          `${name} höjer sitt NKI${since}`,
        ],
        c,
      );
    }
    case 'plain': {
      const grade = s.nki!.grade;
      if (!grade) return fit([`${name} får NKI ${formatIndex(s.nki!.value.value)}`], s.nki!.value);
      return fit(
        grade.grade === 'godkant'
          ? [`${name} får godkänt av företagen`, `${name} får godkänt`]
          : [`${name} får ${gradeLabel(grade.grade)} betyg`],
        grade,
      );
    }
    case 'no-result': {
      const grade = head.claims.find((c) => c.kind === 'grade');
      if (grade?.kind === 'grade') {
        const area = areaInfo(grade.measure as Parameters<typeof areaInfo>[0]);
        const label = grade.grade === 'godkant' ? 'godkänt' : `${gradeLabel(grade.grade)} betyg`;
        const graded = [
          `${name} får ${label} för ${area.inSentence}`,
          `${name}: ${label} för ${area.inSentence}`,
        ] as const;
        const value = s.areas.find((a) => a.area === area.id)?.value;
        if (!value || graded.some((x) => x.length <= SHORT_HEADLINE_MAX)) return fit(graded, grade);
        // A long area's name leaves no room for the grade's words: its index instead.
        const index = formatIndex(value.value);
        return fit(
          [`${name} får ${index} för ${area.inSentence}`, `${name}: ${area.inSentence} ${index}`],
          value,
        );
      }
      return fit([`${name} i Insikt ${s.year}`], head.claims[0], ...head.claims.slice(1));
    }
  }
}

/** A sentence and the notes that explain it ("Placeringarna är beräknade här …"). */
type Group = Sentence[];

const isNote = (x: Sentence) =>
  x.claims.some(
    (c) => c.kind === 'about' && (c.topic === 'computed-places' || c.topic === 'in-between'),
  );

function groups(list: readonly Sentence[]): Group[] {
  const out: Group[] = [];
  for (const x of list) {
    if (isNote(x) && out.length > 0) out.at(-1)!.push(x);
    else out.push([x]);
  }
  return out;
}

/**
 * The notis: the headline fact, the index and a baseline, as the lede said them (the lede opens
 * with the index and gives the angle's context), then the source. When the lede does not carry
 * the headline's claim (a county's best, a record, a grade), the headline leads as a sentence.
 */
function notis(
  s: UnitStory,
  head: Sentence,
  lede: readonly Sentence[],
  rest: readonly Sentence[],
): Sentence[] {
  const headClaims = new Set<Claim>(head.claims);
  const carriesHead = (x: Sentence) => x.claims.some((c) => headClaims.has(c));
  const chosen: Sentence[] = [];
  if (!lede.some(carriesHead)) {
    chosen.push(sentence(`${head.text}.`, ...head.claims));
    // A record's older series must be named wherever the record is told.
    const older = rest.find((x) => x.claims.some((c) => c.kind === 'record' && headClaims.has(c)));
    if (s.record && s.record.olderSeriesYears.length > 0 && older) chosen.push(older);
  }
  for (const g of groups(lede)) {
    if (chosen.length + g.length > NOTIS_SENTENCES) continue;
    chosen.push(...g);
  }
  // A lede of one sentence (a rise told with its numbers): the national place follows it.
  if (chosen.length < 2) {
    const later = groups(rest);
    const place = later.find((g) =>
      g[0]!.claims.some(
        (c) => (c.kind === 'place' || c.kind === 'place-change') && c.list === 'national',
      ),
    );
    const next = place ?? later.find((g) => !g.some((x) => chosen.includes(x)));
    if (next && chosen.length + next.length <= NOTIS_SENTENCES) chosen.push(...next);
  }
  return chosen;
}

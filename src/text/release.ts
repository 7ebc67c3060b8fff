/**
 * The press release for one unit and year, in the manner of the seeds (../shared/seeds): the
 * headline carries the strongest true angle, the lede explains it, the body tells each remaining
 * fact once with its baseline, and a short "Om Insikt" paragraph closes. Content comes from
 * claims/unit.ts; this module only words claims.
 */
import { unitStory, type UnitStory } from '../claims/unit';
import { sentence, type Claim, type Sentence } from '../claims/types';
import { areaInfo } from '../lib/areas';
import type { Derived } from '../lib/model';
import {
  capitalize,
  countWord,
  formatIndex,
  formatNumber,
  gradeLabel,
  ordinal,
  roundIndex,
  superlativePrefix,
} from './format';
import { aboutSentences } from './about';
import { areaSentences, nuiSentences } from './area-text';
import { composeMethod } from './method';
import { changeSentences, placeSentences, recordSentence } from './unit-sentences';
import { nounFor } from './names';
import { pressKit } from './press-kit';
import { heading, paragraph, type Block, type Release } from './types';
import {
  Referrer,
  baseline,
  baselineAfterNumber,
  placeWords,
  outOf as outOfText,
  placeNumber,
  variant,
} from './words';

// The page, its share card and two feeds all need the same release: compose it once.
const memo = new WeakMap<Derived, Map<string, Release>>();

/** Composes the release; throws when the unit has no result for the year. Do not mutate it. */
export function composeRelease(derived: Derived, unitCode: string, year: number): Release {
  let byKey = memo.get(derived);
  if (!byKey) memo.set(derived, (byKey = new Map()));
  const key = `${unitCode}:${year}`;
  let release = byKey.get(key);
  if (!release) byKey.set(key, (release = writeRelease(unitStory(derived, unitCode, year))));
  return release;
}

/** Words a story; `used` holds the claims already told, so nothing is said twice. */
export function writeRelease(s: UnitStory): Release {
  const used = new Set<Claim>();
  const ref = new Referrer(s.shortName, noun(s), !s.isForbund);
  const head = headline(s);
  head.claims.forEach((c) => used.add(c));
  const notes = new Notes(s);
  const lede = notes.after(ledeSentences(s, used));

  const body: Block[] = [];
  const sentences: Sentence[] = [head, ...lede];
  const add = (title: string | undefined, list: Sentence[]) => {
    if (list.length === 0) return;
    const noted = notes.after(list);
    if (title) body.push(heading(title));
    body.push(paragraph(noted));
    sentences.push(...noted);
  };
  add(undefined, [...changeSentences(s, used, ref), ...recordSentence(s, used)]);
  add('Placeringar', placeSentences(s, used, ref));
  add('Myndighetsområden', areaSentences(s, used, ref));
  add('Upphandling', nuiSentences(s, used, ref));
  add('Om Insikt', aboutSentences(s, used));

  const method = composeMethod(s);
  return {
    headline: head.text,
    lede: lede.map((x) => x.text).join(' '),
    body,
    method,
    sentences,
    source: s.source,
    press: pressKit(s, head, lede, sentences.slice(1 + lede.length)),
  };
}

/**
 * What a release explains once, right after the first sentence that needs it, instead of after
 * every place: that the places are computed, and what the in-between year 2015 was.
 */
class Notes {
  private computedSaid = false;
  private inBetweenSaid = false;
  constructor(private readonly s: UnitStory) {}

  after(list: Sentence[]): Sentence[] {
    const out: Sentence[] = [];
    for (const x of list) {
      out.push(x);
      const places = x.claims.filter((c) => c.kind === 'place' || c.kind === 'place-change');
      if (places.length === 0) continue;
      if (this.s.inBetween && !this.inBetweenSaid) {
        this.inBetweenSaid = true;
        out.push(inBetweenSentence(this.s));
      }
      if (!this.computedSaid && places.some((c) => 'noted' in c && c.noted)) {
        this.computedSaid = true;
        out.push(
          sentence(
            'Placeringarna är beräknade här ur de oavrundade indexen, eftersom underlaget saknar SKR:s egna placeringar.',
            { kind: 'about', topic: 'computed-places', year: this.s.year },
          ),
        );
      }
    }
    return out;
  }
}

/** 2015 in one sentence: its short list is not the national ranking of other years. */
function inBetweenSentence(s: UnitStory): Sentence {
  return sentence(
    `${s.year} var ett mellanår i Insikt, då bara en del av kommunerna mättes, så placeringarna gäller bara dem och kan inte jämföras med andra års.`,
    { kind: 'about', topic: 'in-between', year: s.year },
  );
}

function headline(s: UnitStory): Sentence {
  const name = s.name;
  const n = s.national;
  const key = `${s.code}:headline`;
  switch (s.angle) {
    case 'top-three':
    case 'top-ten': {
      const place = n!.place;
      const rank = place.rank;
      if (s.inBetween) {
        // 2015's list is the in-between year's, not the country's: the count says how short.
        const count = outOfText(rank);
        return sentence(
          rank.place === 1 && !rank.tied
            ? `${name} bäst${count} kommuner i Insikt ${s.year}`
            : `${name} på ${rank.tied ? 'delad ' : ''}${ordinal(rank.place)} plats${count} kommuner i Insikt ${s.year}`,
          place,
        );
      }
      if (s.angle === 'top-three') {
        return sentence(
          `${name} har landets ${superlativePrefix(rank.place)}mest nöjda kunder`,
          place,
        );
      }
      const shared = rank.tied ? 'delad ' : '';
      return sentence(
        variant(key, [
          `${name} på ${shared}${ordinal(rank.place)} plats i landet`,
          `${name} bland de tio bästa i landet`,
        ] as const),
        place,
      );
    }
    case 'big-fall': {
      const move = n?.move;
      if (move && move.to.place - move.from.place >= 30) {
        // A fall told plainly, and fairly: a result still high is said in the same breath.
        const grade = s.nki?.grade;
        const still =
          grade && (grade.grade === 'hogt' || grade.grade === 'mycket-hogt')
            ? ` men har fortfarande ${gradeLabel(grade.grade)} betyg`
            : '';
        return sentence(
          `${name} tappar från plats ${formatNumber(move.from.place)} till ${formatNumber(move.to.place)}${sinceYear(move)}${still}`,
          ...((still ? [move, grade!] : [move]) as [Claim, ...Claim[]]),
        );
      }
      const c = s.nkiChange!;
      return sentence(
        `NKI sjunker från ${formatIndex(c.from)} till ${formatIndex(c.to)} för ${name}${sinceYear(c)}`,
        c,
      );
    }
    case 'fall': {
      const c = s.nkiChange!;
      const some = Math.abs(c.delta) < 5 ? 'något ' : '';
      return sentence(`Företagen ${some}mindre nöjda med ${name}${sinceYear(c)}`, c);
    }
    case 'biggest-climber':
      return sentence(`${name} klättrar mest i landet`, s.biggestClimber!);
    case 'best-in-county': {
      // Among fewer than half of the county's municipalities, the count is in the headline.
      const best = s.county!.best!;
      const few =
        s.countyMunicipalities !== undefined && best.groupSize * 2 < s.countyMunicipalities;
      return sentence(
        few
          ? `${name} bäst av ${countWord(best.groupSize, 'en')} kommuner i ${s.countyName}`
          : `${name} bäst i ${s.countyName}`,
        best,
      );
    }
    case 'best-among-larger':
      return sentence(`${name} bäst bland de större kommunerna`, s.larger!.best!);
    case 'big-climb': {
      const move = n!.move!;
      return sentence(
        `${name} klättrar ${formatNumber(move.from.place - move.to.place)} placeringar i landet${sinceYear(move)}`,
        move,
      );
    }
    case 'record': {
      // "Högsta sedan 2016" would say 2016 was as high: the count's start is said as such.
      const r = s.record!;
      const words =
        r.olderSeriesYears.length > 0
          ? `${name} når sitt högsta NKI sedan omläggningen ${r.seriesFrom}: ${formatIndex(r.value)}`
          : `${name} når sitt högsta NKI hittills: ${formatIndex(r.value)}`;
      return sentence(words, r);
    }
    case 'rise': {
      const c = s.nkiChange!;
      return sentence(
        variant(key, [
          `Företagen mer nöjda med ${name}${sinceYear(c)}`,
          `${name} höjer sitt NKI till ${formatIndex(c.to)}${sinceYear(c)}`,
        ] as const),
        c,
      );
    }
    case 'plain': {
      const grade = s.nki!.grade;
      if (!grade)
        return sentence(`${name} får NKI ${formatIndex(s.nki!.value.value)}`, s.nki!.value);
      const label = gradeLabel(grade.grade);
      const words =
        grade.grade === 'godkant'
          ? `${name} får godkänt av företagen`
          : variant(key, [
              `${name} får ${label} betyg av företagen`,
              `Företagen ger ${name} ${label} betyg`,
            ] as const);
      return sentence(words, grade);
    }
    case 'no-result': {
      const a = leadArea(s);
      if (!a)
        return sentence(`${name} i Insikt ${s.year}`, {
          kind: 'about',
          topic: 'insikt',
          year: s.year,
        });
      const label =
        a.grade!.grade === 'godkant' ? 'godkänt' : `${gradeLabel(a.grade!.grade)} betyg`;
      return sentence(`${name} får ${label} för ${areaInfo(a.area).inSentence}`, a.grade!);
    }
  }
}

/**
 * The lede: the index, opened to fit the news (a place, a fall, a rise), and the context of the
 * angle. The grade is given where it says something the headline did not: not beside a top place.
 */
function ledeSentences(s: UnitStory, used: Set<Claim>): Sentence[] {
  const nki = s.nki;
  if (!nki) {
    // No NKI totalt: a municipality's page says why it can have none; a förbund for one area
    // never has one. The lede gives the strongest area's index instead.
    const out: Sentence[] = [];
    const a = leadArea(s);
    if (a) {
      used.add(a.value!);
      out.push(
        sentence(
          `Företagen ger ${s.name} ${formatIndex(a.value!.value)} av 100 för ${areaInfo(a.area).inSentence} i SKR:s mätning Insikt för ${s.year}.`,
          a.value!,
        ),
      );
    }
    if (!s.isForbund) {
      out.push(
        sentence(
          `Underlaget har inget NKI totalt för ${a ? noun(s) : s.name} ${s.year}; det redovisas bara när tillräckligt många företag har svarat.`,
          { kind: 'missing', unit: s.code, measure: 'nki', year: s.year, reason: 'no-result' },
        ),
      );
    }
    return out;
  }
  const out: Sentence[] = [];
  const index = formatIndex(nki.value.value);
  const move = s.national?.move;
  const c = s.nkiChange;
  // A change the headline named without its numbers is given here, with them.
  const readable = c && !c.acrossBreak && Math.abs(c.delta) >= 2 ? c : undefined;
  used.add(nki.value);
  if (nki.grade) used.add(nki.grade);

  switch (s.angle) {
    case 'top-three':
    case 'top-ten': {
      // The seeds' manner: the place with its count, then where the unit came from.
      out.push(
        sentence(
          `${s.name} får ${index} av 100 i Nöjd Kund Index (NKI) i SKR:s mätning Insikt för ${s.year}.`,
          nki.value,
        ),
      );
      const place = s.national!.place;
      const from =
        move && !move.acrossBreak
          ? move.from.place === move.to.place && !move.from.tied
            ? `, samma placering som ${baseline(move.fromYear, move.toYear)}`
            : `, efter ${placeNumber(move.from)} ${baselineAfterNumber(move.fromYear, move.toYear)}`
          : '';
      const claims: [Claim, ...Claim[]] = from ? [place, move!] : [place];
      const where = s.inBetween ? ` bland kommunerna i mätningen ${s.year}` : ' i landet';
      out.push(
        sentence(
          `Det ${place.rank.place === 1 && !place.rank.tied ? 'ger' : 'räcker till'} ${placeWords(place.rank, place.noted)}${where}${from}.`,
          ...claims,
        ),
      );
      claims.forEach((x) => used.add(x));
      return out;
    }
    case 'big-fall':
    case 'fall':
      if (readable) {
        out.push(
          sentence(
            `Företagen ger ${s.name} ${index} av 100 i Nöjd Kund Index (NKI) för ${s.year}, ${formatNumber(Math.abs(readable.delta))} enheter lägre än ${baseline(readable.fromYear, readable.toYear)}${gradeTail(s, 'men fortfarande')}.`,
            ...withGrade(s, readable),
          ),
        );
        used.add(readable);
      } else out.push(opening(s, index, true));
      // The headline may have named the fall without its list and baseline: given here in full.
      if (move && !move.acrossBreak && move.to.place > move.from.place) {
        out.push(
          sentence(
            `I landet tappar ${noun(s)} från ${placeNumber(move.from)} ${baselineAfterNumber(move.fromYear, move.toYear)} till ${placeWords(move.to, move.noted)}.`,
            move,
            s.national!.place,
          ),
        );
        used.add(move);
        used.add(s.national!.place);
      }
      return out;
    case 'rise':
      if (readable) {
        out.push(
          sentence(
            `Företagen ger ${s.name} ${index} av 100 i Nöjd Kund Index (NKI) för ${s.year}, ${formatNumber(readable.delta)} enheter mer än ${baseline(readable.fromYear, readable.toYear)}${gradeTail(s, 'och')}.`,
            ...withGrade(s, readable),
          ),
        );
        used.add(readable);
      } else out.push(opening(s, index, true));
      return out;
    case 'best-in-county':
    case 'best-among-larger':
      out.push(opening(s, index, true));
      if (move && !move.acrossBreak) {
        out.push(
          sentence(
            `I hela landet hamnar ${noun(s)} på ${placeNumber(move.to)}${outOfText(move.to)}${move.noted ? '' : computedTail(move.to)}, efter ${placeNumber(move.from)} ${baselineAfterNumber(move.fromYear, move.toYear)}.`,
            move,
            s.national!.place,
          ),
        );
        used.add(move);
        used.add(s.national!.place);
      }
      return out;
    case 'biggest-climber':
    case 'big-climb':
      out.push(opening(s, index, true));
      if (move) {
        const most =
          s.angle === 'biggest-climber'
            ? ', den största klättringen i landet sedan förra året'
            : '';
        const claims: [Claim, ...Claim[]] = s.biggestClimber ? [move, s.biggestClimber] : [move];
        out.push(
          sentence(
            `${capitalize(noun(s))} går från ${placeNumber(move.from)} ${baselineAfterNumber(move.fromYear, move.toYear)} till ${placeNumber(move.to)}${outOfText(move.to)}${move.noted ? '' : computedTail(move.to)}${most}.`,
            ...claims,
          ),
        );
        used.add(move);
        if (s.national) used.add(s.national.place);
      }
      return out;
    case 'plain':
      out.push(opening(s, index, false));
      // A förbund's index covers only its own areas: the municipalities' average is no yardstick.
      if (s.average && !s.isForbund) {
        const diff = roundIndex(nki.value.value) - roundIndex(s.average.value);
        const where =
          Math.abs(diff) < 2
            ? 'i nivå med'
            : `${formatNumber(Math.abs(diff))} enheter ${diff > 0 ? 'över' : 'under'}`;
        const p = s.participants;
        out.push(
          sentence(
            `Det är ${where} ${s.average.official ? averageWords(s) : `snittet för de ${formatNumber(p?.withNki ?? 0)} kommunerna med NKI totalt i underlaget (beräknat här, SKR:s siffra saknas)`}, ${formatIndex(s.average.value)}.`,
            { ...s.average, compared: { unit: s.code, value: nki.value.value } },
            ...(s.average.official || !p ? [] : [p]),
          ),
        );
        used.add(s.average);
        if (!s.average.official && p) used.add(p);
      }
      return out;
    default:
      out.push(opening(s, index, true));
      return out;
  }
}

/**
 * "riksgenomsnittet enligt SKR"; 2015's Riket in Kolada is the mean of the measured, which is
 * not SKR's published figure for the year, so it is credited to Kolada.
 */
export function averageWords(s: UnitStory): string {
  if (!s.inBetween) return 'riksgenomsnittet enligt SKR';
  return `genomsnittet i mätningen enligt ${s.fromKolada ? 'Kolada' : 'SKR'}`;
}

/** The area a release without NKI totalt leads with: the highest shown value. */
function leadArea(s: UnitStory) {
  return s.areas
    .filter((x) => x.value && x.grade)
    .sort((a, b) => b.value!.value - a.value!.value)[0];
}

/** "Företagen ger X 77 av 100 i Nöjd Kund Index (NKI) för 2021, ett högt resultat." */
function opening(s: UnitStory, index: string, withGradeWords: boolean): Sentence {
  const nki = s.nki!;
  const grade = withGradeWords && nki.grade ? nki.grade : undefined;
  const text = `Företagen ger ${s.name} ${index} av 100 i Nöjd Kund Index (NKI) för ${s.year}${grade ? `, ett ${gradeLabel(grade.grade)} resultat` : ''}.`;
  return sentence(text, ...((grade ? [nki.value, grade] : [nki.value]) as [Claim, ...Claim[]]));
}

/** ", men fortfarande ett högt resultat" after a fall, ", och ett högt resultat" after a rise. */
function gradeTail(s: UnitStory, link: 'men fortfarande' | 'och'): string {
  const grade = s.nki?.grade?.grade;
  if (!grade) return '';
  // After a fall a low grade is said plainly, a high one with "men fortfarande".
  if (link === 'men fortfarande' && grade !== 'hogt' && grade !== 'mycket-hogt')
    return `, ett ${gradeLabel(grade)} resultat`;
  return `, ${link} ett ${gradeLabel(grade)} resultat`;
}

function withGrade(s: UnitStory, c: Claim): [Claim, ...Claim[]] {
  const grade = s.nki?.grade;
  return grade ? [s.nki!.value, c, grade] : [s.nki!.value, c];
}

/** " (beräknad placering)" for a computed place the release does not explain once. */
function computedTail(rank: { basis: string }): string {
  return rank.basis === 'computed' ? ' (beräknad placering)' : '';
}

/** " sedan 2018" when a headline's comparison is not with last year. */
function sinceYear(c: { fromYear: number; toYear: number }): string {
  return c.fromYear === c.toYear - 1 ? '' : ` sedan ${c.fromYear}`;
}

/** "kommunen", "staden", "regionen", "förbundet" (names.ts). */
function noun(s: UnitStory): string {
  return nounFor(s.isForbund ? 'forbund' : 'kommun', s.name);
}

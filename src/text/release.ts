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
  formatIndex,
  formatNumber,
  gradeLabel,
  ordinal,
  superlativePrefix,
} from './format';
import { aboutSentences } from './about';
import { areaSentences, nuiSentences } from './area-text';
import { composeMethod } from './method';
import { changeSentences, placeSentences, recordSentence } from './unit-sentences';
import { nounFor } from './names';
import { heading, paragraph, type Block, type Release } from './types';
import {
  Referrer,
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
  const lede = ledeSentences(s, used);

  const body: Block[] = [];
  const sentences: Sentence[] = [head, ...lede];
  const add = (title: string | undefined, list: Sentence[]) => {
    if (list.length === 0) return;
    if (title) body.push(heading(title));
    body.push(paragraph(list));
    sentences.push(...list);
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
  };
}

function headline(s: UnitStory): Sentence {
  const name = s.name;
  const n = s.national;
  const key = `${s.code}:headline`;
  switch (s.angle) {
    case 'top-three': {
      const place = n!.place;
      return sentence(
        `${name} har landets ${superlativePrefix(place.rank.place)}mest nöjda kunder`,
        place,
      );
    }
    case 'top-ten': {
      const place = n!.place;
      const shared = place.rank.tied ? 'delad ' : '';
      return sentence(
        variant(key, [
          `${name} på ${shared}${ordinal(place.rank.place)} plats i landet`,
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
    case 'biggest-climber':
      return sentence(`${name} klättrar mest i landet`, s.biggestClimber!);
    case 'best-in-county':
      return sentence(`${name} bäst i ${s.countyName}`, s.county!.best!);
    case 'best-among-larger':
      return sentence(`${name} bäst bland de större kommunerna`, s.larger!.best!);
    case 'big-climb': {
      const move = n!.move!;
      return sentence(
        `${name} klättrar ${formatNumber(move.from.place - move.to.place)} placeringar i landet${sinceYear(move)}`,
        move,
      );
    }
    case 'record':
      return sentence(
        `${name} når sitt högsta NKI sedan ${s.record!.since}: ${formatIndex(s.record!.value)}`,
        s.record!,
      );
    case 'rise': {
      const c = s.nkiChange!;
      return sentence(
        variant(key, [
          `Företagen allt nöjdare med ${name}${sinceYear(c)}`,
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
      const a = s.areas.find((x) => x.value && x.grade);
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

/** The lede: the index (and grade unless the headline gave it) and the context of the angle. */
function ledeSentences(s: UnitStory, used: Set<Claim>): Sentence[] {
  const nki = s.nki;
  if (!nki) {
    // A förbund for one area has no NKI totalt: the lede gives that area's index instead.
    const a = s.areas.find((x) => x.value && x.grade);
    if (!a) return [];
    used.add(a.value!);
    return [
      sentence(
        `Företagen ger ${s.name} ${formatIndex(a.value!.value)} av 100 för ${areaInfo(a.area).inSentence} i SKR:s mätning Insikt för ${s.year}.`,
        a.value!,
      ),
    ];
  }
  const out: Sentence[] = [];
  const index = formatIndex(nki.value.value);
  const gradeTold = s.angle === 'plain';
  const claims: [Claim, ...Claim[]] = [nki.value];
  let text = `Företagen ger ${s.name} ${index} av 100 i Nöjd Kund Index (NKI) för ${s.year}`;
  if (nki.grade && !gradeTold) {
    text += `, ett ${gradeLabel(nki.grade.grade)} resultat`;
    claims.push(nki.grade);
  }
  used.add(nki.value);
  if (nki.grade) used.add(nki.grade);
  out.push(sentence(`${text}.`, ...claims));

  const move = s.national?.move;
  const c = s.nkiChange;
  switch (s.angle) {
    case 'top-three':
    case 'top-ten': {
      // The seeds' manner: the place with its count, then where the unit came from.
      const place = s.national!.place;
      const from =
        move && !move.acrossBreak
          ? `, efter ${placeNumber(move.from)} ${baselineAfterNumber(move.fromYear, move.toYear)}`
          : '';
      const claims: [Claim, ...Claim[]] = from ? [place, move!] : [place];
      out.push(sentence(`Det räcker till ${placeWords(place.rank)} i landet${from}.`, ...claims));
      claims.forEach((x) => used.add(x));
      break;
    }
    case 'best-in-county':
    case 'best-among-larger':
      if (move && !move.acrossBreak) {
        out.push(
          sentence(
            `I hela landet hamnar ${noun(s)} på ${placeNumber(move.to)}${outOfText(move.to)}, efter ${placeNumber(move.from)} ${baselineAfterNumber(move.fromYear, move.toYear)}.`,
            move,
            s.national!.place,
          ),
        );
        used.add(move);
        used.add(s.national!.place);
      }
      break;
    case 'biggest-climber':
    case 'big-climb':
      if (move) {
        const most = s.angle === 'biggest-climber' ? ', den största klättringen i landet' : '';
        const claims: [Claim, ...Claim[]] = s.biggestClimber ? [move, s.biggestClimber] : [move];
        out.push(
          sentence(
            `${capitalize(noun(s))} går från ${placeNumber(move.from)} ${baselineAfterNumber(move.fromYear, move.toYear)} till ${placeNumber(move.to)}${outOfText(move.to)}${most}.`,
            ...claims,
          ),
        );
        used.add(move);
        if (s.national) used.add(s.national.place);
      }
      break;
    case 'big-fall':
    case 'rise':
      if (c && !c.acrossBreak && !used.has(c)) {
        const dir = c.delta > 0 ? 'upp' : 'ned';
        out.push(
          sentence(
            `Det är ${formatNumber(Math.abs(c.delta))} enheter ${dir} från ${formatIndex(c.from)} ${baselineAfterNumber(c.fromYear, c.toYear)}.`,
            c,
          ),
        );
        used.add(c);
      }
      break;
    case 'plain':
      // A förbund's index covers only its own areas: the municipalities' average is no yardstick.
      if (s.average && !s.isForbund) {
        const diff = Math.round(nki.value.value) - Math.round(s.average.value);
        const where =
          Math.abs(diff) < 2
            ? 'i nivå med'
            : `${formatNumber(Math.abs(diff))} enheter ${diff > 0 ? 'över' : 'under'}`;
        out.push(
          sentence(
            `Det är ${where} ${s.average.official ? 'riksgenomsnittet enligt SKR' : `snittet för de ${formatNumber(s.participants?.municipalities ?? 0)} kommunerna i mätningen (beräknat här, SKR:s siffra saknas i underlaget)`}, ${formatIndex(s.average.value)}.`,
            { ...s.average, compared: { unit: s.code, value: nki.value.value } },
            ...(s.average.official || !s.participants ? [] : [s.participants]),
          ),
        );
        used.add(s.average);
        if (!s.average.official && s.participants) used.add(s.participants);
      }
      break;
    default:
      break;
  }
  return out;
}

/** " sedan 2018" when a headline's comparison is not with last year. */
function sinceYear(c: { fromYear: number; toYear: number }): string {
  return c.fromYear === c.toYear - 1 ? '' : ` sedan ${c.fromYear}`;
}

/** "kommunen", "staden", "regionen", "förbundet" (names.ts). */
function noun(s: UnitStory): string {
  return nounFor(s.isForbund ? 'forbund' : 'kommun', s.name);
}

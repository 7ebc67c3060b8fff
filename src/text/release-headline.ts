/**
 * The unit release's headline: the strongest true angle of src/claims/unit.ts, in words.
 */
import { type UnitStory } from '../claims/unit';
import { sentence, type Claim, type Sentence } from '../claims/types';
import { areaInfo } from '../lib/areas';
import {
  countWord,
  formatIndex,
  formatNumber,
  gradeLabel,
  ordinal,
  superlativePrefix,
} from './format';
import { outOf as outOfText, variant } from './words';

import { leadArea, sinceYear } from './release-words';

export function headline(s: UnitStory): Sentence {
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

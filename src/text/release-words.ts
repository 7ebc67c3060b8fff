/**
 * Small wording pieces the unit release's headline and lede share: the opening sentence, the
 * grade after a change, the computed-place label, the baseline year and the noun for the unit.
 */
import { type UnitStory } from '../claims/unit';
import { sentence, type Claim, type Sentence } from '../claims/types';
import { gradeLabel } from './format';
import { nounFor } from './names';

/**
 * "riksgenomsnittet enligt SKR"; 2015's Riket in Kolada is the mean of the measured, which is
 * not SKR's published figure for the year, so it is credited to Kolada.
 */
export function averageWords(s: UnitStory): string {
  if (!s.inBetween) return 'riksgenomsnittet enligt SKR';
  return `genomsnittet i mätningen enligt ${s.fromKolada ? 'Kolada' : 'SKR'}`;
}

/** The area a release without NKI totalt leads with: the highest shown value. */
export function leadArea(s: UnitStory) {
  return s.areas
    .filter((x) => x.value && x.grade)
    .sort((a, b) => b.value!.value - a.value!.value)[0];
}

/** "Företagen ger X 77 av 100 i Nöjd Kund Index (NKI) för 2021, ett högt resultat." */
export function opening(s: UnitStory, index: string, withGradeWords: boolean): Sentence {
  const nki = s.nki!;
  const grade = withGradeWords && nki.grade ? nki.grade : undefined;
  const text = `Företagen ger ${s.name} ${index} av 100 i Nöjd Kund Index (NKI) för ${s.year}${grade ? `, ett ${gradeLabel(grade.grade)} resultat` : ''}.`;
  return sentence(text, ...((grade ? [nki.value, grade] : [nki.value]) as [Claim, ...Claim[]]));
}

/** ", men fortfarande ett högt resultat" after a fall, ", och ett högt resultat" after a rise. */
export function gradeTail(s: UnitStory, link: 'men fortfarande' | 'och'): string {
  const grade = s.nki?.grade?.grade;
  if (!grade) return '';
  // After a fall a low grade is said plainly, a high one with "men fortfarande".
  if (link === 'men fortfarande' && grade !== 'hogt' && grade !== 'mycket-hogt')
    return `, ett ${gradeLabel(grade)} resultat`;
  return `, ${link} ett ${gradeLabel(grade)} resultat`;
}

export function withGrade(s: UnitStory, c: Claim): [Claim, ...Claim[]] {
  const grade = s.nki?.grade;
  return grade ? [s.nki!.value, c, grade] : [s.nki!.value, c];
}

/** " (beräknad placering)" for a computed place the release does not explain once. */
export function computedTail(rank: { basis: string }): string {
  return rank.basis === 'computed' ? ' (beräknad placering)' : '';
}

/** " sedan 2018" when a headline's comparison is not with last year. */
export function sinceYear(c: { fromYear: number; toYear: number }): string {
  return c.fromYear === c.toYear - 1 ? '' : ` sedan ${c.fromYear}`;
}

/** "kommunen", "staden", "regionen", "förbundet" (names.ts). */
export function noun(s: UnitStory): string {
  return nounFor(s.isForbund ? 'forbund' : 'kommun', s.name);
}

/**
 * The short summary at the top of an area page, worded from the claims of src/claims/area.ts:
 * how many have a result and are ranked, who is first ("Bäst är" only with a 'best' claim), and
 * the mean computed here, said to be computed.
 */
import { areaInfo } from '../lib/areas';
import type { AreaPageStory } from '../claims/area';
import { sentence, type Claim, type Sentence } from '../claims/types';
import { formatIndex, formatNumber, gradeForIndex, gradeLabel, joinList } from './format';
import { placeWords } from './words';

export function areaSummarySentences(story: AreaPageStory): Sentence[] {
  const { year, measured, ranked, first, best, mean } = story;
  const area = areaInfo(story.area);
  const out = [
    sentence(
      `${year} har ${formatNumber(measured.n)} ${measured.n === 1 ? 'kommun' : 'kommuner'} resultat för ${area.inSentence}, och ${formatNumber(ranked.n)} av dem rankas.`,
      measured,
      ranked,
    ),
  ];
  const leader = first[0];
  if (leader) {
    const names = joinList(first.map((e) => e.unit.displayName));
    const value = formatIndex(leader.value.value);
    const claims = first.flatMap((e): Claim[] => [e.place, e.value]) as [Claim, ...Claim[]];
    out.push(
      best
        ? sentence(`Bäst är ${names} med index ${value}.`, best, ...claims)
        : sentence(
            `Högst är ${names} med index ${value} (${placeWords(leader.place.rank)}).`,
            ...claims,
          ),
    );
  }
  out.push(
    sentence(
      `Genomsnittet för kommunerna är ${formatIndex(mean.value)}, ett ${gradeLabel(gradeForIndex(mean.value))} resultat (beräknat här som snittet av kommunernas värden, inte SKR:s egen siffra).`,
      mean,
    ),
  );
  return out;
}

/**
 * "Om Insikt": the short facts paragraph that closes a release, as in the seeds: what Insikt is,
 * the areas NKI totalt is made of this year, the participants when the file has them all, and
 * SKR's grade scale.
 */
import { areaInfo } from '../lib/areas';
import type { UnitStory } from '../claims/unit';
import { sentence, type Claim, type Sentence } from '../claims/types';
import { countWord, formatNumber, joinList, roundIndex } from './format';
import { participantsSentence } from './participants';
import { totalBasisSentence } from './basis-words';
import { gradeScaleWords } from './rule-words';

export function aboutSentences(s: UnitStory, used: Set<Claim>): Sentence[] {
  const out: Sentence[] = [
    sentence(
      `Insikt är SKR:s mätning av hur företag som haft ett ärende hos ${s.isForbund ? 'kommuner och förbund' : 'kommunen'} ser på servicen i myndighetsutövningen.`,
      { kind: 'about', topic: 'insikt' },
    ),
  ];
  if (!s.isForbund) {
    // Until livsmedelskontroll was measured on its own, it was part of miljö- och hälsoskydd.
    const withFood = s.year < areaInfo('livsmedelskontroll').firstYear;
    const areas = s.totalAreas.map((a) =>
      withFood && a === 'miljo-och-halsoskydd'
        ? `${areaInfo(a).inSentence} (där livsmedelskontrollen ingår)`
        : areaInfo(a).inSentence,
    );
    out.push(
      sentence(
        `NKI totalt bygger ${s.year} på ${countWord(areas.length)} myndighetsområden: ${joinList(areas)}.`,
        { kind: 'about', topic: 'areas', year: s.year },
      ),
    );
  }
  const basis = s.basis.total && totalBasisSentence(s.basis.total, s.name);
  if (basis) out.push(basis);
  const p = s.participants;
  if (p && !used.has(p)) {
    out.push(participantsSentence(p));
    used.add(p);
  }
  if (s.average && !used.has(s.average)) {
    const avg = s.average;
    out.push(
      sentence(
        avg.official
          ? `${s.inBetween ? 'Genomsnittet i mätningen' : 'Riksgenomsnittet'} är ${formatNumber(roundIndex(avg.value))} enligt ${s.inBetween && s.fromKolada ? 'Kolada' : 'SKR'}.`
          : `Snittet för kommunerna i mätningen är ${formatNumber(roundIndex(avg.value))}, beräknat här eftersom SKR:s siffra saknas.`,
        avg,
      ),
    );
    used.add(avg);
  }
  out.push(
    sentence(`Ett index på ${gradeScaleWords('är enligt SKR')}.`, {
      kind: 'about',
      topic: 'grades',
    }),
  );
  return out;
}

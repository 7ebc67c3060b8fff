/**
 * The national release for /ar/<year>/, in the genre of SKR's own news ("Företagarna fortsatt
 * nöjda: NKI 74, oförändrat"): the average and its change, how many municipalities rose or fell
 * since the year before, the leaders and the biggest climber. Every fact is a claim of
 * src/claims/year.ts (counts only when the file is complete); this module only words them.
 */
import { participantsSentence } from './participants';
import { sentence, type Claim, type ClaimOf, type Sentence } from '../claims/types';
import { yearStory, type YearStory } from '../claims/year';
import type { Derived } from '../lib/model';
import {
  countWord,
  formatIndex,
  formatNumber,
  gradeForIndex,
  gradeLabel,
  joinList,
} from './format';
import { wordingRules } from './method';
import { notableChangeWords } from './rule-words';
import { heading, paragraph, yearlyRelease, type Block, type Release } from './types';
import { baseline } from './words';
import { releaseSource } from '../lib/provenance';

/** Composes the national release of a data year; throws when the year has no data. */
export function composeYearRelease(derived: Derived, year: number): Release {
  return yearRelease(releaseSource(derived.dataset, year), yearStory(derived, year));
}

/** Words the claims of a year page as its release. */
export function yearRelease(source: string, story: YearStory): Release {
  const { year, average: avgClaim } = story;
  const body: Block[] = [];
  const sentences: Sentence[] = [];
  const add = (title: string | undefined, list: Sentence[]) => {
    if (list.length === 0) return;
    if (title) body.push(heading(title));
    body.push(paragraph(list));
    sentences.push(...list);
  };

  const head = headline(story);
  // The in-between year measured only some municipalities: its mean is theirs, not the country's.
  const inBetween = story.inBetween;
  const lede = avgClaim
    ? sentence(
        `${inBetween ? `Genomsnittet för Nöjd Kund Index (NKI) i mellanårsmätningen ${year}` : `Riksgenomsnittet för Nöjd Kund Index (NKI) ${year}`} är ${formatIndex(avgClaim.value)}${basis(avgClaim)}, ett ${gradeLabel(gradeForIndex(avgClaim.value))} resultat.`,
        avgClaim,
      )
    : sentence(`Här är resultaten från SKR:s mätning Insikt för ${year}.`, {
        kind: 'about',
        topic: 'insikt',
      });

  if (inBetween) {
    add(undefined, [
      sentence(
        `${year} var ett mellanår i Insikt, då bara en del av kommunerna mättes; placeringarna gäller bara dem och kan inte jämföras med andra års.`,
        { kind: 'about', topic: 'in-between', year },
      ),
    ]);
  }
  const broke = story.seriesBreak;
  if (broke) {
    add(undefined, [
      sentence(
        `NKI totalt bygger ${year} på ${countWord(broke.toAreas)} områden, mot ${countWord(broke.fromAreas)} ${broke.claim.fromYear}. Jämförelser bakåt ska därför läsas med försiktighet.`,
        broke.claim,
      ),
    ]);
  }
  const counts = story.counts;
  if (counts) {
    const when = baseline(counts.comparable.fromYear!, year);
    add(undefined, [
      sentence(
        `Av de ${formatNumber(counts.comparable.n)} kommuner som har ett resultat både i år och ${when} har ${formatNumber(counts.risers.n)} höjt sitt index med ${notableChangeWords()}.`,
        counts.comparable,
        counts.risers,
      ),
      sentence(
        `Samtidigt har ${formatNumber(counts.fallers.n)} sänkt det lika mycket.`,
        counts.fallers,
      ),
    ]);
  }
  const leaders: Sentence[] = [];
  const top = story.leaders;
  if (top.length > 0) {
    const computed = top.some((u) => u.place.rank.basis === 'computed');
    const items = top.map((u) => {
      const note = u.place.rank.tied ? ', delad placering' : '';
      return `${u.unit.name} (${u.value ? formatIndex(u.value.value) : '–'}${note})`;
    });
    const claims = top.flatMap((u): Claim[] => [u.place, ...(u.value ? [u.value] : [])]) as [
      Claim,
      ...Claim[],
    ];
    leaders.push(
      sentence(
        `Högst placering har ${joinList(items)}${computed ? ' (beräknade placeringar)' : ''}.`,
        ...claims,
      ),
    );
  }
  const climber = story.climber;
  if (climber) {
    const climb = climber.move;
    leaders.push(
      sentence(
        `Största klättringen sedan ${baseline(climb.fromYear, year)} gör ${climber.unit.name}, från plats ${formatNumber(climb.from.place)} till plats ${formatNumber(climb.to.place)}.`,
        climber.best,
        climb,
      ),
    );
  }
  add('I topp', leaders);

  const facts: Sentence[] = [];
  const nui = story.nuiAverage;
  if (nui) {
    facts.push(
      sentence(
        `Nöjd Upphandlingsindex (NUI) är ${formatIndex(nui.value)} i genomsnitt${basis(nui)}.`,
        nui,
      ),
    );
  }
  if (story.participants) facts.push(participantsSentence(story.participants));
  add('Fakta', facts);

  const method = [
    heading('Så togs texten fram'),
    paragraph([
      `Texten är skriven automatiskt från resultatfilen för ${year} (källa: SKR, Insikt).`,
      ...wordingRules(),
    ]),
  ];
  return yearlyRelease(source, head, lede, body, sentences, method);
}

function headline(story: YearStory): Sentence {
  const { year, average: avg, previousAverage: prev, averageChange } = story;
  if (!avg)
    return sentence(`Insikt ${year}: så nöjda är företagen med kommunernas service`, {
      kind: 'about',
      topic: 'insikt',
    });
  const index = formatIndex(avg.value);
  if (story.seriesBreak) {
    return sentence(
      `NKI ${index} för ${year}, nu med ${countWord(story.seriesBreak.toAreas)} områden`,
      avg,
      story.seriesBreak.claim,
    );
  }
  if (!prev || !averageChange) return sentence(`Företagens betyg ${year}: NKI ${index}`, avg);
  const { delta, notable } = averageChange;
  const when = prev.year === year - 1 ? '' : ` sedan ${prev.year}`;
  if (notable && delta > 0)
    return sentence(
      `Företagarna mer nöjda: NKI ${index}, upp ${formatNumber(delta)}${when}`,
      avg,
      prev,
    );
  if (notable && delta < 0)
    return sentence(
      `Företagarna mindre nöjda: NKI ${index}, ned ${formatNumber(-delta)}${when}`,
      avg,
      prev,
    );
  const still = delta === 0 ? 'oförändrat' : 'i stort sett oförändrat';
  const satisfied =
    ['hogt', 'mycket-hogt'].includes(gradeForIndex(avg.value)) &&
    ['hogt', 'mycket-hogt'].includes(gradeForIndex(prev.value));
  return sentence(
    satisfied
      ? `Företagarna fortsatt nöjda: NKI ${index}, ${still}${when}`
      : `NKI ${index}, ${still}${when}`,
    avg,
    prev,
  );
}

function basis(avg: ClaimOf<'average'>): string {
  return avg.official ? ' enligt SKR' : ', beräknat här som snittet för kommunerna i underlaget';
}

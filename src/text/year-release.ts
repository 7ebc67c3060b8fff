/**
 * The national release for /ar/<year>/, in the genre of SKR's own news ("Företagarna fortsatt
 * nöjda: NKI 74, oförändrat"): the average and its change, how many municipalities rose or fell
 * since the year before, the leaders and the biggest climber. Counts and the climber come from
 * lib/highlights.ts, the same home the releases, tip sheet and home page use; counts appear only
 * when the file is complete.
 */
import { participantsClaim, participantsSentence } from './participants';
import { sentence, type Claim, type Sentence } from '../claims/types';
import { rankOf, yearHighlights } from '../lib/highlights';
import type { Average, Derived, YearSummary } from '../lib/model';
import { isInBetweenYear, SERIES_AREAS } from '../lib/series';
import {
  countWord,
  formatIndex,
  formatNumber,
  gradeForIndex,
  gradeLabel,
  joinList,
  roundIndex,
} from './format';
import { wordingRules } from './method';
import { notableChangeWords } from './rule-words';
import { heading, paragraph, yearlyRelease, type Block, type Release } from './types';
import { baseline } from './words';
import { releaseSource } from '../lib/provenance';

/** Composes the national release of a data year; throws when the year has no data. */
export function composeYearRelease(derived: Derived, year: number): Release {
  const summary = derived.years.find((y) => y.year === year);
  if (!summary) throw new Error(`Inga resultat för ${year}`);
  const previous = derived.years.filter((y) => y.year < year).at(-1);
  const avg = usable(summary.nkiAverage, summary);
  const prevAvg = previous && usable(previous.nkiAverage, previous);
  const sameSeries = previous?.series === summary.series;
  // The in-between year's mean is of the municipalities measured then, not the country's: its
  // average is never compared with a national year's (domain notes §2).
  const averagesComparable =
    sameSeries && previous && isInBetweenYear(previous.year) === isInBetweenYear(year);
  const h = yearHighlights(derived, year);
  const avgClaim = avg && averageClaim('nki', year, avg);
  const prevClaim =
    prevAvg && averagesComparable && previous
      ? averageClaim('nki', previous.year, prevAvg)
      : undefined;

  const body: Block[] = [];
  const sentences: Sentence[] = [];
  const add = (title: string | undefined, list: Sentence[]) => {
    if (list.length === 0) return;
    if (title) body.push(heading(title));
    body.push(paragraph(list));
    sentences.push(...list);
  };

  const head = headline(
    year,
    avgClaim,
    prevClaim,
    previous && !sameSeries ? previous : undefined,
    summary,
  );
  // The in-between year measured only some municipalities: its mean is theirs, not the country's.
  const inBetween = isInBetweenYear(year);
  const lede = avgClaim
    ? sentence(
        `${inBetween ? `Genomsnittet för Nöjd Kund Index (NKI) i mellanårsmätningen ${year}` : `Riksgenomsnittet för Nöjd Kund Index (NKI) ${year}`} är ${formatIndex(avgClaim.value)}${basis(avg!)}, ett ${gradeLabel(gradeForIndex(avgClaim.value))} resultat.`,
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
  if (previous && !sameSeries) {
    add(undefined, [
      sentence(
        `NKI totalt bygger ${year} på ${countWord(SERIES_AREAS[summary.series].length)} områden, mot ${countWord(SERIES_AREAS[previous.series].length)} ${previous.year}. Jämförelser bakåt ska därför läsas med försiktighet.`,
        { kind: 'series-break', fromYear: previous.year, toYear: year },
      ),
    ]);
  }
  const prevComplete = previous?.complete === true;
  if (previous && summary.complete && prevComplete && sameSeries && h.comparable.length > 0) {
    const when = baseline(previous.year, year);
    const c = (what: 'comparable' | 'risers' | 'fallers', n: number): Claim => ({
      kind: 'count',
      what,
      year,
      fromYear: previous.year,
      n,
    });
    add(undefined, [
      sentence(
        `Av de ${formatNumber(h.comparable.length)} kommuner som har ett resultat både i år och ${when} har ${formatNumber(h.risers.length)} höjt sitt index med ${notableChangeWords()}.`,
        c('comparable', h.comparable.length),
        c('risers', h.risers.length),
      ),
      sentence(
        `Samtidigt har ${formatNumber(h.fallers.length)} sänkt det lika mycket.`,
        c('fallers', h.fallers.length),
      ),
    ]);
  }
  const leaders: Sentence[] = [];
  const top = h.ranked.slice(0, 3);
  if (top.length > 0) {
    const computed = top.some((u) => rankOf(u.national)?.basis === 'computed');
    const items = top.map((u) => {
      const rank = rankOf(u.national);
      const note = rank?.tied ? ', delad placering' : '';
      return `${u.unit.name} (${u.nki.kind === 'measured' ? formatIndex(u.nki.value) : '–'}${note})`;
    });
    const claims = top.flatMap((u): Claim[] => {
      const rank = rankOf(u.national)!;
      const value: Claim[] =
        u.nki.kind === 'measured'
          ? [{ kind: 'value', unit: u.unit.code, measure: 'nki', year, value: u.nki.value }]
          : [];
      return [{ kind: 'place', unit: u.unit.code, list: 'national', year, rank }, ...value];
    }) as [Claim, ...Claim[]];
    leaders.push(
      sentence(
        `Högst placering har ${joinList(items)}${computed ? ' (beräknade placeringar)' : ''}.`,
        ...claims,
      ),
    );
  }
  const climber = h.biggestClimber;
  const climb = climber?.placeChange;
  if (climber && climb) {
    leaders.push(
      sentence(
        `Största klättringen sedan ${baseline(climb.fromYear, year)} gör ${climber.unit.name}, från plats ${formatNumber(climb.from.place)} till plats ${formatNumber(climb.to.place)}.`,
        {
          kind: 'biggest-climber',
          unit: climber.unit.code,
          year,
          fromYear: climb.fromYear,
          climbed: climb.climbed,
        },
        {
          kind: 'place-change',
          unit: climber.unit.code,
          list: 'national',
          fromYear: climb.fromYear,
          toYear: year,
          from: climb.from,
          to: climb.to,
          acrossBreak: false,
        },
      ),
    );
  }
  add('I topp', leaders);

  const facts: Sentence[] = [];
  const nui = usable(summary.nuiAverage, summary);
  if (nui) {
    facts.push(
      sentence(
        `Nöjd Upphandlingsindex (NUI) är ${formatIndex(nui.value)} i genomsnitt${basis(nui)}.`,
        averageClaim('nui', year, nui),
      ),
    );
  }
  if (summary.complete) facts.push(participantsSentence(participantsClaim(summary)));
  add('Fakta', facts);

  const method = [
    heading('Så togs texten fram'),
    paragraph([
      `Texten är skriven automatiskt från resultatfilen för ${year} (källa: SKR, Insikt).`,
      ...wordingRules(),
    ]),
  ];
  return yearlyRelease(releaseSource(derived.dataset, year), head, lede, body, sentences, method);
}

function headline(
  year: number,
  avg: (Claim & { kind: 'average' }) | undefined,
  prev: (Claim & { kind: 'average' }) | undefined,
  broke: YearSummary | undefined,
  s: YearSummary,
): Sentence {
  if (!avg)
    return sentence(`Insikt ${year}: så nöjda är företagen med kommunernas service`, {
      kind: 'about',
      topic: 'insikt',
    });
  const index = formatIndex(avg.value);
  if (broke) {
    return sentence(
      `NKI ${index} för ${year}, nu med ${countWord(SERIES_AREAS[s.series].length)} områden`,
      avg,
      {
        kind: 'series-break',
        fromYear: broke.year,
        toYear: year,
      },
    );
  }
  if (!prev) return sentence(`Företagens betyg ${year}: NKI ${index}`, avg);
  const delta = roundIndex(avg.value) - roundIndex(prev.value);
  const when = prev.year === year - 1 ? '' : ` sedan ${prev.year}`;
  if (delta >= 2)
    return sentence(
      `Företagarna mer nöjda: NKI ${index}, upp ${formatNumber(delta)}${when}`,
      avg,
      prev,
    );
  if (delta <= -2)
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

function averageClaim(measure: 'nki' | 'nui', year: number, avg: Average) {
  return {
    kind: 'average',
    measure,
    year,
    value: avg.value,
    official: avg.basis === 'official',
  } as const;
}

/** SKR's average always; a computed one only when the file has every participant. */
function usable(avg: Average | undefined, s: YearSummary): Average | undefined {
  return avg && (avg.basis === 'official' || s.complete) ? avg : undefined;
}

function basis(avg: Average): string {
  return avg.basis === 'official'
    ? ' enligt SKR'
    : ', beräknat här som snittet för kommunerna i underlaget';
}

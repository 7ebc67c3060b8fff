/**
 * The national release for /ar/<year>/, in the genre of SKR's own news ("Företagarna fortsatt
 * nöjda: NKI 74, oförändrat"): the average and its change, how many municipalities rose or fell
 * beyond the threshold, the leaders and the biggest climber. Counts appear only when the file is
 * complete; a computed average is used only from a complete file and says so.
 */
import { rankOf, yearHighlights } from '../lib/highlights';
import type { Average, Derived, YearSummary } from '../lib/model';
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
import { heading, paragraph, type Block, type Release } from './types';

const SERIES_SIZE = { 'five-areas': 5, 'six-areas': 6, 'four-areas': 4 } as const;

/** Composes the national release of a data year; throws when the year has no data. */
export function composeYearRelease(derived: Derived, year: number): Release {
  const summary = derived.years.find((y) => y.year === year);
  if (!summary) throw new Error(`Inga resultat för ${year}`);
  const previous = derived.years.filter((y) => y.year < year).at(-1);
  const avg = usable(summary.nkiAverage, summary);
  const prevAvg = previous && usable(previous.nkiAverage, previous);
  const sameSeries = previous?.series === summary.series;
  const h = yearHighlights(derived, year);
  const when = previous?.year === year - 1 ? 'förra året' : String(previous?.year);

  const body: Block[] = [];
  if (previous && !sameSeries) {
    body.push(
      paragraph([
        `NKI totalt bygger ${year} på ${countWord(SERIES_SIZE[summary.series])} områden, mot ${countWord(SERIES_SIZE[previous.series])} ${previous.year}.`,
        'Jämförelser bakåt ska därför läsas med försiktighet.',
      ]),
    );
  }
  if (summary.complete && sameSeries && h.comparable > 0) {
    body.push(
      paragraph([
        `Av de ${formatNumber(h.comparable)} kommuner som kan jämföras med ${when} har ${formatNumber(h.improved)} höjt sitt index med minst 2 enheter.`,
        `Samtidigt har ${formatNumber(h.fell)} sänkt det lika mycket.`,
      ]),
    );
  }
  const leaders = h.ranked.slice(0, 3).map((u) => {
    const rank = rankOf(u.national);
    const note = rank?.tied ? ', delad placering' : '';
    return `${u.unit.name} (${u.nki.kind === 'measured' ? formatIndex(u.nki.value) : '–'}${note})`;
  });
  const leaderSentences: string[] = [];
  if (leaders.length > 0) {
    const computed = h.ranked.slice(0, 3).some((u) => rankOf(u.national)?.basis === 'computed');
    leaderSentences.push(
      `Högst placering har ${joinList(leaders)}${computed ? ' (beräknade placeringar)' : ''}.`,
    );
  }
  const climb = h.biggestClimber?.placeChange;
  if (h.biggestClimber && climb) {
    leaderSentences.push(
      `Största klättringen gör ${h.biggestClimber.unit.name}, från plats ${formatNumber(climb.from.place)} till plats ${formatNumber(climb.to.place)}.`,
    );
  }
  if (leaderSentences.length > 0) body.push(heading('I topp'), paragraph(leaderSentences));

  const facts: string[] = [];
  const nui = usable(summary.nuiAverage, summary);
  if (nui)
    facts.push(
      `Nöjd Upphandlingsindex (NUI) är ${formatIndex(nui.value)} i genomsnitt${basis(nui)}.`,
    );
  if (summary.complete) {
    const forbund =
      summary.forbundInFile > 0 ? ` och ${formatNumber(summary.forbundInFile)} förbund` : '';
    facts.push(
      `I mätningen för ${year} deltar ${formatNumber(summary.municipalitiesInFile)} kommuner${forbund}.`,
    );
  }
  if (facts.length > 0) body.push(heading('Fakta'), paragraph(facts));

  const lede = avg
    ? `Riksgenomsnittet för Nöjd Kund Index (NKI) ${year} är ${formatIndex(avg.value)}${basis(avg)}, ett ${gradeLabel(gradeForIndex(avg.value))} resultat.`
    : `Här är resultaten från SKR:s mätning Insikt för ${year}.`;
  const method = [
    heading('Så togs texten fram'),
    paragraph([
      `Texten är skriven automatiskt från resultatfilen för ${year} (källa: SKR, Insikt).`,
      ...wordingRules(),
    ]),
  ];
  return {
    headline: headline(
      year,
      avg,
      sameSeries ? prevAvg : undefined,
      !!previous && !sameSeries,
      summary,
    ),
    lede,
    body,
    method,
  };
}

function headline(
  year: number,
  avg: Average | undefined,
  prev: Average | undefined,
  broke: boolean,
  s: YearSummary,
): string {
  if (!avg) return `Insikt ${year}: så nöjda är företagen med kommunernas service`;
  const index = formatIndex(avg.value);
  if (broke) return `NKI ${index} för ${year}, nu med ${countWord(SERIES_SIZE[s.series])} områden`;
  if (!prev) return `Företagens betyg ${year}: NKI ${index}`;
  const delta = roundIndex(avg.value) - roundIndex(prev.value);
  if (delta >= 2) return `Företagarna allt nöjdare: NKI ${index}, upp ${formatNumber(delta)}`;
  if (delta <= -2) return `Företagarna mindre nöjda: NKI ${index}, ned ${formatNumber(-delta)}`;
  const still = delta === 0 ? 'oförändrat' : 'i stort sett oförändrat';
  const satisfied =
    ['hogt', 'mycket-hogt'].includes(gradeForIndex(avg.value)) &&
    ['hogt', 'mycket-hogt'].includes(gradeForIndex(prev.value));
  return satisfied
    ? `Företagarna fortsatt nöjda: NKI ${index}, ${still}`
    : `NKI ${index}, ${still}`;
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

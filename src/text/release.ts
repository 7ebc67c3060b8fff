/**
 * The press release for one unit and year, in the genre of municipal press releases (domain
 * notes §5): headline, lede with index and grade, then the change, the placements, the areas,
 * upphandling and the national comparison. Every number comes from the Derived model.
 */
import { yearHighlights } from '../lib/highlights';
import type { Change, Derived, UnitYear, YearSummary } from '../lib/model';
import { areaSentences, nuiSentences } from './area-text';
import {
  capitalize,
  countWord,
  formatIndex,
  formatNumber,
  gradeLabel,
  joinList,
  roundIndex,
} from './format';
import { chooseHeadline } from './headline';
import { composeMethod } from './method';
import { countyOf, unitNoun } from './names';
import { notRankedSentences, placeSentence } from './ranking-text';
import { heading, paragraph, type Block, type Release } from './types';

const SERIES_SIZE = { 'five-areas': 5, 'six-areas': 6, 'four-areas': 4 } as const;

// The page, its share card and two feeds all need the same release: compose it once.
const memo = new WeakMap<Derived, Map<string, Release>>();

/** Composes the release; throws when the unit has no result for the year. Do not mutate it. */
export function composeRelease(derived: Derived, unitCode: string, year: number): Release {
  let byKey = memo.get(derived);
  if (!byKey) memo.set(derived, (byKey = new Map()));
  const key = `${unitCode}:${year}`;
  let release = byKey.get(key);
  if (!release) byKey.set(key, (release = writeRelease(derived, unitCode, year)));
  return release;
}

function writeRelease(derived: Derived, unitCode: string, year: number): Release {
  const uy = derived.byUnitYear.get(`${unitCode}:${year}`);
  if (!uy) throw new Error(`Inget resultat för enhet ${unitCode} år ${year}`);
  const headline = chooseHeadline(derived, uy, yearHighlights(derived, year)).text;
  const summary = derived.years.find((y) => y.year === year);

  const body: Block[] = [];
  const history = historySentences(derived, uy);
  if (history.length > 0) body.push(paragraph(history));
  const places = placeSentences(derived, uy);
  if (places.length > 0) body.push(heading('Placeringar'), paragraph(places));
  const areas = areaSentences(uy);
  if (areas.length > 0) body.push(heading('Myndighetsområden'), paragraph(areas));
  const nui = nuiSentences(uy);
  if (nui.length > 0) body.push(heading('Upphandling'), paragraph(nui));
  const facts = factSentences(uy, summary);
  if (facts.length > 0) body.push(heading('Fakta'), paragraph(facts));

  return { headline, lede: lede(uy), body, method: composeMethod(derived, uy) };
}

function lede(uy: UnitYear): string {
  const name = uy.unit.displayName;
  if (uy.nki.kind !== 'measured') return `Det finns inget NKI totalt för ${name} ${uy.year}.`;
  const score = `Företagen ger ${name} ${formatIndex(uy.nki.value)} av 100 i Nöjd Kund Index (NKI) för ${uy.year}.`;
  return uy.grade ? `${score} Det är ett ${gradeLabel(uy.grade)} resultat.` : score;
}

/** First year, a gap, a series break, or the change since the previous result. */
function historySentences(derived: Derived, uy: UnitYear): string[] {
  const noun = unitNoun(uy.unit);
  const years = derived.years.map((y) => y.year);
  if (!years.some((y) => y < uy.year)) {
    return [`Underlaget börjar ${uy.year}, så det finns inga tidigare år att jämföra med.`];
  }
  if (uy.firstYear || uy.previousYear === undefined) {
    return [
      `${uy.year} är första året som ${noun} finns med i underlaget, så jämförelser bakåt saknas.`,
    ];
  }
  const out: string[] = [];
  const previous = uy.previousYear;
  const skipped = years.filter((y) => y > previous && y < uy.year);
  if (uy.afterGap || skipped.length > 0) {
    out.push(
      `${capitalize(noun)} finns inte med i underlaget för ${joinList(skipped.map(String))}.`,
    );
    out.push(`Jämförelserna görs därför med ${previous}.`);
  }
  const c = uy.nkiChange;
  if (c) out.push(...changeSentences(derived, uy, c));
  const long = uy.nkiLongChange;
  if (long?.notable && !long.acrossBreak && long.fromYear < (c?.fromYear ?? uy.year)) {
    out.push(
      `Sedan ${long.fromYear} har index gått från ${formatIndex(long.from)} till ${formatIndex(long.to)}.`,
    );
  }
  return out;
}

function changeSentences(derived: Derived, uy: UnitYear, c: Change): string[] {
  const when = c.fromYear === uy.year - 1 ? 'förra året' : String(c.fromYear);
  if (c.acrossBreak) {
    const before = c.fromYear === uy.year - 1 ? 'året innan' : String(c.fromYear);
    const fromSeries = derived.years.find((y) => y.year === c.fromYear)?.series;
    const then = fromSeries ? `, mot ${countWord(SERIES_SIZE[fromSeries])} ${before}` : '';
    return [
      `NKI totalt bygger ${uy.year} på ${countWord(SERIES_SIZE[uy.series])} områden${then}.`,
      `Jämförelser med ${c.fromYear}, då index var ${formatIndex(c.from)}, ska därför läsas med försiktighet.`,
    ];
  }
  if (c.notable) {
    const verb = c.delta > 0 ? 'ökar' : 'minskar';
    return [
      `Jämfört med ${when} ${verb} index från ${formatIndex(c.from)} till ${formatIndex(c.to)}.`,
    ];
  }
  if (c.delta === 0) return [`Jämfört med ${when} är index oförändrat.`];
  return [
    `Jämfört med ${when}, då index var ${formatIndex(c.from)}, är resultatet i stort sett oförändrat.`,
  ];
}

/** National, county and larger-municipality places; förbund get no ranking claims. */
function placeSentences(derived: Derived, uy: UnitYear): string[] {
  const noun = unitNoun(uy.unit);
  if (uy.unit.kind === 'forbund') {
    return [`Som förbund ingår ${noun} inte i kommunernas rankning.`];
  }
  if (uy.national.kind === 'not-ranked') {
    return notRankedSentences(noun, uy.national.reason, uy.year);
  }
  const county = countyOf(derived.dataset.reference, uy.unit);
  return [
    placeSentence('I landet', noun, uy.national, uy.placeChange, uy.year),
    county
      ? placeSentence(`I ${county.name}`, noun, uy.county, uy.countyPlaceChange, uy.year)
      : undefined,
    placeSentence(
      'Bland kommuner med fler än 40 000 invånare',
      noun,
      uy.larger,
      undefined,
      uy.year,
    ),
  ].filter((s): s is string => s !== undefined);
}

/** The national average (SKR's, or a computed one only from a complete file) and participants. */
function factSentences(uy: UnitYear, summary: YearSummary | undefined): string[] {
  if (!summary) return [];
  const out: string[] = [];
  const avg = summary.nkiAverage;
  if (avg && uy.nki.kind === 'measured' && (avg.basis === 'official' || summary.complete)) {
    const value = formatIndex(avg.value);
    out.push(
      avg.basis === 'official'
        ? `Riksgenomsnittet ${uy.year} är ${value} enligt SKR.`
        : `Genomsnittet för kommunerna i underlaget är ${value}, beräknat här eftersom SKR:s siffra saknas.`,
    );
    const diff = roundIndex(uy.nki.value) - roundIndex(avg.value);
    const noun = capitalize(unitNoun(uy.unit));
    out.push(
      Math.abs(diff) < 2
        ? `${noun} ligger alltså i nivå med genomsnittet.`
        : `${noun} ligger alltså ${formatNumber(Math.abs(diff))} indexenheter ${diff > 0 ? 'över' : 'under'} genomsnittet.`,
    );
  }
  if (summary.complete) {
    const forbund =
      summary.forbundInFile > 0 ? ` och ${formatNumber(summary.forbundInFile)} förbund` : '';
    out.push(
      `I mätningen för ${uy.year} deltar ${formatNumber(summary.municipalitiesInFile)} kommuner${forbund}.`,
    );
  }
  return out;
}

/**
 * "Så togs texten fram": the data a release used and the rules that chose its wording, so a
 * reader can check every sentence against the tables.
 */
import type { UnitStory } from '../claims/unit';
import type { Claim } from '../claims/types';
import {
  belowNotableWords,
  gradeScaleWords,
  peerGroupingOfYearWords,
  superlativeGroupWords,
} from './rule-words';
import { heading, paragraph, type Block } from './types';

/** The method section of one unit's release, starting with its heading. */
export function composeMethod(s: UnitStory): Block[] {
  const source = [
    `Texten är skriven automatiskt från resultatfilen ${s.sourceFile} för ${s.year} (källa: SKR, Insikt).`,
  ];
  if (s.isExample) source.push('Siffrorna är påhittade exempeldata, inte SKR:s resultat.');
  source.push(...s.sourceNotes);
  const places: Claim[] = [s.national, s.county, s.larger, s.peers, s.nui?.place]
    .flatMap((p) => (p ? [p.place] : []))
    .concat(s.areas.flatMap((a) => (a.place ? [a.place] : [])));
  const bases = new Set(places.map((c) => (c.kind === 'place' ? c.rank.basis : undefined)));
  const notes: string[] = [];
  if (bases.has('official')) notes.push('Placeringar utan annan markering är SKR:s egna.');
  if (bases.has('computed') && s.placesComputed) {
    notes.push(
      'Underlaget har inga placeringar, så alla placeringar är beräknade här: kommunerna med resultat är ordnade efter sina oavrundade index, som SKR gör. De kan ändå skilja sig från SKR:s publicerade listor, där SKR också lämnar ute kommuner med för låg svarsfrekvens.',
    );
  } else if (bases.has('computed')) {
    notes.push(
      'Placeringar markerade som beräknade har räknats fram här ur de oavrundade indexen, eftersom filen saknar SKR:s placering.',
    );
  }
  notes.push(
    `Bäst i länet, bäst bland de större kommunerna, bäst i sin kommungrupp och största klättringen sägs bara när SKR:s placering eller en fullständig resultatfil visar det, och bara i en grupp med ${superlativeGroupWords()}.`,
  );
  if (!s.isForbund) {
    const grouping = peerGroupingOfYearWords(s.year);
    notes.push(
      !grouping.grouped
        ? grouping.words
        : `${grouping.words} Placeringen i kommungruppen är beräknad bland gruppens kommuner med NKI totalt, eftersom SKR:s egna placeringar inom grupperna inte finns i underlaget.`,
    );
  }
  return [
    heading('Så togs texten fram'),
    paragraph(source),
    paragraph(notes),
    paragraph([...wordingRules(), ...breakRule(s)]),
  ];
}

/** The wording rules, shared with the national and county texts. */
export function wordingRules(): string[] {
  return [
    `En förändring på ${belowNotableWords()} kallas i stort sett oförändrad.`,
    'En jämförelse med något annat år än förra året anger alltid vilket år.',
    `Betygen följer SKR:s skala: ${gradeScaleWords()}.`,
  ];
}

function breakRule(s: UnitStory): string[] {
  if (!s.seriesBreak) return [];
  return [
    'Vid ett seriebrott bygger NKI totalt inte på samma områden som året det jämförs med, så index kan inte jämföras rakt av; texten säger det där det gäller.',
  ];
}

/**
 * "Så togs texten fram": the data a release used and the rules that chose its wording, so a
 * reader can check every sentence against the tables.
 */
import type { Derived, RankOutcome, UnitYear } from '../lib/model';
import { heading, paragraph, type Block } from './types';

/** The method section of one unit's release, starting with its heading. */
export function composeMethod(derived: Derived, uy: UnitYear): Block[] {
  const source = [
    `Texten är skriven automatiskt från resultatfilen ${uy.row.source.file} för ${uy.year} (källa: SKR, Insikt).`,
  ];
  if (derived.dataset.isExample) {
    source.push('Siffrorna är påhittade exempeldata, inte SKR:s resultat.');
  }
  const outcomes: (RankOutcome | undefined)[] = [
    uy.national,
    uy.county,
    uy.larger,
    uy.nuiRank,
    ...uy.areas.map((a) => a.rank),
  ];
  const bases = new Set(outcomes.flatMap((o) => (o?.kind === 'ranked' ? [o.rank.basis] : [])));
  const places: string[] = [];
  if (bases.has('official')) places.push('Placeringar utan annan markering är SKR:s egna.');
  if (bases.has('computed')) {
    places.push(
      'Placeringar markerade som beräknade har räknats fram här ur de oavrundade indexen, eftersom filen saknar SKR:s placering.',
    );
  }
  places.push('Rubriken bygger bara på SKR:s egna placeringar.');
  return [
    heading('Så togs texten fram'),
    paragraph(source),
    paragraph(places),
    paragraph(rules(uy)),
  ];
}

/** The wording rules, shared with the national and county texts. */
export function wordingRules(): string[] {
  return [
    'En förändring på mindre än 2 indexenheter kallas i stort sett oförändrad.',
    'Betygen följer SKR:s skala: 80 eller mer är mycket högt, 70–79 högt, 62–69 godkänt och under 62 lågt.',
  ];
}

function rules(uy: UnitYear): string[] {
  const out = wordingRules();
  const acrossBreak = [uy.nkiChange, uy.nuiChange, ...uy.areas.map((a) => a.change)].some(
    (c) => c?.acrossBreak,
  );
  if (acrossBreak) {
    out.push(
      'Vid ett seriebrott bygger NKI totalt inte på samma områden som året det jämförs med, så index kan inte jämföras rakt av; texten säger det där det gäller.',
    );
  }
  return out;
}

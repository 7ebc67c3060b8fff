/**
 * The facts beside a unit-year's release: NKI totalt with its grade, the places in the country,
 * the county, among the larger municipalities and in the kommungrupp, what NKI rests on, NUI and
 * the change. Plain text for the page's fact list (the area table is in unit-basis.ts).
 */
import type { County, RankOutcome, UnitYear } from '../lib/model';
import { formatDelta, formatIndex, gradeLabel } from '../text/format';
import { notRankedLabel, scoreText } from '../text/labels';
import { noPeerGroupingYetWords } from '../text/rule-words';
import { basisFact } from './unit-basis';

export interface Fact {
  label: string;
  value: string;
  note?: string;
}

/** "plats 2" / "plats 12 (beräknad)" / the reason it has none. */
export function rankText(outcome: RankOutcome | undefined): string {
  if (!outcome) return '–';
  if (outcome.kind === 'not-ranked') return notRankedLabel(outcome.reason);
  const r = outcome.rank;
  const tied = r.tied ? ' (delad)' : '';
  return `plats ${r.place}${tied}${r.basis === 'computed' ? ' (beräknad)' : ''}`;
}

export function factsOf(uy: UnitYear, county: County | undefined): Fact[] {
  const facts: Fact[] = [
    {
      label: 'NKI totalt',
      value: scoreText(uy.nki),
      note: uy.grade && `${gradeLabel(uy.grade)} resultat`,
    },
  ];
  if (uy.unit.kind === 'kommun') {
    facts.push({ label: 'I landet', value: rankText(uy.national) });
    if (county) facts.push({ label: `I ${county.name}`, value: rankText(uy.county) });
    if (uy.larger) facts.push({ label: 'Bland större kommuner', value: rankText(uy.larger) });
    facts.push(peerFact(uy));
  }
  const basis = basisFact(uy);
  if (basis) facts.push(basis);
  if (uy.nui.kind === 'measured') {
    facts.push({
      label: 'NUI (upphandling)',
      value: scoreText(uy.nui),
      note: rankText(uy.nuiRank),
    });
  }
  if (uy.nkiChange && !uy.nkiChange.acrossBreak) {
    facts.push({
      label: `Jämfört med ${uy.nkiChange.fromYear}`,
      value: formatDelta(uy.nkiChange.delta),
      note: uy.nkiChange.notable ? undefined : 'i stort sett oförändrat',
    });
  }
  return facts;
}

/**
 * The kommungrupp: "Kommungrupp: Landsbygdskommun", "plats 1 av 16 (beräknad)", "median 78, SKR:s
 * indelning 2017"; before 2017 the page says there is none in the data.
 */
export function peerFact(uy: UnitYear): Fact {
  const p = uy.peers;
  if (!p) return { label: 'Kommungrupp', value: '–', note: noPeerGroupingYetWords() };
  const r = p.rank.kind === 'ranked' ? p.rank.rank : undefined;
  const value = r
    ? `plats ${r.place}${r.outOf !== undefined ? ` av ${r.outOf}` : ''}${r.tied ? ' (delad)' : ''}${r.basis === 'computed' ? ' (beräknad)' : ''}`
    : rankText(p.rank);
  const median = p.median !== undefined ? `median ${formatIndex(p.median)}, ` : '';
  return {
    label: `Kommungrupp: ${p.group.name}`,
    value,
    note: `${median}SKR:s indelning ${p.edition}`,
  };
}

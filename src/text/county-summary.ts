/**
 * The county summary for /lan/<slug>/ ("Trosa bäst i Södermanlands län"): who leads the county,
 * the order of the rest, and who took part without a county place. The headline names a leader
 * only on SKR's own county placement; a computed one is mentioned in the text, marked as such.
 */
import { unitsInYear } from '../lib/highlights';
import type { Derived, UnitYear } from '../lib/model';
import { formatIndex, joinList } from './format';
import { findCounty } from './names';
import { wordingRules } from './method';
import { placePhrase } from './ranking-text';
import { heading, paragraph, type Block, type Release } from './types';

/** Composes the summary of one county and year; throws for an unknown county. */
export function composeCountySummary(derived: Derived, countyCode: string, year: number): Release {
  const county = findCounty(derived.dataset.reference, countyCode);
  if (!county) throw new Error(`Okänt län: ${countyCode}`);
  const units = unitsInYear(derived, year).filter(
    (u) => u.unit.kind === 'kommun' && u.unit.countyCode === countyCode,
  );
  const ranked = units
    .filter((u) => u.county?.kind === 'ranked')
    .sort((a, b) => place(a) - place(b));
  const first = ranked.filter((u) => place(u) === 1);
  const official =
    first.length > 0 &&
    first.every((u) => u.county?.kind === 'ranked' && u.county.rank.basis === 'official');

  let headline = `${county.name} i Insikt ${year}`;
  if (official && first.length === 1 && first[0])
    headline = `${first[0].unit.name} bäst i ${county.name}`;
  if (official && first.length > 1)
    headline = `${joinList(first.map((u) => u.unit.name))} delar förstaplatsen i ${county.name}`;

  const leader = first[0];
  const lede =
    leader && leader.nki.kind === 'measured'
      ? `${leader.unit.displayName} får ${formatIndex(leader.nki.value)} i Nöjd Kund Index (NKI) ${year}, ${official ? 'högst' : 'högst enligt beräknad placering'} bland kommunerna i ${county.name}.`
      : `Så nöjda är företagen med kommunernas service i ${county.name} ${year}.`;

  const body: Block[] = [];
  const rest = ranked.filter((u) => !first.includes(u)).map(item);
  const unranked = units.filter((u) => !ranked.includes(u));
  const order: string[] = [];
  if (rest.length > 0) order.push(`Därefter följer ${joinList(rest)}.`);
  if (unranked.length > 0)
    order.push(`Utan placering i länet är ${joinList(unranked.map((u) => u.unit.name))}.`);
  if (order.length > 0) body.push(heading('Länets kommuner'), paragraph(order));

  const method = [
    heading('Så togs texten fram'),
    paragraph([
      `Texten är skriven automatiskt från resultatfilen för ${year} (källa: SKR, Insikt).`,
      'Placeringarna gäller kommunerna inom länet.',
      ...wordingRules().slice(1),
    ]),
  ];
  return { headline, lede, body, method };
}

function place(u: UnitYear): number {
  return u.county?.kind === 'ranked' ? u.county.rank.place : Number.POSITIVE_INFINITY;
}

/** "Gnesta (77, tredje plats)". */
function item(u: UnitYear): string {
  const value = u.nki.kind === 'measured' ? `${formatIndex(u.nki.value)}, ` : '';
  return `${u.unit.name} (${value}${u.county?.kind === 'ranked' ? placePhrase(u.county.rank) : ''})`;
}

/**
 * The county summary for /lan/<slug>/ ("Trosa bäst i Södermanlands län"): who leads the county,
 * the order of the rest, and who took part without a county place. The headline names a leader
 * only by a superlative-worthy place (SKR's own or from a complete list, three or more ranked);
 * a county of one or two ranked municipalities (Region Gotland) gets no "bäst".
 */
import { sentence, type Claim, type Sentence } from '../claims/types';
import { isSuperlativeRank, MIN_GROUP_FOR_SUPERLATIVE } from '../lib/comparability';
import { isInBetweenYear } from '../lib/series';
import { rankOf, unitsInYear } from '../lib/highlights';
import type { Derived, UnitYear } from '../lib/model';
import { formatIndex, formatNumber, joinList } from './format';
import { findCounty } from './names';
import { wordingRules } from './method';
import { heading, paragraph, yearlyRelease, type Block, type Release } from './types';
import { releaseSource } from '../lib/provenance';

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
  // No county honour from the in-between year's short list (2015), nor in a group of one or two.
  const inBetween = isInBetweenYear(year);
  const leader =
    !inBetween && first.length === 1 && isSuperlativeRank(rankOf(first[0]!.county), ranked.length)
      ? first[0]
      : undefined;
  // Places are worth listing in a county with a ranking of three or more, outside 2015.
  const listPlaces = !inBetween && ranked.length >= MIN_GROUP_FOR_SUPERLATIVE;
  // When every place is computed, the text says so once instead of after each place.
  const noted = ranked.every((u) => rankOf(u.county)?.basis === 'computed');

  const placeClaims = (list: UnitYear[]): Claim[] =>
    list.flatMap((u) => {
      const rank = rankOf(u.county);
      const value: Claim[] =
        u.nki.kind === 'measured'
          ? [{ kind: 'value', unit: u.unit.code, measure: 'nki', year, value: u.nki.value }]
          : [];
      return rank && listPlaces
        ? [
            {
              kind: 'place',
              unit: u.unit.code,
              list: 'county',
              year,
              rank,
              ...(noted && rank.basis === 'computed' ? { noted: true } : {}),
            } as Claim,
            ...value,
          ]
        : value;
    });
  const about: Claim = { kind: 'about', topic: 'insikt', year };
  const head = leader
    ? sentence(`${leader.unit.name} bäst i ${county.name}`, {
        kind: 'best',
        unit: leader.unit.code,
        list: 'county',
        year,
        groupSize: ranked.length,
      })
    : sentence(`${county.name} i Insikt ${year}`, about);

  const lede =
    leader && leader.nki.kind === 'measured'
      ? sentence(
          `${leader.unit.displayName} får ${formatIndex(leader.nki.value)} i Nöjd Kund Index (NKI) ${year}, högst bland de ${ranked.length} rankade kommunerna i ${county.name}${rankOf(leader.county)?.basis === 'computed' && !noted ? ' (beräknad placering)' : ''}.`,
          ...(placeClaims([leader]) as [Claim, ...Claim[]]),
          { kind: 'count', what: 'ranked-in-county', year, county: countyCode, n: ranked.length },
        )
      : sentence(`Så nöjda är företagen med kommunernas service i ${county.name} ${year}.`, about);

  const body: Block[] = [];
  const sentences: Sentence[] = [];
  const rest = ranked.filter((u) => u !== leader);
  const unranked = units.filter((u) => !ranked.includes(u));
  const order: Sentence[] = [];
  if (rest.length > 0 && listPlaces) {
    order.push(
      sentence(
        `${leader ? 'Därefter följer' : 'Placeringarna i länet är'} ${joinList(rest.map((u) => item(u, noted)))}.`,
        ...(placeClaims(rest) as [Claim, ...Claim[]]),
      ),
    );
  } else if (rest.length > 0) {
    const withValue = rest.filter((u) => u.nki.kind === 'measured');
    if (withValue.length > 0) {
      order.push(
        sentence(
          `NKI ${year}: ${joinList(withValue.map((u) => `${u.unit.name} ${formatIndex((u.nki as { value: number }).value)}`))}.`,
          ...(placeClaims(withValue) as [Claim, ...Claim[]]),
        ),
      );
    }
  }
  if (inBetween && units.length > 0) {
    order.push(
      sentence(
        `${year} var ett mellanår i Insikt, då bara en del av kommunerna mättes, så det ger ingen rankning av länet.`,
        { kind: 'about', topic: 'in-between', year },
      ),
    );
  }
  if (unranked.length > 0) {
    order.push(
      sentence(
        `Utan placering i länet är ${joinList(unranked.map((u) => u.unit.name))}.`,
        ...(unranked.map((u) => ({
          kind: 'not-ranked',
          unit: u.unit.code,
          year,
          reason: u.county?.kind === 'not-ranked' ? u.county.reason : 'no-result',
        })) as [Claim, ...Claim[]]),
      ),
    );
  }
  if (listPlaces && noted && ranked.length > 0) {
    order.push(
      sentence(
        'Placeringarna är beräknade här ur de oavrundade indexen, eftersom underlaget saknar SKR:s egna placeringar.',
        { kind: 'about', topic: 'computed-places', year },
      ),
    );
  }
  if (order.length > 0) {
    body.push(heading('Länets kommuner'), paragraph(order));
    sentences.push(...order);
  }

  const method = [
    heading('Så togs texten fram'),
    paragraph([
      `Texten är skriven automatiskt från resultatfilen för ${year} (källa: SKR, Insikt).`,
      'Placeringarna gäller kommunerna inom länet.',
      ...wordingRules().slice(1),
    ]),
  ];
  return yearlyRelease(releaseSource(derived.dataset, year), head, lede, body, sentences, method);
}

function place(u: UnitYear): number {
  return u.county?.kind === 'ranked' ? u.county.rank.place : Number.POSITIVE_INFINITY;
}

/** "Gnesta (77, plats 3)"; the count of ranked is in the lede. */
function item(u: UnitYear, noted: boolean): string {
  const value = u.nki.kind === 'measured' ? `${formatIndex(u.nki.value)}, ` : '';
  const rank = u.county?.kind === 'ranked' ? u.county.rank : undefined;
  const computed = rank?.basis === 'computed' && !noted ? ', beräknad' : '';
  const where = rank
    ? `${rank.tied ? 'delad ' : ''}plats ${formatNumber(rank.place)}${computed}`
    : '';
  return `${u.unit.name} (${value}${where})`;
}

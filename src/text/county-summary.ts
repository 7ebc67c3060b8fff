/**
 * The county summary for /lan/<slug>/ ("Trosa bäst i Södermanlands län"): who leads the county,
 * the order of the rest, and who took part without a county place. Who may be called best and
 * whether places are told is decided in src/claims/county.ts; this module only words its claims.
 */
import { sentence, type Claim, type Sentence } from '../claims/types';
import { countyStory, type CountyEntry, type CountyStory } from '../claims/county';
import type { Derived } from '../lib/model';
import { formatIndex, formatNumber, joinList } from './format';
import { wordingRules } from './method';
import { heading, paragraph, yearlyRelease, type Block, type Release } from './types';
import { releaseSource } from '../lib/provenance';

/** Composes the summary of one county and year; throws for an unknown county. */
export function composeCountySummary(derived: Derived, countyCode: string, year: number): Release {
  return countySummary(
    releaseSource(derived.dataset, year),
    countyStory(derived, countyCode, year),
  );
}

const claimsOf = (list: CountyEntry[]): Claim[] =>
  list.flatMap((e): Claim[] => [...(e.place ? [e.place] : []), ...(e.value ? [e.value] : [])]);

/** Words the claims of a county and year as its summary. */
export function countySummary(source: string, story: CountyStory): Release {
  const { county, year, leader, noted, listPlaces } = story;
  const about: Claim = { kind: 'about', topic: 'insikt', year };
  const head = leader
    ? sentence(`${leader.unit.name} bäst i ${county.name}`, leader.best)
    : sentence(`${county.name} i Insikt ${year}`, about);

  const lede =
    leader && leader.value
      ? sentence(
          `${leader.unit.displayName} får ${formatIndex(leader.value.value)} i Nöjd Kund Index (NKI) ${year}, högst bland de ${leader.ranked.n} rankade kommunerna i ${county.name}${leader.place?.rank.basis === 'computed' && !noted ? ' (beräknad placering)' : ''}.`,
          ...(claimsOf([leader]) as [Claim, ...Claim[]]),
          leader.ranked,
        )
      : sentence(`Så nöjda är företagen med kommunernas service i ${county.name} ${year}.`, about);

  const body: Block[] = [];
  const sentences: Sentence[] = [];
  const { rest, unranked } = story;
  const order: Sentence[] = [];
  if (rest.length > 0 && listPlaces) {
    order.push(
      sentence(
        `${leader ? 'Därefter följer' : 'Placeringarna i länet är'} ${joinList(rest.map((e) => item(e, noted)))}.`,
        ...(claimsOf(rest) as [Claim, ...Claim[]]),
      ),
    );
  } else if (rest.length > 0) {
    const withValue = rest.filter((e) => e.value);
    if (withValue.length > 0) {
      order.push(
        sentence(
          `NKI ${year}: ${joinList(withValue.map((e) => `${e.unit.name} ${formatIndex(e.value!.value)}`))}.`,
          ...(claimsOf(withValue) as [Claim, ...Claim[]]),
        ),
      );
    }
  }
  if (story.inBetween && story.participants > 0) {
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
        ...(unranked.map((u) => u.claim) as [Claim, ...Claim[]]),
      ),
    );
  }
  if (story.computedNote) {
    order.push(
      sentence(
        'Placeringarna är beräknade här ur de oavrundade indexen, eftersom underlaget saknar SKR:s egna placeringar.',
        story.computedNote,
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
  return yearlyRelease(source, head, lede, body, sentences, method);
}

/** "Gnesta (77, plats 3)"; the count of ranked is in the lede. */
function item(e: CountyEntry, noted: boolean): string {
  const value = e.value ? `${formatIndex(e.value.value)}, ` : '';
  const rank = e.place?.rank;
  const computed = rank?.basis === 'computed' && !noted ? ', beräknad' : '';
  const where = rank
    ? `${rank.tied ? 'delad ' : ''}plats ${formatNumber(rank.place)}${computed}`
    : '';
  return `${e.unit.name} (${value}${where})`;
}

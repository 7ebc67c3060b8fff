/**
 * The press release for one unit and year, in the manner of the seeds (../shared/seeds): the
 * headline carries the strongest true angle, the lede explains it, the body tells each remaining
 * fact once with its baseline, and a short "Om Insikt" paragraph closes. Content comes from
 * claims/unit.ts; this module only words claims.
 */
import { unitStory, type UnitStory } from '../claims/unit';
import { sentence, type Claim, type Sentence } from '../claims/types';
import type { Derived } from '../lib/model';
import { aboutSentences } from './about';
import { thinBaseSentence } from './basis-words';
import { areaSentences, nuiSentences } from './area-text';
import { composeMethod } from './method';
import { changeSentences, placeSentences, recordSentence } from './unit-sentences';
import { pressKit } from './press-kit';
import { heading, paragraph, type Block, type Release } from './types';
import { Referrer } from './words';

import { headline } from './release-headline';
import { ledeSentences } from './release-lede';
import { averageWords, noun } from './release-words';
// The page, its share card and two feeds all need the same release: compose it once.
const memo = new WeakMap<Derived, Map<string, Release>>();

/** Composes the release; throws when the unit has no result for the year. Do not mutate it. */
export function composeRelease(derived: Derived, unitCode: string, year: number): Release {
  let byKey = memo.get(derived);
  if (!byKey) memo.set(derived, (byKey = new Map()));
  const key = `${unitCode}:${year}`;
  let release = byKey.get(key);
  if (!release) byKey.set(key, (release = writeRelease(unitStory(derived, unitCode, year))));
  return release;
}

/** Words a story; `used` holds the claims already told, so nothing is said twice. */
export function writeRelease(s: UnitStory): Release {
  const used = new Set<Claim>();
  const ref = new Referrer(s.shortName, noun(s), !s.isForbund);
  const head = headline(s);
  head.claims.forEach((c) => used.add(c));
  const notes = new Notes(s);
  const lede = notes.after(ledeSentences(s, used));

  const body: Block[] = [];
  const sentences: Sentence[] = [head, ...lede];
  const add = (title: string | undefined, list: Sentence[]) => {
    if (list.length === 0) return;
    const noted = notes.after(list);
    if (title) body.push(heading(title));
    body.push(paragraph(noted));
    sentences.push(...noted);
  };
  add(undefined, [...changeSentences(s, used, ref), ...recordSentence(s, used)]);
  add('Placeringar', placeSentences(s, used, ref));
  add('Myndighetsområden', [...areaSentences(s, used, ref), ...thinBaseSentence(s.basis.thin)]);
  add('Upphandling', nuiSentences(s, used, ref));
  add('Om Insikt', aboutSentences(s, used));

  const method = composeMethod(s);
  return {
    headline: head.text,
    lede: lede.map((x) => x.text).join(' '),
    body,
    method,
    sentences,
    source: s.source,
    press: pressKit(s, head, lede, sentences.slice(1 + lede.length)),
  };
}

/**
 * What a release explains once, right after the first sentence that needs it, instead of after
 * every place: that the places are computed, and what the in-between year 2015 was.
 */
class Notes {
  private computedSaid = false;
  private inBetweenSaid = false;
  constructor(private readonly s: UnitStory) {}

  after(list: Sentence[]): Sentence[] {
    const out: Sentence[] = [];
    for (const x of list) {
      out.push(x);
      const places = x.claims.filter((c) => c.kind === 'place' || c.kind === 'place-change');
      if (places.length === 0) continue;
      if (this.s.inBetween && !this.inBetweenSaid) {
        this.inBetweenSaid = true;
        out.push(inBetweenSentence(this.s));
      }
      if (!this.computedSaid && places.some((c) => 'noted' in c && c.noted)) {
        this.computedSaid = true;
        out.push(
          sentence(
            'Placeringarna är beräknade här ur de oavrundade indexen, eftersom underlaget saknar SKR:s egna placeringar.',
            { kind: 'about', topic: 'computed-places', year: this.s.year },
          ),
        );
      }
    }
    return out;
  }
}

/** 2015 in one sentence: its short list is not the national ranking of other years. */
function inBetweenSentence(s: UnitStory): Sentence {
  return sentence(
    `${s.year} var ett mellanår i Insikt, då bara en del av kommunerna mättes, så placeringarna gäller bara dem och kan inte jämföras med andra års.`,
    { kind: 'about', topic: 'in-between', year: s.year },
  );
}

export { averageWords };

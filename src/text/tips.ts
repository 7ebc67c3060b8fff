/**
 * The tip sheet in Swedish: one line per tip, worded from the claims of src/claims/tips.ts and
 * nothing else, and each group's heading, introduction and note.
 */
import { areaInfo } from '../lib/areas';
import type { Rank, Unit } from '../lib/model';
import type {
  AreaLeaderTip,
  ChangeTip,
  CountyLeaderTip,
  NewcomerTip,
  StreakTip,
  TipsStory,
} from '../claims/tips';
import { sentence, type Claim, type Sentence } from '../claims/types';
import { capitalize, formatDelta, formatIndex, formatNumber, ordinal } from './format';
import { notRankedLabel } from './labels';
import { fewerThanGroupWords, notableChangeWords } from './rule-words';
import { countryWords } from './words';

/** How many climbers and fallers are listed; the rest are counted. */
export const CHANGES_LISTED = 10;

export interface TipLine {
  unit: Unit;
  year: number;
  line: Sentence;
}

export interface TipGroupText {
  /** Section id, also the fragment: "klattrare". */
  id: string;
  heading: string;
  intro: string;
  tips: TipLine[];
  /** Said when the list is empty or cut, e.g. a series break or "12 fler". */
  note?: string;
}

/** Every group of the tip sheet, in the order the page shows them. */
export function tipGroupsText(story: TipsStory): TipGroupText[] {
  return [
    ...changeGroups(story),
    newcomers(story),
    streaks(story),
    countyLeaders(story),
    areaLeaders(story),
  ];
}

const line = (tip: { unit: Unit; year: number }, s: Sentence): TipLine => ({
  unit: tip.unit,
  year: tip.year,
  line: s,
});

const claims = (...list: (Claim | undefined)[]) =>
  list.filter((c): c is Claim => c !== undefined) as [Claim, ...Claim[]];

/** "plats 2" or "plats 12 (beräknad)"; "delad" when SKR's values are equal. */
function placeWords(rank: Rank): string {
  const notes = [rank.tied ? 'delad' : '', rank.basis === 'computed' ? 'beräknad' : ''].filter(
    Boolean,
  );
  return `plats ${rank.place}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** ", plats 2 i landet" for a national place, "" without one. */
function nationalPart(place: Claim & { kind: 'place' }): string {
  return `, ${placeWords(place.rank)} ${countryWords(place.year)}`;
}

function changeGroups(story: TipsStory): TipGroupText[] {
  const { year, previousYear } = story;
  const { risers, fallers, none } = story.changes;
  const emptyNote =
    none === 'first-year'
      ? `${year} är det första året i underlaget, så det finns inget att jämföra med.`
      : none === 'series-break'
        ? `NKI totalt ${year} är inte sammansatt av samma områden som ${previousYear} (seriebrott), så ingen förändring räknas som en ökning eller minskning.`
        : undefined;
  const group = (id: string, heading: string, list: ChangeTip[], verb: string) => ({
    id,
    heading,
    intro:
      `NKI totalt har ${verb === 'ökade' ? 'ökat' : 'minskat'} med ${notableChangeWords()} jämfört med ${previousYear ?? 'året innan'}, i samma serie. ` +
      `Mindre skillnader än så beskrivs inte som en förändring.`,
    tips: list.slice(0, CHANGES_LISTED).map((t) => line(t, changeLine(t))),
    note:
      emptyNote ??
      (list.length === 0
        ? `Ingen kommun ${verb} med ${notableChangeWords()} ${year}.`
        : list.length > CHANGES_LISTED
          ? `Sammanlagt ${verb} ${formatNumber(list.length)} kommuner med ${notableChangeWords()}; de ${CHANGES_LISTED} största visas här. Alla syns i rankningen på årssidan.`
          : undefined),
  });
  return [
    group('klattrare', 'Ökar mest', risers, 'ökade'),
    group('tappare', 'Minskar mest', fallers, 'minskade'),
  ];
}

/** "Upp från 77 till 86 (+9) sedan 2020; från plats 114 till plats 2 i landet." */
function changeLine(t: ChangeTip): Sentence {
  const c = t.change;
  const dir = c.delta > 0 ? 'Upp' : 'Ned';
  const text = `${dir} från ${formatIndex(c.from)} till ${formatIndex(c.to)} (${formatDelta(c.delta)}) sedan ${c.fromYear}`;
  if (t.move) {
    const m = t.move;
    return sentence(
      `${text}; från ${placeWords(m.from)} till ${placeWords(m.to)} ${countryWords(m.toYear)}.`,
      c,
      m,
    );
  }
  return sentence(
    `${text}${t.national ? nationalPart(t.national) : ''}.`,
    ...claims(c, t.national),
  );
}

function newcomers(story: TipsStory): TipGroupText {
  const { year } = story;
  const { status, fresh, back } = story.newcomers;
  const base = {
    id: 'nya',
    heading: 'Nya och återkommande',
    intro:
      'Med i undersökningen för första gången i underlaget, eller tillbaka efter ett eller flera år utan resultat.',
  };
  if (status === 'first-year')
    return {
      ...base,
      tips: [],
      note: `${year} är det första året i underlaget, så alla deltagare är nya här.`,
    };
  if (status === 'unknown')
    return {
      ...base,
      tips: [],
      note: `Underlaget för ${year} eller tidigare år är inte fullständigt, så nya deltagare kan inte pekas ut.`,
    };
  const result = (t: NewcomerTip, opening: string): Sentence => {
    if (!t.value) return sentence(`${opening}: inget NKI-resultat visas.`, t.newcomer);
    const place = t.place
      ? nationalPart(t.place)
      : t.notRanked
        ? ` (rankas inte: ${notRankedLabel(t.notRanked.reason)})`
        : '';
    return sentence(
      `${opening}: NKI ${formatIndex(t.value.value)}${place}.`,
      ...claims(t.newcomer, t.value, t.place ?? t.notRanked),
    );
  };
  const tips = [
    ...fresh.map((t) => line(t, result(t, 'Med för första gången'))),
    ...back.map((t) =>
      line(t, result(t, `Tillbaka efter uppehåll, senast med ${t.newcomer.previousYear}`)),
    ),
  ];
  return {
    ...base,
    tips,
    note: tips.length ? undefined : `Inga nya eller återkommande deltagare ${year}.`,
  };
}

function streakLine(t: StreakTip): Sentence {
  const value = formatIndex(t.value.value);
  return t.streak.top === 1
    ? sentence(
        `Bäst i landet för ${ordinal(t.streak.years)} året i rad (NKI ${value}).`,
        t.streak,
        t.place,
        t.value,
      )
    : sentence(
        `${capitalize(ordinal(t.streak.years))} året i rad bland de tio bästa: ${placeWords(t.place.rank)} i landet (NKI ${value}).`,
        t.streak,
        t.place,
        t.value,
      );
}

function streaks(story: TipsStory): TipGroupText {
  return {
    id: 'i-rad',
    heading: 'Flera år i rad i topp',
    intro:
      'Bland de tio bästa i landet flera data-år i rad, räknat på SKR:s egna placeringar. Ett år utan resultat eller utan placering från SKR bryter raden.',
    tips: story.streaks.map((t) => line(t, streakLine(t))),
    note: story.streaks.length
      ? undefined
      : `Ingen kommun är bland de tio bästa för andra året i rad ${story.year}.`,
  };
}

/** "" for SKR's own untied first place, else what a reader must know about it. */
function firstNote(rank: Rank): string {
  const notes = [
    rank.tied ? 'delad förstaplats' : '',
    rank.basis === 'computed' ? 'beräknad placering' : '',
  ].filter(Boolean);
  return notes.length ? ` (${notes.join(', ')})` : '';
}

function countyLine(t: CountyLeaderTip): Sentence {
  return sentence(
    `Bäst i ${t.county.name}${firstNote(t.place.rank)}: NKI ${formatIndex(t.value.value)}${t.national ? nationalPart(t.national) : ''}.`,
    ...claims(t.best, t.place, t.value, t.national),
  );
}

function countyLeaders(story: TipsStory): TipGroupText {
  const tips = story.countyLeaders.map((t) => line(t, countyLine(t)));
  return {
    id: 'lan',
    heading: 'Bäst i varje län',
    intro: `Kommunen med högst NKI totalt i sitt län ${story.year}. Län med ${fewerThanGroupWords()} rankade kommuner, eller utan en ensam etta från SKR eller en fullständig lista, saknas.`,
    tips,
    note: tips.length ? undefined : `Inga länsplaceringar finns för ${story.year}.`,
  };
}

function areaLine(t: AreaLeaderTip): Sentence {
  const nui = t.list === 'nui';
  const label = t.list === 'nui' ? 'upphandling (NUI)' : areaInfo(t.list).inSentence;
  const shown = t.value ? `: ${nui ? 'NUI' : 'index'} ${formatIndex(t.value.value)}` : '';
  return sentence(
    `Högst ${countryWords(t.year)} på ${label}${firstNote(t.place.rank)}${shown}.`,
    ...claims(t.place, t.value),
  );
}

function areaLeaders(story: TipsStory): TipGroupText {
  const tips = story.areaLeaders.map((t) => line(t, areaLine(t)));
  return {
    id: 'omraden',
    heading: 'Bäst inom varje område',
    intro: `Högst placerad i landet inom varje myndighetsområde ${story.year}, och i upphandling (NUI), som redovisas för sig.`,
    tips,
    note: tips.length ? undefined : `Inga områdesplaceringar finns för ${story.year}.`,
  };
}

/**
 * Sentences about the myndighetsområden and about upphandling (NUI). Each area appears once, with
 * its value, grade and baseline: first the largest increase and decrease (only when two or more
 * areas can be compared with the same year), then other notable changes, then SKR's top-ten area
 * places, then the grades of the areas not yet told.
 */
import { areaInfo, type AreaId } from '../lib/areas';
import { BIG_GAIN_POINTS } from '../lib/comparability';
import type { AreaStory, UnitStory } from '../claims/unit';
import { sentence, type Claim, type Sentence } from '../claims/types';
import {
  capitalize,
  countWord,
  formatIndex,
  formatNumber,
  gradeLabel,
  joinList,
  ordinal,
} from './format';
import { placeSentence } from './unit-sentences';
import { Referrer, baseline, since } from './words';

/** Changes told one by one, besides the largest increase and decrease. */
const MORE_CHANGES = 2;

export function areaSentences(s: UnitStory, used: Set<Claim>, ref: Referrer): Sentence[] {
  const out: Sentence[] = [];
  const told = new Set<AreaId>();
  const tell = (a: AreaStory, text: string, ...claims: (Claim | undefined)[]) => {
    const list = claims.filter((c): c is Claim => c !== undefined);
    list.forEach((c) => used.add(c));
    told.add(a.area);
    out.push(sentence(text, ...(list as [Claim, ...Claim[]])));
  };
  let lastYearSaid = false;
  const span = (a: AreaStory, lc?: Claim & { kind: 'change' }) => {
    const text = fromTo(a, lc, lastYearSaid);
    if (a.change && a.change.fromYear === a.change.toYear - 1) lastYearSaid = true;
    return text;
  };
  const changed = s.areas.filter((a) => a.change);
  const sameBase = changed.filter((a) => a.change!.fromYear === s.previousDataYear);
  const largest = sameBase.length >= 2 && s.comparableAreaChanges >= 2;
  const up = pick(
    sameBase.filter((a) => a.change!.delta > 0),
    1,
  );
  const down = pick(
    sameBase.filter((a) => a.change!.delta < 0),
    -1,
  );
  if (largest && up) {
    const lc = longOf(up);
    tell(
      up,
      `${capitalize(name(up))} ökar mest: ${span(up, lc)}${gradeTail(up)}.`,
      up.change,
      lc,
      up.value,
      up.grade,
    );
    if (up.place) {
      out.push(areaPlaceSentence(up, ref));
      used.add(up.place);
    }
  }
  if (largest && down) {
    tell(
      down,
      `${capitalize(name(down))} sjunker mest: ${span(down)}${gradeTail(down)}.`,
      down.change,
      down.value,
      down.grade,
    );
  }
  const others = s.areas
    .filter((a) => !told.has(a.area) && (a.change || a.longChange))
    .sort((a, b) => size(b) - size(a))
    .slice(0, MORE_CHANGES);
  for (const a of others) {
    if (a.change) {
      const verb = a.change.delta > 0 ? 'ökar' : 'sjunker';
      const lc = longOf(a);
      tell(
        a,
        `${capitalize(name(a))} ${verb} ${span(a, lc)}${gradeTail(a)}.`,
        a.change,
        lc,
        a.value,
        a.grade,
      );
    } else {
      const c = a.longChange!;
      const only = c.delta >= BIG_GAIN_POINTS && c.toYear - c.fromYear <= 2 ? 'bara ' : '';
      tell(
        a,
        `${capitalize(name(a))} har på ${only}${countWord(c.toYear - c.fromYear)} år gått från ${formatIndex(c.from)} år ${c.fromYear} till ${formatIndex(c.to)}${gradeTail(a)}.`,
        c,
        a.value,
        a.grade,
      );
    }
  }
  for (const a of s.areas) {
    if (!a.place || used.has(a.place)) continue;
    const rank = a.place.rank;
    if (rank.tied || rank.place > 10) continue;
    out.push(areaPlaceSentence(a, ref));
    used.add(a.place);
  }
  out.push(...gradeSentences(s, told, used));
  const missing = s.areas.filter((a) => a.missing);
  if (missing.length > 0) {
    const claims = missing.map((a) => a.missing!) as [Claim, ...Claim[]];
    out.push(
      sentence(
        `För ${joinList(missing.map(name))} är svaren för få för att resultatet ska redovisas.`,
        ...claims,
      ),
    );
  }
  return out;
}

/** "Där är Kalix tredje bäst i landet." for SKR's top ten, else the place in digits. */
function areaPlaceSentence(a: AreaStory, ref: Referrer): Sentence {
  const rank = a.place!.rank;
  const inArea = `I ${name(a)}`;
  if (!rank.tied && rank.place <= 10) {
    const best =
      rank.place === 1 ? 'bäst' : rank.place === 2 ? 'näst bäst' : `${ordinal(rank.place)} bäst`;
    return sentence(`${inArea} är ${ref.next()} ${best} i landet.`, a.place!);
  }
  return sentence(
    `${inArea} hamnar ${ref.next()} på plats ${formatNumber(rank.place)}${rank.outOf ? ` av ${formatNumber(rank.outOf)}` : ''} i landet.`,
    a.place!,
  );
}

/** The grades of the areas not told yet, inside NKI totalt and outside it. */
function gradeSentences(s: UnitStory, told: Set<AreaId>, used: Set<Claim>): Sentence[] {
  const out: Sentence[] = [];
  const inside = s.areas.filter((a) => a.inTotal && a.value && a.grade);
  const outside = s.areas.filter((a) => !a.inTotal && a.value);
  const rest = inside.filter((a) => !told.has(a.area));
  const claimsOf = (list: AreaStory[]) =>
    list.flatMap((a) => [a.value!, ...(a.grade ? [a.grade] : [])]) as [Claim, ...Claim[]];
  const all = inside.length === s.totalAreas.length && !s.isForbund;
  const first = rest[0];
  if (
    first &&
    rest.length === inside.length &&
    rest.every((a) => a.grade!.grade === first.grade!.grade) &&
    rest.length >= 2
  ) {
    const label = gradeLabel(first.grade!.grade);
    const group =
      rest.length === 2
        ? 'Båda områdena'
        : `Alla ${countWord(rest.length)} områden${all ? ' som ingår i NKI totalt' : ' med resultat'}`;
    out.push(
      sentence(
        `${group} får ett ${label} resultat: ${joinList(rest.map(withValue))}.`,
        ...claimsOf(rest),
      ),
    );
  } else if (rest.length > 0) {
    const order = ['mycket-hogt', 'hogt', 'godkant', 'lagt'] as const;
    const also = told.size > 0 ? ' också' : '';
    for (const g of order) {
      const group = rest.filter((a) => a.grade!.grade === g);
      if (group.length === 0) continue;
      out.push(
        sentence(
          `Ett ${gradeLabel(g)} resultat får${also} ${joinList(group.map(withValue))}.`,
          ...claimsOf(group),
        ),
      );
    }
  }
  rest.forEach((a) => claimsOf([a]).forEach((c) => used.add(c)));
  if (outside.length > 0) {
    out.push(
      sentence(
        `Utanför NKI totalt redovisas ${joinList(outside.map(withValue))}.`,
        ...(outside.map((a) => a.value!) as [Claim, ...Claim[]]),
      ),
    );
  }
  return out;
}

/** The NUI sentences: index, grade and change, then the NUI place (municipalities only). */
export function nuiSentences(s: UnitStory, used: Set<Claim>, ref: Referrer): Sentence[] {
  const nui = s.nui;
  if (!nui) return [];
  const claims: [Claim, ...Claim[]] = [nui.value];
  let text = `Upphandlingen får ${formatIndex(nui.value.value)} i Nöjd Upphandlingsindex (NUI)`;
  if (nui.grade) {
    text += `, ett ${gradeLabel(nui.grade.grade)} resultat`;
    claims.push(nui.grade);
  }
  const c = nui.change;
  if (c) {
    claims.push(c);
    const when = since(c.fromYear, c.toYear);
    if (Math.abs(c.delta) >= 2) {
      text += `, ${c.delta > 0 ? 'upp' : 'ned'} ${formatNumber(Math.abs(c.delta))} ${when}`;
    } else if (c.delta === 0) {
      text += `, samma som ${when.replace('jämfört med ', '')}`;
    } else {
      text += `, i stort sett oförändrat ${when}`;
    }
  }
  claims.forEach((x) => used.add(x));
  const out = [sentence(`${text}.`, ...claims)];
  const place = nui.place && placeSentence('i NUI-rankningen', nui.place, used, ref);
  if (place) out.push(place);
  return out;
}

function pick(list: AreaStory[], sign: 1 | -1): AreaStory | undefined {
  // Ties on the published delta are settled by the unrounded difference, then by area order.
  return [...list].sort((a, b) => {
    const ca = a.change!;
    const cb = b.change!;
    return sign * (cb.delta - ca.delta) || sign * (cb.to - cb.from - (ca.to - ca.from));
  })[0];
}

function size(a: AreaStory): number {
  return Math.abs((a.change ?? a.longChange)?.delta ?? 0);
}

function name(a: AreaStory): string {
  return areaInfo(a.area).inSentence;
}

function withValue(a: AreaStory): string {
  return a.value ? `${name(a)} (${formatIndex(a.value.value)})` : name(a);
}

/**
 * "från 62 förra året och 52 år 2022 till 72": the change with its baseline named, and a longer
 * change in the same direction told in the same breath, so the area appears once.
 */
function fromTo(a: AreaStory, long?: Claim & { kind: 'change' }, lastYearSaid = false): string {
  const c = a.change!;
  const base = baseline(c.fromYear, c.toYear);
  // Once a paragraph has said "förra året", the next changes from last year need not repeat it.
  const when = base === 'förra året' ? (lastYearSaid ? '' : ` ${base}`) : ` år ${base}`;
  const first = `från ${formatIndex(c.from)}${when}`;
  const second = long ? ` och ${formatIndex(long.from)} år ${long.fromYear}` : '';
  return `${first}${second} till ${formatIndex(c.to)}`;
}

/** A longer change worth telling beside the short one: same direction and larger. */
function longOf(a: AreaStory): (Claim & { kind: 'change' }) | undefined {
  const l = a.longChange;
  const c = a.change;
  if (!l || !c) return undefined;
  return Math.sign(l.delta) === Math.sign(c.delta) && Math.abs(l.delta) > Math.abs(c.delta)
    ? l
    : undefined;
}

function gradeTail(a: AreaStory): string {
  return a.grade ? `, ett ${gradeLabel(a.grade.grade)} resultat` : '';
}

/**
 * The unit release's grade sentences for the areas not yet told (inside NKI totalt and outside
 * it) and its NUI sentences: index, grade and change, then the NUI place.
 */
import { areaInfo, type AreaId } from '../lib/areas';
import type { AreaStory, UnitStory } from '../claims/unit';
import { foodControlInsideMiljo } from '../claims/unit-areas';
import { sentence, type Claim, type Sentence } from '../claims/types';
import { isNotableDelta } from '../claims/notable';
import { capitalize, countWord, formatIndex, formatNumber, gradeLabel, joinList } from './format';
import { placeSentence } from './unit-sentences';
import { Referrer, since } from './words';

/** The grades of the areas not told yet, inside NKI totalt and outside it. */
export function gradeSentences(s: UnitStory, told: Set<AreaId>, used: Set<Claim>): Sentence[] {
  const out: Sentence[] = [];
  const inside = s.areas.filter((a) => a.inTotal && a.value && a.grade);
  const outside = s.areas.filter((a) => !a.inTotal && a.value && !told.has(a.area));
  const rest = inside.filter((a) => !told.has(a.area));
  const claimsOf = (list: AreaStory[]) =>
    list.flatMap((a) => [a.value!, ...(a.grade ? [a.grade] : [])]) as [Claim, ...Claim[]];
  const all = inside.length === s.totalAreas.length && !s.isForbund;
  const first = rest[0];
  const same = first && rest.every((a) => a.grade!.grade === first.grade!.grade);
  if (first && rest.length === inside.length && same && rest.length >= 2) {
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
    for (const g of order) {
      const group = rest.filter((a) => a.grade!.grade === g);
      if (group.length === 0) continue;
      const items = joinList(group.map(withValue));
      out.push(
        sentence(`${capitalize(items)} får ett ${gradeLabel(g)} resultat.`, ...claimsOf(group)),
      );
    }
  }
  rest.forEach((a) => claimsOf([a]).forEach((c) => used.add(c)));
  if (outside.length > 0) {
    out.push(
      sentence(
        // Before livsmedelskontroll was an area of its own, it was inside miljö- och hälsoskydd.
        foodControlInsideMiljo(s.year)
          ? `${capitalize(joinList(outside.map(withValue)))} redovisas också för sig, utanför NKI totalt.`
          : `Utanför NKI totalt redovisas ${joinList(outside.map(withValue))}.`,
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
    if (isNotableDelta(c.delta)) {
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

export function name(a: AreaStory): string {
  return areaInfo(a.area).inSentence;
}

export function withValue(a: AreaStory): string {
  return a.value ? `${name(a)} (${formatIndex(a.value.value)})` : name(a);
}

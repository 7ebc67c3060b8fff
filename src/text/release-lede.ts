/**
 * The unit release's lede: the sentences that explain the headline's angle, each claim once.
 */
import { type UnitStory } from '../claims/unit';
import { sentence, type Claim, type Sentence } from '../claims/types';
import { isNotableDelta } from '../claims/notable';
import { areaInfo } from '../lib/areas';
import { capitalize, formatIndex, formatNumber, roundIndex } from './format';
import {
  baseline,
  baselineAfterNumber,
  placeWords,
  outOf as outOfText,
  placeNumber,
} from './words';

import {
  averageWords,
  leadArea,
  opening,
  gradeTail,
  withGrade,
  computedTail,
  noun,
} from './release-words';

/**
 * The lede: the index, opened to fit the news (a place, a fall, a rise), and the context of the
 * angle. The grade is given where it says something the headline did not: not beside a top place.
 */
export function ledeSentences(s: UnitStory, used: Set<Claim>): Sentence[] {
  const nki = s.nki;
  if (!nki) {
    // No NKI totalt: a municipality's page says why it can have none; a förbund for one area
    // never has one. The lede gives the strongest area's index instead.
    const out: Sentence[] = [];
    const a = leadArea(s);
    if (a) {
      used.add(a.value!);
      out.push(
        sentence(
          `Företagen ger ${s.name} ${formatIndex(a.value!.value)} av 100 för ${areaInfo(a.area).inSentence} i SKR:s mätning Insikt för ${s.year}.`,
          a.value!,
        ),
      );
    }
    if (!s.isForbund) {
      out.push(
        sentence(
          `Underlaget har inget NKI totalt för ${a ? noun(s) : s.name} ${s.year}; det redovisas bara när tillräckligt många företag har svarat.`,
          { kind: 'missing', unit: s.code, measure: 'nki', year: s.year, reason: 'no-result' },
        ),
      );
    }
    return out;
  }
  const out: Sentence[] = [];
  const index = formatIndex(nki.value.value);
  const move = s.national?.move;
  const c = s.nkiChange;
  // A change the headline named without its numbers is given here, with them.
  const readable = c && !c.acrossBreak && isNotableDelta(c.delta) ? c : undefined;
  used.add(nki.value);
  if (nki.grade) used.add(nki.grade);

  switch (s.angle) {
    case 'top-three':
    case 'top-ten': {
      // The seeds' manner: the place with its count, then where the unit came from.
      out.push(
        sentence(
          `${s.name} får ${index} av 100 i Nöjd Kund Index (NKI) i SKR:s mätning Insikt för ${s.year}.`,
          nki.value,
        ),
      );
      const place = s.national!.place;
      const from =
        move && !move.acrossBreak
          ? move.from.place === move.to.place && !move.from.tied
            ? `, samma placering som ${baseline(move.fromYear, move.toYear)}`
            : `, efter ${placeNumber(move.from)} ${baselineAfterNumber(move.fromYear, move.toYear)}`
          : '';
      const claims: [Claim, ...Claim[]] = from ? [place, move!] : [place];
      const where = s.inBetween ? ` bland kommunerna i mätningen ${s.year}` : ' i landet';
      out.push(
        sentence(
          `Det ${place.rank.place === 1 && !place.rank.tied ? 'ger' : 'räcker till'} ${placeWords(place.rank, place.noted)}${where}${from}.`,
          ...claims,
        ),
      );
      claims.forEach((x) => used.add(x));
      return out;
    }
    case 'big-fall':
    case 'fall':
      if (readable) {
        out.push(
          sentence(
            `Företagen ger ${s.name} ${index} av 100 i Nöjd Kund Index (NKI) för ${s.year}, ${formatNumber(Math.abs(readable.delta))} enheter lägre än ${baseline(readable.fromYear, readable.toYear)}${gradeTail(s, 'men fortfarande')}.`,
            ...withGrade(s, readable),
          ),
        );
        used.add(readable);
      } else out.push(opening(s, index, true));
      // The headline may have named the fall without its list and baseline: given here in full.
      if (move && !move.acrossBreak && move.to.place > move.from.place) {
        out.push(
          sentence(
            `I landet tappar ${noun(s)} från ${placeNumber(move.from)} ${baselineAfterNumber(move.fromYear, move.toYear)} till ${placeWords(move.to, move.noted)}.`,
            move,
            s.national!.place,
          ),
        );
        used.add(move);
        used.add(s.national!.place);
      }
      return out;
    case 'rise':
      if (readable) {
        out.push(
          sentence(
            `Företagen ger ${s.name} ${index} av 100 i Nöjd Kund Index (NKI) för ${s.year}, ${formatNumber(readable.delta)} enheter mer än ${baseline(readable.fromYear, readable.toYear)}${gradeTail(s, 'och')}.`,
            ...withGrade(s, readable),
          ),
        );
        used.add(readable);
      } else out.push(opening(s, index, true));
      return out;
    case 'best-in-county':
    case 'best-among-larger':
      out.push(opening(s, index, true));
      if (move && !move.acrossBreak) {
        out.push(
          sentence(
            `I hela landet hamnar ${noun(s)} på ${placeNumber(move.to)}${outOfText(move.to)}${move.noted ? '' : computedTail(move.to)}, efter ${placeNumber(move.from)} ${baselineAfterNumber(move.fromYear, move.toYear)}.`,
            move,
            s.national!.place,
          ),
        );
        used.add(move);
        used.add(s.national!.place);
      }
      return out;
    case 'biggest-climber':
    case 'big-climb':
      out.push(opening(s, index, true));
      if (move) {
        const most =
          s.angle === 'biggest-climber'
            ? ', den största klättringen i landet sedan förra året'
            : '';
        const claims: [Claim, ...Claim[]] = s.biggestClimber ? [move, s.biggestClimber] : [move];
        out.push(
          sentence(
            `${capitalize(noun(s))} går från ${placeNumber(move.from)} ${baselineAfterNumber(move.fromYear, move.toYear)} till ${placeNumber(move.to)}${outOfText(move.to)}${move.noted ? '' : computedTail(move.to)}${most}.`,
            ...claims,
          ),
        );
        used.add(move);
        if (s.national) used.add(s.national.place);
      }
      return out;
    case 'plain':
      out.push(opening(s, index, false));
      // A förbund's index covers only its own areas: the municipalities' average is no yardstick.
      if (s.average && !s.isForbund) {
        const diff = roundIndex(nki.value.value) - roundIndex(s.average.value);
        const where = !isNotableDelta(diff)
          ? 'i nivå med'
          : `${formatNumber(Math.abs(diff))} enheter ${diff > 0 ? 'över' : 'under'}`;
        const p = s.participants;
        out.push(
          sentence(
            `Det är ${where} ${s.average.official ? averageWords(s) : `snittet för de ${formatNumber(p?.withNki ?? 0)} kommunerna med NKI totalt i underlaget (beräknat här, SKR:s siffra saknas)`}, ${formatIndex(s.average.value)}.`,
            { ...s.average, compared: { unit: s.code, value: nki.value.value } },
            ...(s.average.official || !p ? [] : [p]),
          ),
        );
        used.add(s.average);
        if (!s.average.official && p) used.add(p);
      }
      return out;
    default:
      out.push(opening(s, index, true));
      return out;
  }
}

/**
 * The verifier's checks of the claims about places: a place, a move between two lists, "bäst" in
 * a group, a unit's largest area change, the year's biggest climber and why a unit is not ranked.
 * Called by src/claims/verify.ts for each claim of these kinds.
 */
import type { Derived } from '../lib/model';
import { isInBetweenYear } from '../lib/series';
import type { ClaimOf } from './types';
import type { ClaimCheck } from './verify';
import {
  areaExtreme,
  biggestClimber,
  groupSize,
  peerProblems,
  rankIn,
  sameRank,
} from './verify-facts';

export type PlaceClaim = ClaimOf<
  'place' | 'place-change' | 'best' | 'area-extreme' | 'biggest-climber' | 'not-ranked'
>;

/** Checks a claim about a place against the model; problems go to `k.fail` and `k.report`. */
export function verifyPlaceClaim(d: Derived, c: PlaceClaim, k: ClaimCheck): void {
  const { says, fail, text } = k;
  const t = text ?? '';
  switch (c.kind) {
    case 'place': {
      const rank = rankIn(d, c.unit, c.list, c.year);
      if (!rank || !sameRank(rank, c.rank)) fail('placeringen stämmer inte');
      if (c.rank.basis === 'computed' && !c.noted && !says('beräkna')) fail('beräknad sägs inte');
      if (c.noted && c.rank.basis !== 'computed') fail('en SKR-placering märkt som beräknad');
      if (isInBetweenYear(c.year) && /i landet|landets/.test(t))
        fail('mellanårets lista kallas landet');
      if (c.rank.tied && !says(/delad/)) fail('delad placering sägs inte');
      if (c.list === 'peers') k.report(peerProblems(d, c, text));
      break;
    }
    case 'place-change': {
      const from = rankIn(d, c.unit, c.list, c.fromYear);
      const to = rankIn(d, c.unit, c.list, c.toYear);
      if (!from || !to || !sameRank(from, c.from) || !sameRank(to, c.to))
        fail('placeringarna stämmer inte');
      if (c.from.basis !== c.to.basis) fail('placeringar av olika slag jämförs');
      if (c.to.basis === 'computed' && (c.from.outOf === undefined || c.to.outOf === undefined)) {
        fail('beräknade placeringar ur ofullständiga listor jämförs');
      }
      if ((c.acrossBreak || c.fromYear !== c.toYear - 1) && !says(String(c.fromYear))) {
        fail(`jämförelseåret ${c.fromYear} nämns inte`);
      }
      const climbed = c.from.place - c.to.place;
      if (
        /klättrar/.test(t) &&
        (climbed <= 0 || (c.to.outOf !== undefined && c.to.place >= c.to.outOf))
      ) {
        fail('klättrar utan att klättra');
      }
      if (/tappar/.test(t) && climbed >= 0) fail('tappar utan att tappa');
      if (c.toLast && (c.to.outOf === undefined || c.to.place < c.to.outOf))
        fail('inte sista plats');
      break;
    }
    case 'best': {
      const rank = rankIn(d, c.unit, c.list, c.year);
      const size = groupSize(d, c.unit, c.list, c.year);
      if (!rank || rank.place !== 1 || rank.tied) fail('inte ensam etta');
      if (size < 3 || size !== c.groupSize) fail(`gruppen har ${size} rankade`);
      if (rank && rank.basis !== 'official' && rank.outOf === undefined)
        fail('ingen fullständig lista');
      if (c.list === 'peers') k.report(peerProblems(d, c, text));
      break;
    }
    case 'area-extreme': {
      const winner = areaExtreme(d, c.unit, c.year, c.direction);
      if (winner?.area !== c.area || winner.fromYear !== c.fromYear)
        fail(`inte kommunens ${c.direction === 'up' ? 'största ökning' : 'största minskning'}`);
      break;
    }
    case 'biggest-climber': {
      const winner = biggestClimber(d, c.year);
      if (winner !== c.unit) fail('inte årets största klättring');
      break;
    }
    case 'not-ranked': {
      const uy = d.byUnitYear.get(`${c.unit}:${c.year}`);
      const outcomes = [uy?.national, uy?.county].filter((o) => o?.kind === 'not-ranked');
      if (!outcomes.some((o) => o?.kind === 'not-ranked' && o.reason === c.reason))
        fail('skälet stämmer inte');
      break;
    }
  }
}

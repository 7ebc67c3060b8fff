import { describe, expect, it } from 'vitest';
import type { RankOutcome } from './model';
import { completeCount, rankCandidates, type Candidate } from './rank';

/** Candidates with values, keyed by code: `{ a: 78.4, b: 77.2 }`. */
function byValue(values: Record<string, number>): Candidate[] {
  return Object.entries(values).map(([code, value]) => ({ code, value }));
}

function places(outcomes: Map<string, RankOutcome>): Record<string, number | string> {
  return Object.fromEntries(
    [...outcomes].map(([code, o]) => [code, o.kind === 'ranked' ? o.rank.place : o.reason]),
  );
}

describe('rankCandidates computed from values', () => {
  it('orders by unrounded value, so 77.4 ranks above 76.6 though both show as 77', () => {
    const outcomes = rankCandidates(byValue({ gnesta: 77.4, eskilstuna: 76.6, kalix: 86.1 }), {
      complete: true,
    });
    expect(places(outcomes)).toEqual({ kalix: 1, gnesta: 2, eskilstuna: 3 });
    expect(outcomes.get('kalix')).toEqual({
      kind: 'ranked',
      rank: { place: 1, basis: 'computed', tied: false, outOf: 3 },
    });
  });

  it('ranks tied unrounded values equally and skips the next place', () => {
    const outcomes = rankCandidates(byValue({ a: 80.2, b: 79.1, c: 79.1, d: 78.0 }), {
      complete: true,
    });
    expect(places(outcomes)).toEqual({ a: 1, b: 2, c: 2, d: 4 });
    expect(outcomes.get('b')).toEqual({
      kind: 'ranked',
      rank: { place: 2, basis: 'computed', tied: true, outOf: 4 },
    });
    expect(outcomes.get('d')).toMatchObject({ rank: { tied: false } });
  });

  it('leaves out ineligible candidates and those without a value, with their reasons', () => {
    const outcomes = rankCandidates(
      [
        { code: 'a', value: 70 },
        { code: 'b', value: 90, reason: 'low-response-rate' },
        { code: 'c' },
        { code: 'd', value: 75 },
      ],
      { complete: true },
    );
    expect(places(outcomes)).toEqual({ a: 2, b: 'low-response-rate', c: 'no-result', d: 1 });
    expect(outcomes.get('a')).toMatchObject({ rank: { outOf: 2 } });
  });

  it('gives no outOf when the candidates may not be every participant', () => {
    const outcomes = rankCandidates(byValue({ a: 70 }), { complete: false });
    expect(outcomes.get('a')).toEqual({
      kind: 'ranked',
      rank: { place: 1, basis: 'computed', tied: false },
    });
  });

  it('marks a derived order as official when asked', () => {
    const outcomes = rankCandidates(byValue({ a: -3, b: -7 }), {
      complete: true,
      basis: 'official',
    });
    expect(outcomes.get('b')).toEqual({
      kind: 'ranked',
      rank: { place: 2, basis: 'official', tied: false, outOf: 2 },
    });
  });
});

describe('rankCandidates with official places', () => {
  it("takes SKR's places as the truth even when values disagree", () => {
    const outcomes = rankCandidates(
      [
        { code: 'gnesta', value: 77.3, officialPlace: 60 },
        { code: 'eskilstuna', value: 77.4, officialPlace: 62 },
      ],
      { complete: true },
    );
    expect(places(outcomes)).toEqual({ gnesta: 60, eskilstuna: 62 });
    expect(outcomes.get('gnesta')).toEqual({
      kind: 'ranked',
      rank: { place: 60, basis: 'official', tied: false },
    });
  });

  it('does not rank a unit without a place, giving its own reason or not-ranked-by-skr', () => {
    const outcomes = rankCandidates(
      [
        { code: 'a', value: 80, officialPlace: 1 },
        { code: 'b', value: 85 },
        { code: 'c', value: 60, reason: 'too-few-answers' },
      ],
      { complete: true },
    );
    expect(places(outcomes)).toEqual({ a: 1, b: 'not-ranked-by-skr', c: 'too-few-answers' });
  });

  it('gives outOf N when the places run exactly 1..N', () => {
    const candidates = [3, 1, 2].map((p) => ({ code: `k${p}`, value: 70, officialPlace: p }));
    expect(rankCandidates(candidates, { complete: true }).get('k2')).toEqual({
      kind: 'ranked',
      rank: { place: 2, basis: 'official', tied: false, outOf: 3 },
    });
  });

  it('gives no outOf for a partial file with places up to 169', () => {
    const placesInFile = [2, 14, 27, 41, 56, 60, 88, 102, 114, 140, 169];
    const candidates = placesInFile.map((p) => ({ code: `k${p}`, value: 70, officialPlace: p }));
    const outcome = rankCandidates(candidates, { complete: true }).get('k169');
    expect(outcome).toEqual({
      kind: 'ranked',
      rank: { place: 169, basis: 'official', tied: false },
    });
  });

  it('marks a shared official place as tied', () => {
    const candidates = [1, 2, 2, 4].map((p, i) => ({ code: `k${i}`, officialPlace: p }));
    const outcomes = rankCandidates(candidates, { complete: true });
    expect(outcomes.get('k1')).toEqual({
      kind: 'ranked',
      rank: { place: 2, basis: 'official', tied: true, outOf: 4 },
    });
  });

  it('reads no place as not-ranked-by-skr when forced official with no places at all', () => {
    const outcomes = rankCandidates(byValue({ a: 80 }), { complete: true, official: true });
    expect(outcomes.get('a')).toEqual({ kind: 'not-ranked', reason: 'not-ranked-by-skr' });
  });
});

describe('completeCount', () => {
  it('counts a run of places 1..N', () => {
    expect(completeCount([1, 2, 3, 4, 5])).toBe(5);
  });

  it('accepts ties that skip the next place', () => {
    expect(completeCount([1, 2, 2, 4])).toBe(4);
  });

  it('rejects a hole, a tie without the skip, or an empty list', () => {
    expect(completeCount([1, 2, 4])).toBeUndefined();
    expect(completeCount([1, 2, 2, 3])).toBeUndefined();
    expect(completeCount([])).toBeUndefined();
  });
});

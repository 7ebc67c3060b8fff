import { describe, expect, it } from 'vitest';
import { area, missing, row } from '../../test/support/synth';
import type { AreaResult } from './model';
import { ineligibility, shownScore } from './eligibility';
import { rankingRulesWords } from '../text/rule-words';

/** Four mandatory areas from 2021, each with `answers` answers and `rate` % response. */
function mandatory(rate = 50, answers = 15): Record<string, AreaResult> {
  return {
    bygglov: area(74, { answers, responseRate: rate }),
    'miljo-och-halsoskydd': area(72, { answers, responseRate: rate }),
    livsmedelskontroll: area(78, { answers, responseRate: rate }),
    serveringstillstand: area(80, { answers, responseRate: rate }),
  };
}

describe('shownScore', () => {
  it('hides a result with fewer than 7 answers', () => {
    expect(shownScore({ kind: 'measured', value: 81 }, 6)).toEqual(missing('too-few-answers'));
  });

  it('shows a result with exactly 7 answers, or with no count given', () => {
    expect(shownScore({ kind: 'measured', value: 81 }, 7)).toEqual({ kind: 'measured', value: 81 });
    expect(shownScore({ kind: 'measured', value: 81 }, undefined)).toEqual({
      kind: 'measured',
      value: 81,
    });
  });
});

describe('ineligibility for NKI totalt from 2021', () => {
  it('lets a municipality with all four areas, 50 % response and 60 answers be ranked', () => {
    const r = row('2514', 2021, { nki: 86, answers: 60, areas: mandatory() });
    expect(ineligibility(r, { kind: 'nki' })).toBeUndefined();
  });

  it('gives no-result when NKI is missing', () => {
    const r = row('2514', 2021, { nki: missing('suppressed'), areas: mandatory() });
    expect(ineligibility(r, { kind: 'nki' })).toBe('no-result');
  });

  it('gives too-few-answers for 19 answers', () => {
    const r = row('2514', 2021, { answers: 19, areas: mandatory() });
    expect(ineligibility(r, { kind: 'nki' })).toBe('too-few-answers');
  });

  it('accepts exactly 20 answers', () => {
    const r = row('2514', 2021, { answers: 20, areas: mandatory() });
    expect(ineligibility(r, { kind: 'nki' })).toBeUndefined();
  });

  it('gives too-few-answers when NKI is hidden for under 7 answers', () => {
    const r = row('2514', 2021, { answers: 5 });
    expect(ineligibility(r, { kind: 'nki' })).toBe('too-few-answers');
  });

  it('gives missing-mandatory-area when the file says there were no serveringstillstånd cases', () => {
    const areas = { ...mandatory(), serveringstillstand: area(missing('not-measured')) };
    const r = row('2514', 2021, { answers: 60, areas });
    expect(ineligibility(r, { kind: 'nki' })).toBe('missing-mandatory-area');
  });

  it('invents no reason when the file has no area columns at all', () => {
    const r = row('2514', 2021, { answers: 60 });
    expect(ineligibility(r, { kind: 'nki' })).toBeUndefined();
  });

  it('gives low-response-rate when one mandatory area is under 30 %', () => {
    const areas = mandatory(55);
    areas.livsmedelskontroll = area(78, { responseRate: 29 });
    const r = row('2514', 2021, { answers: 60, areas });
    expect(ineligibility(r, { kind: 'nki' })).toBe('low-response-rate');
  });

  it('gives low-response-rate when the mandatory areas average 39 %', () => {
    const areas = mandatory(38);
    areas.bygglov = area(74, { responseRate: 42 });
    const r = row('2514', 2021, { answers: 60, areas });
    expect(ineligibility(r, { kind: 'nki' })).toBe('low-response-rate');
  });

  it("falls back to the file's total response rate when an area's rate is absent", () => {
    const areas = mandatory(50);
    areas.bygglov = area(74);
    expect(ineligibility(row('2514', 2021, { responseRate: 35, areas }), { kind: 'nki' })).toBe(
      'low-response-rate',
    );
    expect(ineligibility(row('2514', 2021, { areas }), { kind: 'nki' })).toBeUndefined();
  });
});

describe('ineligibility from data without answer counts (Kolada)', () => {
  it('does not judge an empty mandatory area, which may be a result too small to show', () => {
    const areas = {
      bygglov: area(74),
      'miljo-och-halsoskydd': area(72),
      livsmedelskontroll: area(78),
      serveringstillstand: area(missing('no-result')),
    };
    expect(ineligibility(row('2514', 2021, { areas }), { kind: 'nki' })).toBeUndefined();
  });

  it('does not judge an empty area from a total answer count alone (Kolada U07551)', () => {
    const areas = {
      bygglov: area(74),
      'miljo-och-halsoskydd': area(72),
      livsmedelskontroll: area(78),
      serveringstillstand: area(missing('no-result')),
    };
    expect(
      ineligibility(row('2514', 2024, { areas, answers: 180 }), { kind: 'nki' }),
    ).toBeUndefined();
  });

  it('takes a file saying "ej mätt" at its word, with or without answer counts', () => {
    const areas = {
      bygglov: area(74),
      'miljo-och-halsoskydd': area(72),
      livsmedelskontroll: area(78),
      serveringstillstand: area(missing('not-measured')),
    };
    expect(ineligibility(row('2514', 2021, { areas }), { kind: 'nki' })).toBe(
      'missing-mandatory-area',
    );
  });
});

describe('ineligibility for NKI totalt before 2021 (the 2017 rules)', () => {
  it('does not require serveringstillstånd in 2019', () => {
    const areas = { ...mandatory(), serveringstillstand: area(missing('not-measured')) };
    expect(ineligibility(row('2514', 2019, { areas }), { kind: 'nki' })).toBeUndefined();
  });

  it('requires livsmedelskontroll in 2019 but not in 2014, when it was part of miljö', () => {
    const areas = { ...mandatory(), livsmedelskontroll: area(missing('not-measured')) };
    expect(ineligibility(row('2514', 2019, { areas }), { kind: 'nki' })).toBe(
      'missing-mandatory-area',
    );
    expect(ineligibility(row('2514', 2014, { areas }), { kind: 'nki' })).toBeUndefined();
  });

  it('gives too-few-answers for 11 answers in bygglov', () => {
    const areas = { ...mandatory(), bygglov: area(74, { answers: 11 }) };
    expect(ineligibility(row('2514', 2018, { areas }), { kind: 'nki' })).toBe('too-few-answers');
  });

  it('allows 25 % in one area when the average reaches 40 %', () => {
    const areas = mandatory(50);
    areas.bygglov = area(74, { answers: 15, responseRate: 25 });
    expect(ineligibility(row('2514', 2018, { areas }), { kind: 'nki' })).toBeUndefined();
  });

  it('does not require 20 answers in total', () => {
    expect(ineligibility(row('2514', 2018, { answers: 15 }), { kind: 'nki' })).toBeUndefined();
  });
});

describe('ineligibility for an area and for NUI', () => {
  it('ranks an area from 10 answers from 2021, and from 12 before', () => {
    const r = (year: number, answers: number) =>
      row('2514', year, { areas: { bygglov: area(80, { answers }) } });
    const bygglov = { kind: 'area', area: 'bygglov' } as const;
    expect(ineligibility(r(2021, 10), bygglov)).toBeUndefined();
    expect(ineligibility(r(2021, 9), bygglov)).toBe('too-few-answers');
    expect(ineligibility(r(2020, 11), bygglov)).toBe('too-few-answers');
    expect(ineligibility(r(2020, 12), bygglov)).toBeUndefined();
  });

  it('gives no-result for an area the row does not have', () => {
    expect(ineligibility(row('2514', 2021), { kind: 'area', area: 'lantmateri' })).toBe(
      'no-result',
    );
  });

  it('ranks NUI from 10 answers and not below', () => {
    expect(ineligibility(row('0126', 2024, { nui: 67, nuiAnswers: 10 }), { kind: 'nui' })).toBe(
      undefined,
    );
    expect(ineligibility(row('0126', 2024, { nui: 67, nuiAnswers: 9 }), { kind: 'nui' })).toBe(
      'too-few-answers',
    );
  });

  it('gives no-result for NUI in a year before it was measured', () => {
    expect(ineligibility(row('0126', 2018), { kind: 'nui' })).toBe('no-result');
  });
});

describe('the method page states the thresholds the ranking applies', () => {
  const words = rankingRulesWords().join(' ');

  it('2021: the total answers and the average response rate it names are the boundaries', () => {
    const total = Number(/samt minst (\d+) svar/.exec(words)?.[1]);
    const rate = Number(/minst (\d+) procent i genomsnitt/.exec(words)?.[1]);
    const at = (answers: number, r: number) =>
      ineligibility(row('2514', 2021, { nki: 80, answers, areas: mandatory(r) }), { kind: 'nki' });
    expect(at(total, rate)).toBeUndefined();
    expect(at(total - 1, rate)).toBe('too-few-answers');
    expect(at(total, rate - 1)).toBe('low-response-rate');
  });

  it('2017 rules: the answers per mandatory area it names are the boundary', () => {
    const perArea = Number(/minst (\d+) svar i varje obligatoriskt område/.exec(words)?.[1]);
    const at = (answers: number) =>
      ineligibility(row('2514', 2018, { nki: 80, answers: 60, areas: mandatory(50, answers) }), {
        kind: 'nki',
      });
    expect(at(perArea)).toBeUndefined();
    expect(at(perArea - 1)).toBe('too-few-answers');
  });
});

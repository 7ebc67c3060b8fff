/**
 * Answers and response rates on a unit's pages, wherever the file has them: the example data has
 * SKR's full columns, the real Kolada data only 2022's response rate.
 */
import { describe, expect, it } from 'vitest';
import { factsOf, recordOf, unitOverview, unitYearView } from '../../src/site/unit-view';
import { exampleDerived } from '../support/example-data';
import { realDerived } from '../support/real-data';

describe('what a result rests on, on the unit-year page', () => {
  it('Gotland 2021 (example data): answers and rate for NKI, per area in the table', () => {
    const derived = exampleDerived();
    const view = unitYearView(derived, recordOf(derived, '0980')!, 2021, undefined);
    expect(view.facts).toContainEqual({
      label: 'Underlag, NKI totalt',
      value: '294 svar',
      note: 'svarsfrekvens 59\u00a0%',
    });
    expect(view.areaTable.columns.slice(-2)).toEqual(['Antal svar', 'Svarsfrekvens']);
    const servering = view.areaTable.rows.find((r) => r[0] === 'Serveringstillstånd')!;
    expect(servering.at(-2)).toBe('16');
  });

  it('Kalix 2022 (Kolada): the response rate only, and no answer column', () => {
    const derived = realDerived();
    const kalix = derived.byUnitYear.get('2514:2022')!;
    expect(factsOf(kalix, undefined)).toContainEqual({
      label: 'Svarsfrekvens',
      value: '40\u00a0%',
    });
    const view = unitYearView(derived, recordOf(derived, '2514')!, 2022, undefined);
    expect(view.areaTable.columns).not.toContain('Antal svar');
  });

  it('Kalix 2021 (Kolada has neither): no tile and the five usual columns', () => {
    const derived = realDerived();
    const kalix = derived.byUnitYear.get('2514:2021')!;
    expect(factsOf(kalix, undefined).map((f) => f.label)).not.toContain('Svarsfrekvens');
    const view = unitYearView(derived, recordOf(derived, '2514')!, 2021, undefined);
    expect(view.areaTable.columns).toEqual([
      'Område',
      'Index',
      'Betyg',
      'Placering i landet',
      'Förändring',
    ]);
  });

  it('the years table of Kalix has a response-rate column, filled for 2022 only', () => {
    const derived = realDerived();
    const kalix = derived.records.find((r) => r.unit.code === '2514')!.unit;
    const overview = unitOverview(derived, kalix, () => undefined);
    expect(overview.yearColumns.at(-1)).toBe('Svarsfrekvens');
    const byYear = new Map(overview.yearRows.map((r) => [r.year, r.cells.at(-1)]));
    expect(byYear.get(2022)).toBe('40\u00a0%');
    expect(byYear.get(2021)).toBe('–');
  });
});

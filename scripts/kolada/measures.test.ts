import { describe, expect, it } from 'vitest';
import { headlineTitle, kpisForYear, mapKpis, mappingCsv, measureOf, readTitle } from './measures';

/** Kolada's catalogue as it names the Insikt KPIs in 2026 (domain notes §8). */
const CATALOGUE_2026 = [
  { id: 'U07446', title: 'Företagsklimat Insikt - Brandskydd - Index' },
  { id: 'U07447', title: 'Företagsklimat Insikt - Bygglov - Index' },
  { id: 'U07448', title: 'Företagsklimat Insikt - Markupplåtelse - Index' },
  { id: 'U07449', title: 'Företagsklimat Insikt - Miljö- och hälsoskydd - Index' },
  { id: 'U07450', title: 'Företagsklimat Insikt - Serveringstillstånd - Index' },
  { id: 'U07451', title: 'Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)' },
  { id: 'U07453', title: 'Företagsklimat Insikt - Totalt, Index, ny definition' },
  { id: 'U07455', title: 'Företagsklimat Insikt - Livsmedelskontroll - Index' },
  { id: 'U07459', title: 'Företagsklimat Insikt - Upphandling - Index' },
  { id: 'U07508', title: 'Företagsklimat Insikt - Tillgänglighet - Index' },
  { id: 'U07509', title: 'Företagsklimat Insikt - Information - Index' },
  { id: 'U07510', title: 'Företagsklimat Insikt - Bemötande - Index' },
  { id: 'U07511', title: 'Företagsklimat Insikt - Kompetens - Index' },
  { id: 'U07512', title: 'Företagsklimat Insikt - Rättssäkerhet - Index' },
  { id: 'U07513', title: 'Företagsklimat Insikt - Effektivitet - Index' },
  { id: 'U07551', title: 'Företagsklimat Insikt, antal svar, gammal definition (-2024)' },
  { id: 'U07552', title: 'Företagsklimat Insikt, svarsfrekvens, gammal definition (-2024)' },
  { id: 'U07553', title: 'Företagsklimat Insikt, svarsfrekvens, ny definition' },
  { id: 'U07554', title: 'Företagsklimat Insikt, antal svar, ny definition' },
  // Svenskt Näringsliv's ranking: another survey, never mixed in.
  { id: 'U40401', title: 'Företagsklimat enl. Svenskt Näringsliv - sammanfattande omdöme' },
  { id: 'U40402', title: 'Företagsklimat enl. Svenskt Näringsliv - ranking' },
];

describe('Kolada KPI titles', () => {
  it('reads the 2026 titles: the two totals, areas, NUI, service factors, answers and rates', () => {
    expect(readTitle('Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)')).toEqual({
      measure: 'nki',
      definition: 'old',
    });
    expect(readTitle('Företagsklimat Insikt - Totalt, Index, ny definition')).toEqual({
      measure: 'nki',
      definition: 'new',
    });
    expect(measureOf('Företagsklimat Insikt - Livsmedelskontroll - Index')).toBe(
      'livsmedelskontroll',
    );
    expect(measureOf('Företagsklimat Insikt - Miljö- och hälsoskydd - Index')).toBe(
      'miljo_och_halsoskydd',
    );
    expect(measureOf('Företagsklimat Insikt - Upphandling - Index')).toBe('nui');
    expect(measureOf('Företagsklimat Insikt - Tillgänglighet - Index')).toBe('tillganglighet');
    expect(readTitle('Företagsklimat Insikt, antal svar, gammal definition (-2024)')).toEqual({
      measure: 'antal_svar',
      definition: 'old',
    });
    expect(readTitle('Företagsklimat Insikt, svarsfrekvens, ny definition')).toEqual({
      measure: 'svarsfrekvens',
      definition: 'new',
    });
  });

  it('reads the older titles of the same KPIs', () => {
    expect(readTitle('Företagsklimat enl. ÖJ (Insikt) - Totalt, Index')).toEqual({
      measure: 'nki',
      definition: 'any',
    });
    expect(measureOf('Företagsklimat enl. ÖJ (Insikt) - Bygglov - Index')).toBe('bygglov');
    expect(measureOf('Företagsklimat enl. ÖJ (Insikt) - Svarsfrekvens')).toBe('svarsfrekvens');
  });

  it("never takes Svenskt Näringsliv's KPIs, even when the title also says Insikt", () => {
    expect(measureOf('Företagsklimat enl. Svenskt Näringsliv - ranking')).toBeUndefined();
    expect(
      measureOf('Företagsklimat enl. Svenskt Näringsliv (jfr Insikt) - Totalt, Index'),
    ).toBeUndefined();
    const result = mapKpis(CATALOGUE_2026);
    expect(result.mapped.map((k) => k.id)).not.toContain('U40401');
    expect(result.mapped.map((k) => k.id)).not.toContain('U40402');
    expect(result.unknown).toEqual([]);
  });

  it('leaves out shares, per-area service factors and other KPIs', () => {
    expect(measureOf('Företagsklimat Insikt - Totalt, Andel nöjda (%)')).toBeUndefined();
    expect(measureOf('Företagsklimat Insikt - Bygglov - Bemötande, Index')).toBeUndefined();
    expect(measureOf('Nöjd Kund-Index, äldreomsorg')).toBeUndefined();
  });

  it('maps the old and the new definition of one measure as two series, not as a clash', () => {
    const { mapped, ambiguous, missing } = mapKpis(CATALOGUE_2026);
    expect(ambiguous).toEqual([]);
    expect(mapped.filter((k) => k.measure === 'nki').map((k) => [k.id, k.definition])).toEqual([
      ['U07451', 'old'],
      ['U07453', 'new'],
    ]);
    expect(mapped.filter((k) => k.measure === 'antal_svar').map((k) => k.id)).toEqual([
      'U07551',
      'U07554',
    ]);
    expect(missing).toEqual(['receptfria_lakemedel', 'lantmateri', 'folkol_och_tobak']);
  });

  it('gives each data year the KPI of its definition: U07451 to 2023, U07453 from 2024', () => {
    const { mapped } = mapKpis(CATALOGUE_2026);
    const ids = (year: number) =>
      kpisForYear(mapped, year)
        .filter((k) => ['nki', 'antal_svar', 'svarsfrekvens', 'bygglov'].includes(k.measure))
        .map((k) => k.id);
    expect(ids(2012)).toEqual(['U07451', 'U07551', 'U07552', 'U07447']);
    expect(ids(2023)).toEqual(['U07451', 'U07551', 'U07552', 'U07447']);
    expect(ids(2024)).toEqual(['U07453', 'U07554', 'U07553', 'U07447']);
    expect(headlineTitle(2023)).toBe(
      'Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)',
    );
    expect(headlineTitle(2024)).toBe('Företagsklimat Insikt - Totalt, Index, ny definition');
  });

  it('refuses two KPIs for one measure and definition, or an undated one beside a dated one', () => {
    const result = mapKpis([
      { id: 'U1', title: 'Företagsklimat Insikt - Totalt, Index' },
      { id: 'U2', title: 'Företagsklimat Insikt - NKI totalt - Index' },
      { id: 'U3', title: 'Företagsklimat Insikt - Bygglov - Index' },
    ]);
    expect(result.ambiguous).toEqual([
      {
        measure: 'nki',
        kpis: [
          { id: 'U1', title: 'Företagsklimat Insikt - Totalt, Index' },
          { id: 'U2', title: 'Företagsklimat Insikt - NKI totalt - Index' },
        ],
      },
    ]);
    expect(result.mapped.map((k) => k.measure)).toEqual(['bygglov']);
    expect(result.missing).toContain('livsmedelskontroll');

    const twoOld = mapKpis([
      { id: 'U07451', title: 'Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)' },
      { id: 'U09999', title: 'Företagsklimat Insikt - Totalt - Index, gammal definition' },
    ]);
    expect(twoOld.ambiguous.map((a) => a.measure)).toEqual(['nki']);
    const undated = mapKpis([
      { id: 'U07451', title: 'Företagsklimat enl. ÖJ (Insikt) - Totalt, Index' },
      { id: 'U07453', title: 'Företagsklimat Insikt - Totalt, Index, ny definition' },
    ]);
    expect(undated.ambiguous.map((a) => a.measure)).toEqual(['nki']);
  });

  it('writes the mapping with the years each KPI serves', () => {
    const { mapped } = mapKpis(CATALOGUE_2026.filter((k) => /U0745[13]/.test(k.id)));
    expect(mappingCsv(mapped)).toBe(
      [
        'id,title,measure,years',
        'U07451,"Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)",nki,-2023',
        'U07453,"Företagsklimat Insikt - Totalt, Index, ny definition",nki,2024-',
        '',
      ].join('\n'),
    );
  });
});

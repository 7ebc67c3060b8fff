import { describe, expect, it } from 'vitest';
import { mapKpis, measureOf } from './measures';

describe('Kolada KPI titles', () => {
  it('reads the confirmed title forms and the other areas, NUI and service factors', () => {
    expect(measureOf('Företagsklimat Insikt - Totalt, Index')).toBe('nki');
    expect(measureOf('Företagsklimat Insikt - Livsmedelskontroll - Index')).toBe(
      'livsmedelskontroll',
    );
    expect(measureOf('Företagsklimat Insikt - Miljö- och hälsoskydd - Index')).toBe(
      'miljo_och_halsoskydd',
    );
    expect(measureOf('Företagsklimat Insikt - Upphandling (NUI), Index')).toBe('nui');
    expect(measureOf('Företagsklimat Insikt - Bemötande, Index')).toBe('bemotande');
  });

  it('leaves out shares, per-area service factors and other KPIs', () => {
    expect(measureOf('Företagsklimat Insikt - Totalt, Andel nöjda (%)')).toBeUndefined();
    expect(measureOf('Företagsklimat Insikt - Bygglov - Bemötande, Index')).toBeUndefined();
    expect(measureOf('Nöjd Kund-Index, äldreomsorg')).toBeUndefined();
  });

  it('refuses two KPIs for one measure and says what was not found', () => {
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
  });
});

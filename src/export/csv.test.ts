import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dataset, forbundRow, row } from '../../test/support/export-synth';
import type { ResultRow } from '../lib/model';
import { datasetToCsv, defused, unitToCsv, yearToCsv } from './csv';

function parse(csv: string, delimiter: string): Record<string, string>[] {
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const result = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** The number a Swedish-Excel cell holds ("78,4" → 78.4), or undefined for an empty cell. */
const swedishNumber = (cell: string | undefined) =>
  cell === undefined || cell === '' ? undefined : Number(cell.replace(',', '.'));

const scoreValue = (s: ResultRow['nki'] | undefined) =>
  s?.kind === 'measured' ? s.value : undefined;

const rows2021 = [
  row('2514', 2021, 85.64, 2),
  row('1492', 2021, 70.1, 98),
  row('2513', 2021, 62.05, 150),
  forbundRow(2021),
];
const data = dataset({ 2020: [row('2514', 2020, 72.3, 114)], 2021: rows2021 });

describe('yearToCsv', () => {
  it('writes the Excel variant as UTF-8 with BOM, semicolons and CRLF line ends', () => {
    const csv = yearToCsv(data, 2021, 'excel');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(rows2021.length + 2);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(csv.slice(1, 30)).toBe('ar;kod;namn;visningsnamn;typ;');
  });

  it('reads back every unit with the same values from the Excel variant', () => {
    const parsed = parse(yearToCsv(data, 2021, 'excel'), ';');
    expect(parsed).toHaveLength(rows2021.length);
    rows2021.forEach((input, i) => {
      const out = parsed[i] ?? {};
      expect(out.kod).toBe(input.unitCode);
      expect(swedishNumber(out.nki)).toBe(scoreValue(input.nki));
      expect(swedishNumber(out.placering)).toBe(input.officialPlace);
      expect(swedishNumber(out.antal_svar)).toBe(input.answers);
      expect(swedishNumber(out.svarsfrekvens)).toBe(input.responseRate);
      expect(swedishNumber(out.bygglov)).toBe(scoreValue(input.areas.bygglov?.score));
      expect(swedishNumber(out.placering_bygglov)).toBe(input.areas.bygglov?.officialPlace);
      expect(swedishNumber(out.svarsfrekvens_bygglov)).toBe(input.areas.bygglov?.responseRate);
      const env = input.areas['miljo-och-halsoskydd'];
      expect(swedishNumber(out.miljo_och_halsoskydd)).toBe(scoreValue(env?.score));
      expect(swedishNumber(out.antal_svar_miljo_och_halsoskydd)).toBe(env?.answers);
      expect(swedishNumber(out.nui)).toBe(scoreValue(input.nui));
      expect(swedishNumber(out.placering_nui)).toBe(input.officialNuiPlace);
      expect(swedishNumber(out.bemotande)).toBe(scoreValue(input.factors.bemotande));
    });
  });

  it('keeps åäö intact in names, display names and counties', () => {
    const parsed = parse(yearToCsv(data, 2021, 'excel'), ';');
    expect(parsed.map((r) => r.namn)).toEqual([
      'Kalix',
      'Åmål',
      'Överkalix',
      'Miljöförbundet Blekinge Väst',
    ]);
    expect(parsed[1]?.visningsnamn).toBe('Åmåls kommun');
    expect(parsed[1]?.lan).toBe('Västra Götalands län');
    expect(parsed.map((r) => r.typ)).toEqual(['kommun', 'kommun', 'kommun', 'förbund']);
  });

  it('writes decimal commas with every decimal the input had', () => {
    const csv = yearToCsv(data, 2021, 'excel');
    expect(csv).toContain(';85,64;');
    expect(csv).toContain(';66,125;');
    expect(csv).not.toContain('85.64');
  });

  it('leaves missing values empty and names the reason in the _saknas column', () => {
    const kalix = parse(yearToCsv(data, 2021, 'excel'), ';')[0] ?? {};
    expect(kalix.livsmedelskontroll).toBe('');
    expect(kalix.livsmedelskontroll_saknas).toBe('för få svar');
    expect(kalix.antal_svar_livsmedelskontroll).toBe('5');
    expect(kalix.nui).toBe('');
    expect(kalix.nui_saknas).toBe('ej mätt');
    expect(kalix.effektivitet_saknas).toBe('dolt');
    expect(kalix.brandskydd).toBe('');
    expect(kalix.brandskydd_saknas).toBe('');
    expect(kalix.nki_saknas).toBe('');
  });

  it('names the source and the example flag on every row instead of in extra lines', () => {
    const parsed = parse(yearToCsv(data, 2021, 'excel'), ';');
    expect(new Set(parsed.map((r) => r.kalla))).toEqual(new Set(['SKR, Insikt 2021']));
    expect(new Set(parsed.map((r) => r.exempeldata))).toEqual(new Set(['ja']));
    const real = parse(yearToCsv({ ...data, isExample: false }, 2021, 'excel'), ';');
    expect(real[0]?.exempeldata).toBe('nej');
  });

  it('credits SKR and Kolada with its licence on every row of a Kolada year, and only there', () => {
    const source = { name: 'Kolada' as const, kpis: ['U07451'], fetched: '2024-08-30' };
    const mixed = {
      ...data,
      isExample: false,
      years: data.years.map((y) => (y.year === 2021 ? { ...y, source } : y)),
    };
    for (const variant of ['excel', 'plain'] as const) {
      const parsed = parse(yearToCsv(mixed, 2021, variant), variant === 'excel' ? ';' : ',');
      expect(new Set(parsed.map((r) => r.kalla))).toEqual(
        new Set(['SKR, Insikt 2021, via Kolada (CC BY 4.0)']),
      );
    }
    expect(yearToCsv(mixed, 2020, 'plain')).not.toContain('Kolada');
    const unit = parse(unitToCsv(mixed, '2514', 'plain'), ',');
    expect(unit.map((r) => r.kalla)).toEqual([
      'SKR, Insikt 2020',
      'SKR, Insikt 2021, via Kolada (CC BY 4.0)',
    ]);
  });

  it('writes the plain variant with commas, decimal points, LF and no BOM', () => {
    const csv = yearToCsv(data, 2021, 'plain');
    expect(csv.startsWith('ar,kod,namn,')).toBe(true);
    expect(csv).not.toContain('\r');
    expect(csv).toContain(',"SKR, Insikt 2021",ja\n');
    const parsed = parse(csv, ',');
    expect(parsed.map((r) => Number(r.nki))).toEqual([85.64, 70.1, 62.05, 71.8]);
  });

  it('quotes a name that contains the delimiter or a quotation mark', () => {
    const odd = dataset({ 2021: [row('2514', 2021, 80, 1)] });
    const kalix = odd.reference.municipalities[0];
    if (kalix) kalix.displayName = 'Kalix; "kommunen"';
    expect(yearToCsv(odd, 2021, 'excel')).toContain(';"Kalix; ""kommunen""";');
    expect(parse(yearToCsv(odd, 2021, 'excel'), ';')[0]?.visningsnamn).toBe('Kalix; "kommunen"');
  });

  it('writes text that starts like a formula with a leading apostrophe, in both variants (OWASP)', () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tX', '\rX'];
    for (const name of hostile) {
      const odd = structuredClone(data);
      const kalix = odd.reference.municipalities.find((m) => m.code === '2514');
      if (kalix) kalix.displayName = name;
      for (const [variant, sep] of [
        ['excel', ';'],
        ['plain', ','],
      ] as const) {
        const shown = parse(yearToCsv(odd, 2021, variant), sep)[0]?.visningsnamn;
        expect(shown).toBe(`'${name}`);
      }
    }
    // Ordinary text, and a typographic minus (no spreadsheet reads it as a formula), stay as they are.
    expect(defused('Kalix kommun')).toBe('Kalix kommun');
    expect(defused('−3')).toBe('−3');
  });

  it('throws for a year that is not in the data', () => {
    expect(() => yearToCsv(data, 2019, 'excel')).toThrow('Inga resultat för 2019');
  });
});

describe('unitToCsv and datasetToCsv', () => {
  it('lists one unit across its years in ascending order', () => {
    const parsed = parse(unitToCsv(data, '2514', 'excel'), ';');
    expect(parsed.map((r) => [r.ar, r.placering, r.kalla])).toEqual([
      ['2020', '114', 'SKR, Insikt 2020'],
      ['2021', '2', 'SKR, Insikt 2021'],
    ]);
  });

  it('stacks every year under one header', () => {
    const parsed = parse(datasetToCsv(data, 'plain'), ',');
    expect(parsed.map((r) => `${r.ar}:${r.kod}`)).toEqual([
      '2020:2514',
      '2021:2514',
      '2021:1492',
      '2021:2513',
      '2021:F01',
    ]);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CANONICAL_COLUMNS } from '../../src/lib/canonical';
import { EXAMPLE_DATA_LINE } from '../../src/lib/provenance';
import { generateExampleData } from '../../scripts/example-data/generate';
import { EXAMPLE_RESULTS_DIR, readReference } from '../../scripts/make-example-data';

const root = join(import.meta.dirname, '..', '..');
const reference = readReference(join(root, 'data', 'reference'));
const years = generateExampleData(reference.municipalities, reference.forbund);

type Row = Record<string, string>;
/** A file's table: the lines after the example declaration. */
const table = (text: string): string => text.slice(text.indexOf('\n') + 1);
const parsed = new Map(
  years.map((y) => [
    y.year,
    Papa.parse<Row>(table(y.text), { header: true, skipEmptyLines: true }).data,
  ]),
);
const county = new Map(reference.municipalities.map((m) => [m.code, m.countyCode]));

function rowsOf(year: number): Row[] {
  return parsed.get(year)!;
}
function municipalities(year: number): Row[] {
  return rowsOf(year).filter((r) => /^\d{4}$/.test(r.kod!));
}
function unit(year: number, name: string): Row {
  const found = rowsOf(year).find((r) => r.namn === name);
  if (!found) throw new Error(`${name} saknas ${year}`);
  return found;
}
function num(cell: string | undefined): number {
  if (cell === undefined || cell === '') throw new Error('tom cell');
  return Number(cell);
}
function rounded(cell: string | undefined): number {
  return Math.round(num(cell));
}
const placeColumns = CANONICAL_COLUMNS.filter((c) => c.startsWith('placering'));

describe('the example data generator', () => {
  it('gives byte-identical files when run twice on the same reference lists', () => {
    const again = generateExampleData(reference.municipalities, reference.forbund);
    expect(again.map((y) => y.text)).toEqual(years.map((y) => y.text));
  });

  it('matches the committed fixture files in test/fixtures/example-data/results, so they are never stale', () => {
    expect(EXAMPLE_RESULTS_DIR).toBe(join(root, 'test', 'fixtures', 'example-data', 'results'));
    expect(readdirSync(EXAMPLE_RESULTS_DIR).sort()).toEqual(years.map((y) => y.file).sort());
    for (const y of years) {
      expect(readFileSync(join(EXAMPLE_RESULTS_DIR, y.file), 'utf8')).toBe(y.text);
    }
  });

  it('writes one file per data year, declared example data, in the canonical column order', () => {
    expect(years.map((y) => y.file)).toEqual(
      [2010, 2012, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map(
        (y) => `${y}.csv`,
      ),
    );
    for (const y of years) {
      const [declaration, header] = y.text.split('\n');
      expect(declaration).toBe('Exempeldata: påhittade siffror – inte SKR:s resultat.');
      expect(declaration).toBe(EXAMPLE_DATA_LINE);
      expect(header).toBe(CANONICAL_COLUMNS.join(','));
    }
  });

  it('writes nothing into data/results, where the real results are', () => {
    for (const y of years) {
      const real = join(root, 'data', 'results', y.file);
      if (existsSync(real)) expect(readFileSync(real, 'utf8')).not.toContain(EXAMPLE_DATA_LINE);
    }
  });

  it('has 198 municipalities and 11 förbund in 2021, 184 and 11 in 2018, 56 in the 2015 mellanår', () => {
    const count = (year: number, pattern: RegExp): number =>
      rowsOf(year).filter((r) => pattern.test(r.kod!)).length;
    expect([count(2021, /^\d{4}$/), count(2021, /^F\d\d$/)]).toEqual([198, 11]);
    expect([count(2018, /^\d{4}$/), count(2018, /^F\d\d$/)]).toEqual([184, 11]);
    expect(count(2015, /^\d{4}$/)).toBe(56);
  });

  it('states SKR’s averages in a Riket row, none for 2012 and 2024, and stays within 0.1 of them', () => {
    const stated: Record<number, [number, number?]> = {
      2010: [66],
      2014: [68],
      2015: [69],
      2016: [70],
      2017: [71],
      2018: [72],
      2019: [73],
      2020: [74, 63],
      2021: [74, 63],
      2022: [75, 64],
      2023: [75, 65],
    };
    for (const y of years) {
      const riket = rowsOf(y.year).filter((r) => r.namn === 'Riket');
      const expected = stated[y.year];
      if (!expected) {
        expect(riket).toEqual([]);
        continue;
      }
      const [nki, nui] = expected;
      expect(riket.map((r) => [r.kod, num(r.nki), r.nui])).toEqual([
        ['', nki, nui === undefined ? '' : String(nui)],
      ]);
      const values = municipalities(y.year)
        .filter((r) => r.nki !== '')
        .map((r) => num(r.nki));
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      expect(Math.abs(mean - expected[0])).toBeLessThan(0.1);
    }
  });

  it('reproduces Kalix 2021: NKI 86, second in Sweden, from 114th in 2020', () => {
    const kalix = unit(2021, 'Kalix');
    expect(rounded(kalix.nki)).toBe(86);
    expect(kalix.placering).toBe('2');
    const higher = municipalities(2021).filter(
      (r) => r.placering !== '' && num(r.nki) > num(kalix.nki),
    );
    expect(higher.map((r) => r.placering)).toEqual(['1']);
    expect(unit(2020, 'Kalix').placering).toBe('114');
  });

  it('gives Kalix its largest rise 2020→2021 in bygglov, where it is third in Sweden', () => {
    const [before, after] = [unit(2020, 'Kalix'), unit(2021, 'Kalix')];
    const areas = [
      'brandskydd',
      'bygglov',
      'markupplatelse',
      'miljo_och_halsoskydd',
      'livsmedelskontroll',
      'serveringstillstand',
    ];
    const rises = areas
      .filter((a) => before[a] !== '' && after[a] !== '')
      .map((a) => ({ a, rise: rounded(after[a]) - rounded(before[a]) }))
      .sort((x, y) => y.rise - x.rise);
    expect(rises[0]!.a).toBe('bygglov');
    expect(rises[0]!.rise).toBeGreaterThan(rises[1]!.rise);
    expect(after.placering_bygglov).toBe('3');
  });

  it('reproduces Huddinge 2022–2024: NKI 78, bygglov 52 → 72, NUI 64 → 67 and its places', () => {
    const [h22, h23, h24] = [
      unit(2022, 'Huddinge'),
      unit(2023, 'Huddinge'),
      unit(2024, 'Huddinge'),
    ];
    expect(rounded(h24.nki)).toBe(78);
    expect([rounded(h22.bygglov), rounded(h24.bygglov)]).toEqual([52, 72]);
    expect([rounded(h23.nui), rounded(h24.nui)]).toEqual([64, 67]);
    expect([h23.placering, h24.placering]).toEqual(['60', '56']);
    expect([h23.placering_nui, h24.placering_nui]).toEqual(['62', '33']);
    expect([h23.placering_lan, h24.placering_lan]).toEqual(['8', '8']);
    for (const a of [
      'bygglov',
      'miljo_och_halsoskydd',
      'livsmedelskontroll',
      'serveringstillstand',
    ]) {
      expect(rounded(h24[a])).toBeGreaterThanOrEqual(70);
    }
  });

  it('puts exactly seven placed Stockholms län municipalities above Huddinge in 2023 and 2024', () => {
    for (const year of [2023, 2024]) {
      const own = num(unit(year, 'Huddinge').placering);
      const above = municipalities(year).filter(
        (r) => county.get(r.kod!) === '01' && r.placering !== '' && num(r.placering) < own,
      );
      expect(above.length).toBe(7);
    }
  });

  it('has Gnesta 60th and Eskilstuna 62nd in 2021, both with NKI 77', () => {
    const [gnesta, eskilstuna] = [unit(2021, 'Gnesta'), unit(2021, 'Eskilstuna')];
    expect([rounded(gnesta.nki), gnesta.placering]).toEqual([77, '60']);
    expect([rounded(eskilstuna.nki), eskilstuna.placering]).toEqual([77, '62']);
  });

  it('gives unique official places 1..N that follow the unrounded values, and leaves some unranked', () => {
    for (const y of years.filter((y) => y.year !== 2015)) {
      const placed = municipalities(y.year)
        .filter((r) => r.placering !== '')
        .sort((a, b) => num(a.placering) - num(b.placering));
      expect(placed.map((r) => num(r.placering))).toEqual(placed.map((_, i) => i + 1));
      for (let i = 1; i < placed.length; i++)
        expect(num(placed[i]!.nki)).toBeLessThan(num(placed[i - 1]!.nki));
      const unranked = municipalities(y.year).filter((r) => r.nki !== '' && r.placering === '');
      expect(unranked.length).toBeGreaterThan(3);
    }
  });

  it('never places a förbund, and leaves every place empty in 2015', () => {
    for (const y of years) {
      for (const r of rowsOf(y.year).filter((r) => /^F/.test(r.kod!))) {
        expect(placeColumns.filter((c) => r[c] !== '')).toEqual([]);
      }
    }
    for (const r of rowsOf(2015)) expect(placeColumns.filter((c) => r[c] !== '')).toEqual([]);
  });

  it('has two municipalities with exactly equal NKI in 2015, so computed ranks meet a tie', () => {
    // Both qualify for the ranking: enough answers and response rate in the mandatory areas.
    const values = municipalities(2015)
      .filter((r) => num(r.antal_svar) >= 20 && num(r.svarsfrekvens) >= 40)
      .map((r) => r.nki);
    expect(values.length - new Set(values).size).toBeGreaterThanOrEqual(1);
  });

  it('withholds area values under 7 answers but keeps the count', () => {
    const withheld = years.flatMap((y) =>
      municipalities(y.year).filter(
        (r) => r.antal_svar_markupplatelse !== '' && r.markupplatelse === '',
      ),
    );
    expect(withheld.length).toBeGreaterThan(0);
    for (const r of withheld) expect(num(r.antal_svar_markupplatelse)).toBeLessThan(7);
  });

  it('leaves livsmedelskontroll empty until 2014 and NUI empty until 2019, with 57 NUI municipalities in 2021', () => {
    for (const year of [2010, 2012, 2014]) {
      expect(
        rowsOf(year).filter(
          (r) => r.livsmedelskontroll !== '' || r.antal_svar_livsmedelskontroll !== '',
        ),
      ).toEqual([]);
    }
    for (const year of [2010, 2012, 2014, 2015, 2016, 2017, 2018, 2019]) {
      expect(rowsOf(year).filter((r) => r.antal_svar_nui !== '')).toEqual([]);
    }
    expect(municipalities(2021).filter((r) => r.antal_svar_nui !== '').length).toBe(57);
  });

  it('reports the optional areas only in 2024', () => {
    const optional = (r: Row): boolean =>
      ['receptfria_lakemedel', 'lantmateri', 'folkol_och_tobak'].some(
        (a) => r[`antal_svar_${a}`] !== '',
      );
    for (const y of years) expect(rowsOf(y.year).some(optional)).toBe(y.year === 2024);
  });
});

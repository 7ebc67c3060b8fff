import { describe, expect, it } from 'vitest';
import { dataset, forbundRow, row } from '../../test/support/export-synth';
import { datasetToJson, unitToJson, yearToJson } from './json';
import { datasetReadme } from './readme';

const data = dataset({
  2020: [row('2514', 2020, 72.3, 114)],
  2021: [row('2514', 2021, 85.64, 2), row('1492', 2021, 70.1, 98), forbundRow(2021)],
});
const source = { name: 'Kolada' as const, kpis: ['U07451'], fetched: '2024-08-30' };
/** The same figures as read from Kolada's export: every year, or 2021 only. */
const kolada = { ...data, isExample: false, years: data.years.map((y) => ({ ...y, source })) };
const mixed = {
  ...data,
  isExample: false,
  years: data.years.map((y) => (y.year === 2021 ? { ...y, source } : y)),
};
const credits = (text: string) => ['SKR', 'Kolada', 'CC BY 4.0'].every((w) => text.includes(w));

describe('yearToJson', () => {
  it('has one record per unit with numbers as numbers and missing values as null', () => {
    const year = JSON.parse(yearToJson(data, 2021));
    expect(year.kalla).toBe('SKR, Insikt 2021');
    expect(year.exempeldata).toBe(true);
    expect(year.riksgenomsnitt).toEqual({ nki: 74.2, nui: null });
    expect(year.rader).toHaveLength(3);
    expect(year.rader[0]).toMatchObject({
      kod: '2514',
      namn: 'Kalix',
      lan: 'Norrbottens län',
      nki: 85.64,
      placering: 2,
      livsmedelskontroll: null,
      livsmedelskontroll_saknas: 'för få svar',
      exempeldata: true,
    });
    expect(year.rader[2]).toMatchObject({ kod: 'F01', typ: 'förbund', lan: null, nui: 66.125 });
  });

  it('puts one record per line and ends in a newline, so files diff well', () => {
    const lines = yearToJson(data, 2021).split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '{',
      '  "kalla": "SKR, Insikt 2021",',
      '  "exempeldata": true,',
      '  "ar": 2021,',
      '  "fil": "2021.csv",',
      '  "rader_lasta": 3,',
      '  "riksgenomsnitt": {"nki":74.2,"nui":null},',
    ]);
    expect(lines[7]).toBe('  "rader": [');
    expect(lines.slice(8, 11).map((l) => JSON.parse(l.replace(/,$/, '')).kod)).toEqual([
      '2514',
      '1492',
      'F01',
    ]);
    expect(lines.slice(11)).toEqual(['  ]', '}', '']);
  });
});

describe('the credit in the JSON files', () => {
  it('names SKR and Kolada with its licence in every file of Kolada figures', () => {
    expect(JSON.parse(yearToJson(kolada, 2021)).kalla).toBe(
      'SKR, Insikt 2021, via Kolada (CC BY 4.0)',
    );
    expect(JSON.parse(unitToJson(kolada, '2514')).kalla).toBe(
      'SKR, Insikt 2020–2021, via Kolada (CC BY 4.0)',
    );
    const all = JSON.parse(datasetToJson(kolada));
    expect(credits(all.kalla)).toBe(true);
    for (const y of all.ar)
      for (const r of y.rader) expect(credits(r.kalla), `${y.ar} ${r.kod}`).toBe(true);
  });

  it('does not claim Kolada for a year whose file is not from there', () => {
    expect(yearToJson(mixed, 2020)).not.toContain('Kolada');
    expect(JSON.parse(unitToJson(mixed, '2514')).kalla).toBe(
      'SKR, Insikt 2020–2021, via Kolada (CC BY 4.0) för 2021',
    );
    expect(datasetToJson({ ...data, isExample: false })).not.toContain('Kolada');
  });
});

describe('unitToJson and datasetToJson', () => {
  it('gives a unit every year it has a result', () => {
    const unit = JSON.parse(unitToJson(data, '2514'));
    expect(unit.enhet).toEqual({
      kod: '2514',
      namn: 'Kalix',
      visningsnamn: 'Kalix kommun',
      typ: 'kommun',
    });
    expect(unit.rader.map((r: { ar: number; nki: number }) => [r.ar, r.nki])).toEqual([
      [2020, 72.3],
      [2021, 85.64],
    ]);
  });

  it('throws for a code that is neither a municipality nor a förbund', () => {
    expect(() => unitToJson(data, '9999')).toThrow('Okänd kod: 9999');
  });

  it('carries every year and the reference lists in the whole-dataset file', () => {
    const all = JSON.parse(datasetToJson(data));
    expect(all.ar.map((y: { ar: number; rader: unknown[] }) => [y.ar, y.rader.length])).toEqual([
      [2020, 1],
      [2021, 3],
    ]);
    expect(all.kommuner).toHaveLength(4);
    expect(all.forbund[0]).toEqual({
      kod: 'F01',
      namn: 'Miljöförbundet Blekinge Väst',
      medlemmar: ['1082', '1060'],
    });
  });
});

describe('datasetReadme', () => {
  it('warns about example data, counts units per year and explains every column', () => {
    const readme = datasetReadme(data, { siteUrl: 'https://nki-rapporten.example' });
    expect(readme).toContain('> **Exempeldata.**');
    expect(readme).toContain(
      '- 2021: 2 kommuner och 1 förbund (från filen 2021.csv, riksgenomsnitt NKI 74,2)',
    );
    expect(readme).toContain('## Innehåll (2020–2021)');
    expect(readme).toContain(
      '- `livsmedelskontroll_saknas`: Varför livsmedelskontroll är tom: dolt, inget resultat, ej mätt, för få svar',
    );
    expect(readme).toContain(
      'Exempel: "Källa: SKR, Insikt 2021. Exempeldata, inte verkliga resultat."',
    );
    expect(readme).toContain('https://nki-rapporten.example');
  });

  it('credits SKR and Kolada with its licence, and cites with Kolada, when the figures came from there', () => {
    const readme = datasetReadme(kolada, { siteUrl: 'https://nki-rapporten.example' });
    const licence = readme.slice(readme.indexOf('## Källa och licens'));
    expect(credits(licence)).toBe(true);
    expect(licence).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(readme).toContain('Exempel: "Källa: SKR, Insikt 2021, via Kolada (CC BY 4.0)."');
    expect(datasetReadme(mixed)).toContain('de år där kolumnen `kalla` nämner Kolada');
  });

  it('does not name Kolada as the source of figures that are not from there', () => {
    const readme = datasetReadme({ ...data, isExample: false });
    const cite = readme.slice(readme.indexOf('## Så citerar du'));
    expect(cite).toContain('Exempel: "Källa: SKR, Insikt 2021."');
    expect(cite).not.toContain('Kolada');
    expect(readme).not.toContain('hämtad från Kolada');
  });

  it('has no example warning for real data and takes a licence text from the caller', () => {
    const readme = datasetReadme({ ...data, isExample: false }, { licence: 'Licens: CC BY 4.0.' });
    expect(readme).not.toContain('Exempeldata');
    expect(readme).toContain('## Källa och licens\n\nLicens: CC BY 4.0.\n');
  });
});

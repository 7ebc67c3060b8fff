import { describe, expect, it } from 'vitest';
import { CANONICAL_COLUMNS } from './canonical';
import { mapColumns, matchHeader } from './columns';

describe('matchHeader', () => {
  it.each([
    ['Kommun', { kind: 'name' }],
    ['KOMMUNNAMN', { kind: 'name' }],
    ['Enhet', { kind: 'name' }],
    ['Kommunkod', { kind: 'code' }],
    ['År', { kind: 'year' }],
    ['NKI', { kind: 'nki' }],
    ['  NKI  totalt ', { kind: 'nki' }],
    ['Totalt', { kind: 'nki' }],
    ['Placering', { kind: 'place' }],
    ['Rank', { kind: 'place' }],
    ['Plats', { kind: 'place' }],
    ['Placering NKI totalt', { kind: 'place' }],
    ['Placering län', { kind: 'countyPlace' }],
    ['Län placering', { kind: 'countyPlace' }],
    ['Antal svar', { kind: 'answers' }],
    ['Svarsfrekvens (%)', { kind: 'responseRate' }],
    ['Bygglov', { kind: 'area', area: 'bygglov' }],
    ['Placering bygglov', { kind: 'areaPlace', area: 'bygglov' }],
    ['Bygglov placering', { kind: 'areaPlace', area: 'bygglov' }],
    ['Rank bygglov', { kind: 'areaPlace', area: 'bygglov' }],
    ['Brandtillsyn', { kind: 'area', area: 'brandskydd' }],
    ['Miljö- och hälsoskydd', { kind: 'area', area: 'miljo-och-halsoskydd' }],
    ['miljo_och_halsoskydd', { kind: 'area', area: 'miljo-och-halsoskydd' }],
    ['Livsmedel', { kind: 'area', area: 'livsmedelskontroll' }],
    ['Antal svar serveringstillstånd', { kind: 'areaAnswers', area: 'serveringstillstand' }],
    ['Svarsfrekvens markupplåtelse', { kind: 'areaResponseRate', area: 'markupplatelse' }],
    ['Upphandling', { kind: 'nui' }],
    ['NUI', { kind: 'nui' }],
    ['Placering upphandling', { kind: 'nuiPlace' }],
    ['placering_nui', { kind: 'nuiPlace' }],
    ['antal_svar_nui', { kind: 'nuiAnswers' }],
    ['Rättssäkerhet', { kind: 'factor', factor: 'rattssakerhet' }],
    ['Lan', { kind: 'ignored' }],
  ])('reads the header %j', (header, field) => {
    expect(matchHeader(header)).toEqual(field);
  });

  it('knows every column of the canonical layout', () => {
    const unknown = CANONICAL_COLUMNS.filter((c) => matchHeader(c) === undefined);
    expect(unknown).toEqual([]);
  });

  it('does not guess at a header it does not know', () => {
    expect(matchHeader('Kommentar')).toBeUndefined();
    expect(matchHeader('Svarsfrekvens information')).toBeUndefined();
  });
});

describe('mapColumns', () => {
  it('warns about an unknown column and does not read it', () => {
    const { fields, problems } = mapColumns(['Kommun', 'NKI', 'Kommentar'], '2021.csv', 3);
    expect(fields).toEqual([{ kind: 'name' }, { kind: 'nki' }, undefined]);
    expect(problems).toEqual([
      {
        file: '2021.csv',
        line: 3,
        column: 3,
        raw: 'Kommentar',
        severity: 'warning',
        message: 'Okänd kolumn "Kommentar" läses inte.',
      },
    ]);
  });

  it('refuses two columns that mean the same', () => {
    const { problems } = mapColumns(['Kommun', 'NKI', 'NKI totalt'], '2021.csv', 1);
    expect(problems.map((p) => [p.severity, p.column, p.message])).toEqual([
      ['error', 3, 'Kolumnen "NKI totalt" betyder samma sak som kolumn 2 ("NKI").'],
    ]);
  });

  it('requires a unit column and a result column', () => {
    const { problems } = mapColumns(['Placering', 'Antal svar'], '2021.csv', 1);
    expect(problems.map((p) => [p.severity, p.line, p.column])).toEqual([
      ['error', 1, 0],
      ['error', 1, 0],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Rubrikraden saknar en kolumn för kommun eller förbund (t.ex. "Kommun" eller "Kommunkod").',
      'Rubrikraden saknar resultatkolumner (t.ex. "NKI", "Bygglov" eller "NUI").',
    ]);
  });

  it('skips empty headers silently, as Excel leaves trailing separators', () => {
    const { fields, problems } = mapColumns(['Kommun', 'NKI', '', ''], '2021.csv', 1);
    expect(fields).toEqual([{ kind: 'name' }, { kind: 'nki' }, undefined, undefined]);
    expect(problems).toEqual([]);
  });
});

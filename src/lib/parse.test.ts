import { describe, expect, it } from 'vitest';
import { csv } from '../../test/support/paths';
import { parseTable } from './parse';

const parse = (text: string) => parseTable('2021.csv', text, 'utf-8');

describe('parseTable', () => {
  it('detects semicolons and skips title lines above the header', () => {
    const text = csv([
      ['Öppna jämförelser Företagsklimat 2022', '', ''],
      ['', '', ''],
      ['Kommun', 'NKI', 'Placering'],
      ['Kalix', '86,3', '2'],
    ]);
    const { table, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(table).toMatchObject({
      delimiter: ';',
      headerLine: 3,
      header: ['Kommun', 'NKI', 'Placering'],
      rows: [{ line: 4, cells: ['Kalix', '86,3', '2'] }],
      titleLines: ['Öppna jämförelser Företagsklimat 2022'],
      noteLines: [],
    });
  });

  it('detects commas even when a title line contains semicolons', () => {
    const text = csv(
      [['Insikt; dataår 2021'], ['kod', 'namn', 'nki'], ['2514', 'Kalix', '86.3']],
      ',',
      '\n',
    );
    const { table } = parse(text);
    expect(table?.delimiter).toBe(',');
    expect(table?.rows).toEqual([{ line: 3, cells: ['2514', 'Kalix', '86.3'] }]);
  });

  it('detects tabs', () => {
    const { table } = parse(
      csv(
        [
          ['Kommun', 'NKI'],
          ['Trosa', '78,4'],
        ],
        '\t',
      ),
    );
    expect(table?.delimiter).toBe('\t');
    expect(table?.rows[0]?.cells).toEqual(['Trosa', '78,4']);
  });

  it('counts physical lines across a quoted cell with a line break', () => {
    const text = 'Kommun;NKI;Kommentar\r\nKalix;86;"två\r\nrader"\r\nBoden;71;\r\n';
    const { table } = parse(text);
    expect(table?.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('keeps "Källa" and "Anm." lines below the data as notes and warns about each', () => {
    const text = csv([
      ['Kommun', 'NKI'],
      ['Kalix', '86'],
      ['Källa: SKR', ' Insikt 2021'],
      ['Anm. – betyder att resultat saknas', ''],
    ]);
    const { table, problems } = parse(text);
    expect(table?.rows.map((r) => r.cells[0])).toEqual(['Kalix']);
    expect(table?.noteLines).toEqual([
      'Källa: SKR; Insikt 2021',
      'Anm. – betyder att resultat saknas',
    ]);
    expect(problems.map((p) => [p.severity, p.line, p.column, p.message])).toEqual([
      ['warning', 3, 0, 'Raden läses som en anteckning, inte som data: "Källa: SKR; Insikt 2021".'],
      [
        'warning',
        4,
        0,
        'Raden läses som en anteckning, inte som data: "Anm. – betyder att resultat saknas".',
      ],
    ]);
  });

  it('reads single-cell text after a blank line as a note, but not a data row after a blank line', () => {
    const text = csv([
      ['Kommun', 'NKI'],
      ['Kalix', '86'],
      ['', ''],
      ['Boden', '71'],
      ['', ''],
      ['Uppgifterna avser ärenden under 2021', ''],
    ]);
    const { table } = parse(text);
    expect(table?.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'Kalix'],
      [4, 'Boden'],
    ]);
    expect(table?.noteLines).toEqual(['Uppgifterna avser ärenden under 2021']);
  });

  it('keeps a data row whose values are all missing', () => {
    const { table } = parse(
      csv([
        ['Kommun', 'NKI'],
        ['Kalix', ''],
        ['Boden', '71'],
      ]),
    );
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ['Kalix', ''],
      ['Boden', '71'],
    ]);
  });

  it('takes a header without a unit column, so that the missing column can be named', () => {
    const { table } = parse(
      csv([
        ['NKI', 'Placering'],
        ['86', '2'],
      ]),
    );
    expect(table?.headerLine).toBe(1);
  });

  it('reports a file without any known header', () => {
    const { table, problems } = parse(
      csv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    );
    expect(table).toBeUndefined();
    expect(problems).toEqual([
      {
        file: '2021.csv',
        line: 0,
        column: 0,
        severity: 'error',
        message:
          'Hittar ingen rubrikrad med kända kolumnnamn (t.ex. "Kommun", "NKI", "Placering") bland de första raderna.',
      },
    ]);
  });

  it('reports a file with nothing but whitespace as empty', () => {
    expect(parse(' \r\n\r\n').problems.map((p) => p.message)).toEqual(['Filen är tom.']);
  });

  it('reports a quote that is never closed', () => {
    const { problems } = parse('Kommun;NKI\nKalix;86\n"Boden;71\nLuleå;75\n');
    expect(problems.map((p) => [p.severity, p.line])).toEqual([['error', 3]]);
  });
});

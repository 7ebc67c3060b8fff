import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../test/workbooks/excel-writer';
import { projectPath } from '../../test/support/paths';
import { loadDataset } from './load';
import { formatProblem, formatReport } from './report';
import { readWorkbook } from './xlsx';

const load = (folder: string) =>
  loadDataset({
    resultsDir: projectPath(`test/fixtures/workbooks/${folder}`),
    referenceDir: projectPath('data/reference'),
  });
const errors = (folder: string) =>
  load(folder)
    .report.problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

describe('reading a workbook saved by Excel', () => {
  it('gives the same results as its CSV twin: title rows, formulas, markers, percent, riket', () => {
    const book = load('good');
    const twin = load('good-csv-twin');
    expect(book.dataset).toBeDefined();
    const strip = (d: typeof book.dataset) =>
      d!.years.map((y) => ({
        year: y.year,
        statedAverage: y.statedAverage,
        rows: y.rows.map((r) => ({ ...r, source: { line: r.source.line } })),
      }));
    expect(strip(book.dataset)).toEqual(strip(twin.dataset));
    const [kalix, boden, lulea] = book.dataset!.years[0]!.rows;
    expect(kalix?.nki).toEqual({ kind: 'measured', value: 86.3 });
    expect(kalix?.responseRate).toBe(49);
    expect(boden?.areas.bygglov?.score).toEqual({ kind: 'missing', reason: 'suppressed' });
    // The formula's stored result, written by Excel as 77.400000000000006.
    expect(lulea?.nki).toEqual({ kind: 'measured', value: 77.4 });
  });

  it('reads hidden rows with a warning, lists notes, and skips the notes sheet', () => {
    const { report } = load('good');
    expect(report.problems.map(formatProblem)).toEqual([
      'Insikt 2023 NKI per kommun.xlsx, blad "NKI 2023", rad 8 varning: Raden är dold i Excel men läses ändå.',
      'Insikt 2023 NKI per kommun.xlsx, blad "NKI 2023", rad 12 varning: Raden läses som en anteckning, inte som data: "Källa: SKR, Insikt 2023.".',
      'Insikt 2023 NKI per kommun.xlsx, blad "NKI 2023", rad 13 varning: Raden läses som en anteckning, inte som data: "Anm. – betyder att resultat saknas.".',
      'Insikt 2023 NKI per kommun.xlsx, blad "Noter" varning: Bladet har ingen resultattabell (ingen rubrikrad med kända kolumnnamn) och hoppas över.',
    ]);
    expect(formatReport(report)).toContain(
      'Insikt 2023 NKI per kommun.xlsx, blad "NKI 2023": 6 rader lästa, 5 enheter (år 2023 enligt filnamnet)',
    );
  });

  it('takes the year from the sheet name, or from the title row, and says which', () => {
    const sheets = load('two-sheets');
    expect(sheets.dataset?.years.map((y) => [y.year, y.rows.length])).toEqual([
      [2022, 2],
      [2023, 2],
    ]);
    expect(sheets.report.files.map((f) => [f.sheet, f.year, f.yearSource])).toEqual([
      ['NKI 2022', 2022, 'sheet-name'],
      ['NKI 2023', 2023, 'sheet-name'],
    ]);
    expect(load('year-from-title').report.files.map((f) => [f.year, f.yearSource])).toEqual([
      [2022, 'title'],
    ]);
  });

  it('asks for the year in the file or sheet name when nothing gives it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nki-xlsx-'));
    const rows = [
      { row: 1, cells: ['Kommun', 'NKI'] },
      { row: 2, cells: ['Kalix', 86.3] },
    ];
    writeFileSync(join(dir, 'NKI per kommun.xlsx'), writeXlsx([{ name: 'Blad1', rows }]));
    const { report } = loadDataset({
      resultsDir: dir,
      referenceDir: projectPath('data/reference'),
    });
    rmSync(dir, { recursive: true });
    expect(report.problems.map(formatProblem)).toEqual([
      'NKI per kommun.xlsx, blad "Blad1" fel: Kan inte avgöra vilket år bladet gäller: skriv dataåret i filnamnet eller bladnamnet ("NKI 2023"), eller lägg till en kolumn "År".',
    ]);
  });

  it('names the file, the sheet and the cell of every fault', () => {
    expect(errors('faulty')).toEqual([
      'Insikt 2023.xlsx, blad "NKI 2023", A5 fel: Okänd kommun "Bodenn". Menade du "Boden"?',
      'Insikt 2023.xlsx, blad "NKI 2023", C6 fel: "=C4/0" är inte ett tal (ett index 0–100).',
      'Insikt 2023.xlsx, blad "NKI 2023", C7 fel: Värdet 140 ligger utanför 0–100.',
    ]);
    expect(load('faulty').dataset).toBeUndefined();
  });

  it('refuses an old .xls, a password-protected, a truncated and an empty workbook', () => {
    expect(errors('old-binary')).toEqual([
      'Insikt 2023.xls fel: Filen är en äldre Excel-arbetsbok (.xls) som inte läses. Öppna den i Excel och spara som .xlsx eller CSV.',
    ]);
    expect(errors('encrypted')).toEqual([
      'Insikt 2023.xlsx fel: Arbetsboken är lösenordsskyddad (krypterad) och kan inte läsas. Ta bort lösenordet i Excel (Arkiv > Info > Skydda arbetsbok) och spara igen, eller spara som CSV.',
    ]);
    expect(errors('truncated')[0]).toMatch(
      /^Insikt 2023\.xlsx fel: Arbetsboken är skadad eller ofullständig .* spara den igen som \.xlsx/,
    );
    expect(errors('empty')).toEqual([
      'Insikt 2023.xlsx fel: Arbetsboken är tom: inget blad innehåller några värden.',
    ]);
    for (const folder of ['old-binary', 'encrypted', 'truncated', 'empty']) {
      expect(load(folder).dataset).toBeUndefined();
    }
  });

  it('shows numbers as Excel does, without floating-point noise', () => {
    const bytes = writeXlsx([
      {
        name: 'Blad1',
        rows: [{ row: 1, cells: [0.1 + 0.2, 77.4, 12, 1 / 3, { percent: 0.495 }] }],
      },
    ]);
    const book = readWorkbook(bytes);
    expect('sheets' in book && book.sheets[0]?.rows[0]?.cells).toEqual([
      '0.3',
      '77.4',
      '12',
      '0.333333333333333',
      '49.5 %',
    ]);
  });

  it('reads a 300-row workbook well under a second', () => {
    const kommuner = readFileSync(projectPath('data/reference/kommuner.csv'), 'utf8')
      .split('\n')
      .slice(1, 291)
      .map((l) => l.split(',')[1]!);
    const rows = kommuner.slice(0, 290).map((name, i) => ({
      row: i + 2,
      cells: [name, 60 + (i % 300) / 10, i + 1, 50 + (i % 40), { percent: 0.4 + (i % 30) / 100 }],
    }));
    const header = { row: 1, cells: ['Kommun', 'NKI', 'Placering', 'Bygglov', 'Svarsfrekvens'] };
    const bytes = writeXlsx([
      {
        name: 'NKI 2023',
        rows: [
          header,
          ...rows,
          ...rows
            .slice(0, 10)
            .map((r, i) => ({ ...r, row: 292 + i + 1, cells: ['Anm. rad ' + i] })),
        ],
      },
    ]);
    // The fastest of three reads, so that a busy machine (tests run in parallel) does not decide.
    const times: number[] = [];
    let book: ReturnType<typeof readWorkbook> = { error: '' };
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      book = readWorkbook(bytes);
      times.push(performance.now() - start);
    }
    const ms = Math.min(...times);
    expect('sheets' in book && book.sheets[0]?.rows.length).toBe(301);
    expect(ms).toBeLessThan(250);
  });
});

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../test/support/paths';
import { loadDataset, resultsDirFromEnv } from './load';
import type { ResultRow } from './model';
import { formatProblem } from './report';

const load = (folder: string) =>
  loadDataset({
    resultsDir: projectPath(`test/fixtures/results/${folder}`),
    referenceDir: projectPath('data/reference'),
  });
/** A row's values in a compact form: unit, NKI, place, county place, bygglov, NUI, answers, rate. */
const summary = (r: ResultRow) => [
  r.unitCode,
  r.nki.kind === 'measured' ? r.nki.value : r.nki.reason,
  r.officialPlace,
  r.officialCountyPlace,
  r.areas.bygglov?.score.kind === 'measured'
    ? r.areas.bygglov.score.value
    : r.areas.bygglov?.score.reason,
  r.nui.kind === 'measured' ? r.nui.value : r.nui.reason,
  r.answers,
  r.responseRate,
];

describe('loadDataset', () => {
  it('reads every row of an Excel-exported Windows-1252 file with title lines, dashes and decimal commas', () => {
    const { dataset, report } = load('excel-windows-1252');
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.files).toEqual([
      { file: '2021.csv', year: 2021, yearSource: 'file-name', rowsRead: 8, units: 7 },
    ]);
    const [year] = dataset!.years;
    expect(year?.year).toBe(2021);
    expect(year?.statedAverage).toEqual({ nki: 74.2, nui: 63.1 });
    expect(year?.rows.map(summary)).toEqual([
      ['2514', 86.3, 2, 1, 84.1, 'suppressed', 214, 49],
      ['2582', 71.4, 112, 4, 66.9, 61.2, 1046, 41],
      ['0139', 73.8, 87, 18, 'suppressed', 'suppressed', 187, 38],
      ['2023', 80, 21, 3, 78.5, 'suppressed', 96, 52],
      ['1480', 69.9, 140, 25, 61.2, 63.4, 2318, 35],
      ['0980', 75.5, 60, 1, 73, 'suppressed', 402, 44],
      ['1256', 77, 42, 6, 'suppressed', 'suppressed', 61, 47],
    ]);
    const goinge = year?.rows[6];
    expect(goinge?.areas.serveringstillstand?.score).toEqual({
      kind: 'missing',
      reason: 'suppressed',
    });
    expect(goinge?.areas['miljo-och-halsoskydd']?.score).toEqual({ kind: 'measured', value: 80.4 });
    expect(goinge?.areas.markupplatelse?.score).toEqual({ kind: 'missing', reason: 'suppressed' });
    expect(goinge?.source).toEqual({ file: '2021.csv', line: 11 });
  });

  it('lists the notes below the data of the Excel file as warnings, with their lines', () => {
    const { report } = load('excel-windows-1252');
    expect(report.problems.map(formatProblem)).toEqual([
      '2021.csv:14 varning: Raden läses som en anteckning, inte som data: "Källa: SKR, ”Öppna jämförelser Företagsklimat 2022”".',
      '2021.csv:15 varning: Raden läses som en anteckning, inte som data: "Anm. – betyder att resultat saknas eller att färre än 7 svar kommit in.".',
    ]);
  });

  it('reports a misspelled name, a value of 140, a word for a number and a duplicated row', () => {
    const { dataset, report } = load('four-faults');
    expect(dataset).toBeUndefined();
    expect(report.problems.map(formatProblem)).toEqual([
      '2021.csv:2:1 fel: Okänd kommun "Kalixx". Menade du "Kalix"?',
      '2021.csv:3:2 fel: Värdet 140 ligger utanför 0–100.',
      '2021.csv:4:4 fel: "hög" är inte ett tal (ett index 0–100).',
      '2021.csv:6:1 fel: Piteå finns redan på rad 5; samma enhet två gånger samma år.',
    ]);
    expect(report.files).toEqual([
      { file: '2021.csv', year: 2021, yearSource: 'file-name', rowsRead: 5, units: 1 },
    ]);
  });

  it('reads the canonical layout, förbund and the Riket row included', () => {
    const { dataset, report } = load('canonical-layout');
    expect(report.problems).toEqual([]);
    const [year] = dataset!.years;
    expect(year?.statedAverage).toEqual({ nki: 74.1, nui: 63 });
    expect(year?.rows.map(summary)).toEqual([
      ['2514', 72.4, 114, 5, 70.1, 'no-result', 156, 44.2],
      ['0126', 76.8, 58, 8, 54.3, 64.2, 402, 41],
      ['F03', 74, undefined, undefined, 'no-result', 'no-result', 210, 51],
    ]);
    expect(year?.rows[1]?.officialNuiPlace).toBe(40);
    expect(year?.rows[1]?.areas.bygglov).toEqual({
      score: { kind: 'measured', value: 54.3 },
      officialPlace: 120,
      answers: 98,
      responseRate: 39,
    });
    expect(year?.rows[0]?.factors).toEqual({
      information: { kind: 'measured', value: 74.2 },
      effektivitet: { kind: 'measured', value: 68.9 },
    });
  });

  it('reads a tab-separated UTF-8 file with a BOM and capital headers', () => {
    const { dataset, report } = load('tab-separated-bom');
    expect(report.problems).toEqual([]);
    expect(dataset?.years[0]?.rows.map(summary)).toEqual([
      ['0488', 78.4, 4, undefined, undefined, 'no-result', undefined, 49],
      ['0461', 77, 60, undefined, undefined, 'no-result', undefined, 42],
    ]);
  });

  it('takes the year from a year column', () => {
    expect(load('year-column').dataset?.years.map((y) => y.year)).toEqual([2018]);
  });

  it('merges two files for the same year by unit', () => {
    const { dataset, report } = load('two-files-one-year');
    expect(report.problems).toEqual([]);
    expect(dataset?.years.map((y) => [y.year, y.file, y.rows.map(summary)])).toEqual([
      [
        2021,
        '2021.csv + nki-2021.csv',
        [
          ['2514', 86, undefined, undefined, undefined, 'no-result', undefined, undefined],
          ['2582', 71, undefined, undefined, undefined, 'no-result', undefined, undefined],
        ],
      ],
    ]);
  });

  it('refuses a workbook saved with a .csv name, and an empty file', () => {
    expect(load('not-text').report.problems.map((p) => p.message)).toEqual([
      'Filen är inte text utan en Excel-arbetsbok (.xlsx) eller en zip-fil. Spara den som CSV (UTF-8 eller semikolonavgränsad) i Excel.',
    ]);
    expect(load('empty-file').report.problems.map(formatProblem)).toEqual([
      '2021.csv fel: Filen är tom.',
    ]);
  });

  it('refuses a folder that does not exist', () => {
    const { dataset, report } = load('no-such-folder');
    expect(dataset).toBeUndefined();
    expect(report.problems.map((p) => p.message)).toEqual(['Mappen med resultatfiler finns inte.']);
  });

  it('marks the dataset as example data when a file declares it, wherever the folder is', () => {
    const load = (dir: string) =>
      loadDataset({ resultsDir: projectPath(dir), referenceDir: projectPath('data/reference') });
    const example = load('test/fixtures/example-data/results');
    expect(example.dataset?.isExample).toBe(true);
    expect(example.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(load('data/results').dataset?.isExample).toBe(false);
    expect(load('test/fixtures/results/year-column').dataset?.isExample).toBe(false);
  });

  it('marks the whole dataset as example data when one example file lies beside real ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nki-mixed-'));
    try {
      copyFileSync(projectPath('data/results/2022.csv'), join(dir, '2022.csv'));
      copyFileSync(
        projectPath('test/fixtures/example-data/results/2023.csv'),
        join(dir, '2023.csv'),
      );
      const { dataset, report } = loadDataset({
        resultsDir: dir,
        referenceDir: projectPath('data/reference'),
      });
      expect(dataset?.years.map((y) => y.year)).toEqual([2022, 2023]);
      expect(dataset?.isExample).toBe(true);
      expect(report.problems.map(formatProblem)).toEqual([
        '2023.csv varning: Filen är påhittad exempeldata bland riktiga resultat (2022.csv): hela webbplatsen märks som exempeldata.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('marks the dataset as example data when asked to, even without a declaration', () => {
    const options = {
      resultsDir: projectPath('test/fixtures/results/year-column'),
      referenceDir: projectPath('data/reference'),
    };
    expect(loadDataset({ ...options, isExample: true }).dataset?.isExample).toBe(true);
    expect(loadDataset({ ...options, isExample: false }).dataset?.isExample).toBe(false);
  });
});

describe('resultsDirFromEnv', () => {
  it('reads the committed real results when NKI_RESULTS_DIR is not set', () => {
    expect(resultsDirFromEnv('/srv/nki', {})).toEqual({ resultsDir: '/srv/nki/data/results' });
  });

  it('uses NKI_RESULTS_DIR, relative to the project root', () => {
    expect(resultsDirFromEnv('/srv/nki', { NKI_RESULTS_DIR: '../mina-filer' })).toEqual({
      resultsDir: '/srv/mina-filer',
    });
    expect(resultsDirFromEnv('/srv/nki', { NKI_RESULTS_DIR: '/data/insikt' })).toEqual({
      resultsDir: '/data/insikt',
    });
  });
});

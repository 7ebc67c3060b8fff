import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath, rawTable, realReference } from '../../test/support/paths';
import { loadDataset } from './load';
import { formatProblem } from './report';
import { missingHeadline, validateTable } from './validate';

const results = (header: string[], rows: string[][]) =>
  validateTable(rawTable('2024.csv', header, rows), realReference()).results!;
const load = (resultsDir: string) =>
  loadDataset({ resultsDir, referenceDir: projectPath('data/reference') });

describe('a year without NKI totalt', () => {
  it('is an error naming the file when no unit has a value for NKI totalt', () => {
    expect(
      formatProblem(
        missingHeadline(
          results(
            ['Kommun', 'Bygglov'],
            [
              ['Kalix', '85'],
              ['Boden', '90'],
            ],
          ),
        )!,
      ),
    ).toBe(
      '2024.csv fel: Ingen enhet i filen har ett värde för NKI totalt: kolumnen för NKI totalt ("NKI", "nki", "NKI totalt") saknas eller är tom. Ett år utan NKI totalt kan inte publiceras; lägg till kolumnen eller ta bort filen.',
    );
  });

  it('is an error when every NKI totalt is withheld, and not when one unit has a value', () => {
    expect(
      missingHeadline(
        results(
          ['Kommun', 'NKI'],
          [
            ['Kalix', '..'],
            ['Boden', '–'],
          ],
        ),
      ),
    ).toMatchObject({
      file: '2024.csv',
      severity: 'error',
    });
    expect(
      missingHeadline(
        results(
          ['Kommun', 'NKI'],
          [
            ['Kalix', '..'],
            ['Boden', '84'],
          ],
        ),
      ),
    ).toBeUndefined();
  });

  it('stops the load of a folder, so check-data and the build report it', () => {
    const { dataset, report } = load(projectPath('test/fixtures/results/no-nki'));
    expect(dataset).toBeUndefined();
    expect(report.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^2024\.csv fel: Ingen enhet i filen har ett värde för NKI totalt/),
    ]);
  });

  it('is judged per year after merging: a file of areas beside one with NKI totalt is fine', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nki-headline-'));
    try {
      writeFileSync(join(dir, '2024.csv'), 'Kommun;NKI\nKalix;82\n');
      writeFileSync(join(dir, '2024 områden.csv'), 'Kommun;Bygglov\nKalix;85\n');
      expect(load(dir).report.problems).toEqual([]);
      writeFileSync(join(dir, '2024.csv'), 'Kommun;Livsmedel\nKalix;83\n');
      expect(load(dir).report.problems.map(formatProblem)).toEqual([
        '2024 områden.csv + 2024.csv fel: Ingen enhet i någon av filerna för 2024 (2024 områden.csv, 2024.csv) har ett värde för NKI totalt: kolumnen för NKI totalt ("NKI", "nki", "NKI totalt") saknas eller är tom. Ett år utan NKI totalt kan inte publiceras; lägg till kolumnen eller ta bort filen.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

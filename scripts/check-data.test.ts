import { spawnSync } from 'node:child_process';
import { childEnv } from '../test/support/child-env';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../test/support/paths';
import { MANIFEST_HEAD } from './output-dir';

/** Runs the script as a person would, with NKI_RESULTS_DIR pointing at a fixture folder. */
function checkData(folder: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [projectPath('node_modules/tsx/dist/cli.mjs'), projectPath('scripts/check-data.ts'), ...args],
    {
      cwd: projectPath(''),
      encoding: 'utf8',
      env: childEnv({ NKI_RESULTS_DIR: projectPath(`test/fixtures/results/${folder}`) }),
    },
  );
  return { status: result.status, stdout: result.stdout };
}

// Each test spawns tsx, which can take several seconds on a busy machine.
describe('check-data', { timeout: 60_000 }, () => {
  it('prints every fault with line, column and suggestion, and exits 1', () => {
    const { status, stdout } = checkData('four-faults');
    expect(status).toBe(1);
    expect(stdout).toContain('2021.csv:2:1 fel: Okänd kommun "Kalixx". Menade du "Kalix"?');
    expect(stdout).toContain('2021.csv:3:2 fel: Värdet 140 ligger utanför 0–100.');
    expect(stdout).toContain('2021.csv:4:4 fel: "hög" är inte ett tal (ett index 0–100).');
    expect(stdout).toContain(
      '2021.csv:6:1 fel: Piteå finns redan på rad 5; samma enhet två gånger samma år.',
    );
    expect(stdout).toContain('2021.csv: 5 rader lästa, 1 enhet (år 2021 enligt filnamnet)');
    expect(stdout.trim().endsWith('4 fel, inga varningar.')).toBe(true);
  });

  it('exits 0 on a file Excel exported, reporting only its notes as warnings', () => {
    const { status, stdout } = checkData('excel-windows-1252');
    expect(status).toBe(0);
    expect(stdout).toContain('2021.csv: 8 rader lästa, 7 enheter (år 2021 enligt filnamnet)');
    expect(stdout.trim().endsWith('Inga fel, 2 varningar.')).toBe(true);
  });

  it('reports a result file in which no unit has NKI totalt, naming the file, and exits 1', () => {
    const { status, stdout } = checkData('no-nki');
    expect(status).toBe(1);
    expect(stdout).toContain(
      '2024.csv fel: Ingen enhet i filen har ett värde för NKI totalt: kolumnen för NKI totalt ("NKI", "nki", "NKI totalt") saknas eller är tom.',
    );
    expect(stdout.trim().endsWith('1 fel, inga varningar.')).toBe(true);
  });

  it('never removes the build output with --build: on errors the previous site stays as it was', () => {
    const dist = mkdtempSync(join(tmpdir(), 'nki-dist-'));
    writeFileSync(join(dist, 'index.html'), '<p>gammal</p>');
    writeFileSync(join(dist, '.nki-build'), `${MANIFEST_HEAD}\nindex.html\n`);
    const { status, stdout } = checkData('four-faults', '--build', '--dist', dist);
    expect(status).toBe(1);
    expect(stdout).toContain(`Bygget stoppas: inget publiceras, och ${dist} lämnas som den var.`);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<p>gammal</p>');
    rmSync(dist, { recursive: true });
  });

  it('refuses with --build an output folder holding files the build did not write, and touches none', () => {
    const dist = mkdtempSync(join(tmpdir(), 'nki-dist-'));
    writeFileSync(join(dist, 'mina-anteckningar.txt'), 'viktigt');
    const { status, stdout } = checkData('excel-windows-1252', '--build', '--dist', dist);
    expect(status).toBe(1);
    expect(stdout).toContain(
      `Bygget stoppas: Byggmappen ${dist} används inte: den är inte en webbplats som bygget har gjort (.nki-build saknas) och innehåller mina-anteckningar.txt.`,
    );
    expect(readFileSync(join(dist, 'mina-anteckningar.txt'), 'utf8')).toBe('viktigt');
    rmSync(dist, { recursive: true });
  });

  it('leaves the build output alone with --build when there are no errors', () => {
    const dist = mkdtempSync(join(tmpdir(), 'nki-dist-'));
    expect(checkData('excel-windows-1252', '--build', '--dist', dist).status).toBe(0);
    expect(existsSync(dist)).toBe(true);
    rmSync(dist, { recursive: true });
  });
});

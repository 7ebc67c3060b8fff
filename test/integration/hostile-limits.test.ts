/**
 * The hostile files whose point is memory and time, checked as a person would meet them: one
 * folder with all of them, `check-data` run as its own process with a heap of 256 MB (issue 19
 * measured 5.9 GB for the row reference and 3.5–5.7 GB for the zip bomb). The process must end
 * within the time, exit 1, give each file its one-line error, and print no stack trace; its peak
 * memory (resident set, printed by a preload at exit) must stay far below 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { childEnv } from '../support/child-env';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  csvText,
  deflatedSpaces,
  goodRows,
  num,
  sheetXml,
  text,
  workbookParts,
  zipParts,
} from '../hostile/inputs';
import { projectPath } from '../support/paths';

const work = mkdtempSync(join(tmpdir(), 'nki-hostile-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HEAP_MB = 256;

describe(
  'check-data on hostile files, in a process with a 256 MB heap',
  { timeout: 120_000 },
  () => {
    it('ends quickly with one line per file, exit 1, no stack trace, and little memory', () => {
      const far = goodRows();
      far.push(['300000000', text('A300000000', 'Luleå') + num('B300000000', 70)]);
      writeFileSync(join(work, '2021 rad.xlsx'), zipParts(workbookParts(sheetXml(far))));
      const wide = goodRows();
      wide[1]![1] += num('ZZZZZZ2', 1);
      writeFileSync(join(work, '2021 kolumn.xlsx'), zipParts(workbookParts(sheetXml(wide))));
      const bomb = deflatedSpaces('<worksheet><sheetData>', 1024 ** 3, '</sheetData></worksheet>');
      writeFileSync(
        join(work, '2021 bomb.xlsx'),
        zipParts(workbookParts(bomb, undefined, { deflated: true })),
      );
      writeFileSync(
        join(work, '2021 rader.csv'),
        csvText(['kod', 'nki'], 100_000, () => ['2514', '80']),
      );
      writeFileSync(join(work, '2021 namn.csv'), `namn,nki\n${'Kalixx'.repeat(900_000)},80\n`);
      writeFileSync(join(work, '2021.csv'), 'namn;nki\nKalix;86\n');

      const rss = join(work, 'rss.mjs');
      writeFileSync(
        rss,
        "process.on('exit', () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\\n`));\n",
      );
      const started = performance.now();
      const result = spawnSync(
        process.execPath,
        [
          `--max-old-space-size=${HEAP_MB}`,
          '--import',
          pathToFileURL(rss).href,
          '--import',
          'tsx',
          projectPath('scripts/check-data.ts'),
          '--quiet',
        ],
        {
          cwd: projectPath(''),
          encoding: 'utf8',
          env: childEnv({ NKI_RESULTS_DIR: work, NODE_OPTIONS: '' }),
        },
      );
      const seconds = (performance.now() - started) / 1000;
      const output = `${result.stdout}${result.stderr}`;
      const peakMb = Number(/maxrss (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
      console.log(
        `check-data on the hostile folder: ${seconds.toFixed(1)} s, ${peakMb.toFixed(0)} MB`,
      );

      expect(result.status, output.slice(-2000)).toBe(1);
      const lines = result.stdout.split('\n').filter((l) => / fel: /.test(l));
      expect(lines.map((l) => l.replace(/\u00a0/g, ' '))).toEqual([
        '2021 bomb.xlsx fel: Delen xl/worksheets/sheet1.xml i arbetsboken blir större än 16 MB uppackad; så stora blad läses inte (ett verkligt blad är under 3 MB). Arbetsboken kan vara en zip-bomb.',
        '2021 kolumn.xlsx fel: Cellen ZZZZZZ2 ligger bortom kolumn 1 000; så breda blad läses inte (ett verkligt blad har omkring 60 kolumner).',
        '2021 namn.csv:2:1 fel: Cellen har 5 400 000 tecken; högst 10 000 läses. Är det rätt fil?',
        '2021 rad.xlsx fel: Bladet har en rad 300 000 000; högst 5 000 rader läses (ett verkligt blad har omkring 300).',
        '2021 rader.csv fel: Filen har 100 002 rader; högst 5 000 rader läses (ett års resultat har omkring 300). Är det rätt fil?',
      ]);
      expect(output).not.toMatch(/Maximum call stack|heap out of memory|^\s+at /m);
      expect(seconds).toBeLessThan(60);
      expect(peakMb).toBeLessThan(600);
    });
  },
);

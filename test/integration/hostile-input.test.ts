/**
 * Hostile and careless result files (issue 19), each generated here by a small generator
 * (test/hostile/inputs.ts), loaded as check-data and the build load them. Every case ends in a
 * clear message naming its place, or is read correctly; none crashes, none publishes a wrong
 * figure, none drops a row with only a warning.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lib/limits';
import { loadDataset } from '../../src/lib/load';
import { suggest } from '../../src/lib/match';
import type { Dataset } from '../../src/lib/model';
import { escapeControl, formatProblem, formatReport } from '../../src/lib/report';
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
import { projectPath, realReference } from '../support/paths';

const work = mkdtempSync(join(tmpdir(), 'nki-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;

/** Loads a folder holding exactly `files` (name → content, or a function that makes the entry). */
function load(files: Record<string, string | Uint8Array | ((path: string) => void)>) {
  const dir = join(work, String(folders++));
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    if (typeof content === 'function') content(path);
    else writeFileSync(path, content);
  }
  const started = performance.now();
  const result = loadDataset({ resultsDir: dir, referenceDir: projectPath('data/reference') });
  return { ...result, ms: performance.now() - started };
}

/** The errors as printed, with sv-SE's non-breaking thousands space as a plain one. */
const errors = (r: ReturnType<typeof load>) =>
  r.report.problems
    .filter((p) => p.severity === 'error')
    .map((p) => formatProblem(p).replace(/\u00a0/g, ' '));

const nki = (dataset: Dataset | undefined, code: string) => {
  const row = dataset?.years[0]?.rows.find((r) => r.unitCode === code);
  return row?.nki.kind === 'measured' ? row.nki.value : row?.nki.reason;
};

describe('hard limits, checked before the work they bound', () => {
  it('refuses a 1 kB workbook with <row r="300000000"> at once, without padding rows out to it', () => {
    const rows = goodRows();
    rows.push(['300000000', text('A300000000', 'Luleå') + num('B300000000', 70)]);
    const result = load({ '2023.xlsx': zipParts(workbookParts(sheetXml(rows))) });
    expect(errors(result)).toEqual([
      '2023.xlsx fel: Bladet har en rad 300 000 000; högst 5 000 rader läses (ett verkligt blad har omkring 300).',
    ]);
    expect(result.ms).toBeLessThan(1000);
  });

  it('refuses the cell reference ZZZZZZ2 instead of making a row of 321 million columns', () => {
    const rows = goodRows();
    rows[1]![1] += num('ZZZZZZ2', 1);
    const result = load({ '2023.xlsx': zipParts(workbookParts(sheetXml(rows))) });
    expect(errors(result)).toEqual([
      '2023.xlsx fel: Cellen ZZZZZZ2 ligger bortom kolumn 1 000; så breda blad läses inte (ett verkligt blad har omkring 60 kolumner).',
    ]);
  });

  it('stops inflating a zip bomb (6.5 MB that inflate to 1 GB) at the part limit', () => {
    const bomb = deflatedSpaces(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`,
      1024 * 1024 * 1024,
      '</sheetData></worksheet>',
    );
    expect(bomb.length).toBeLessThan(LIMITS.fileBytes);
    const result = load({
      '2023.xlsx': zipParts(workbookParts(bomb, undefined, { deflated: true })),
    });
    expect(errors(result)).toEqual([
      '2023.xlsx fel: Delen xl/worksheets/sheet1.xml i arbetsboken blir större än 16 MB uppackad; så stora blad läses inte (ett verkligt blad är under 3 MB). Arbetsboken kan vara en zip-bomb.',
    ]);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('refuses 100 000 CSV rows (1 MB) with a limit, not "Maximum call stack size exceeded"', () => {
    const csv = csvText(['kod', 'nki'], 100_000, () => ['2514', '80']);
    const result = load({ '2021.csv': csv });
    expect(errors(result)).toEqual([
      '2021.csv fel: Filen har 100 002 rader; högst 5 000 rader läses (ett års resultat har omkring 300). Är det rätt fil?',
    ]);
    expect(result.ms).toBeLessThan(2000);
  });

  it('refuses a row with more columns than the limit', () => {
    const wide = Array.from({ length: 2000 }, (_, i) => `k${i}`);
    const result = load({ '2021.csv': csvText(['kod', 'nki', ...wide], 1, () => ['2514', '80']) });
    expect(errors(result)).toEqual([
      '2021.csv:1 fel: Raden har fler än 1 000 kolumner; så breda tabeller läses inte (ett års resultat har omkring 60 kolumner).',
    ]);
  });

  it('refuses a file larger than the limit before reading it', () => {
    const big = `kod,nki\n${'2514,80\n'.repeat(Math.ceil((LIMITS.fileBytes + 1) / 8))}`;
    expect(errors(load({ '2021.csv': big }))).toEqual([
      '2021.csv fel: Filen är 10 MB; högst 10 MB läses (ett års resultat är under 1 MB). Är det rätt fil?',
    ]);
  });

  it('refuses a 5 MB cell, and suggestions for a 5 MB name stay fast', () => {
    const name = 'Kalixx'.repeat(900_000);
    const result = load({ '2021.csv': `kod,namn,nki\n,${name},80\n` });
    expect(errors(result)).toEqual([
      '2021.csv:2:2 fel: Cellen har 5 400 000 tecken; högst 10 000 läses. Är det rätt fil?',
    ]);
    const started = performance.now();
    expect(suggest(name, realReference())).toEqual([]);
    expect(suggest(`${'x'.repeat(150)}`, realReference())).toEqual([]);
    expect(performance.now() - started).toBeLessThan(100);
    expect(suggest('Kalixx', realReference())).toEqual(['Kalix']);
  });

  it('refuses a name longer than any unit has, without suggestions', () => {
    const result = load({ '2021.csv': `namn,nki\n${'Kalix '.repeat(50)},80\nBoden,71\n` });
    expect(errors(result)).toEqual([
      '2021.csv:2:1 fel: Namnet har 299 tecken; ingen kommun eller inget förbund har ett namn längre än 200.',
    ]);
  });
});

describe('a row that does not fit its header is an error, not a guess', () => {
  it('names an unquoted decimal comma in a comma-separated file', () => {
    const result = load({
      '2021.csv': 'kod,namn,nki,placering\n2514,Kalix,78,5,1\n2582,Boden,71.4,112\n',
    });
    expect(errors(result)).toEqual([
      '2021.csv:2:3 fel: Raden har 5 celler men rubrikraden 4 celler. Troligen decimalkomma i en kommaseparerad fil ("78,5" i kolumn 3): sätt värdet inom citattecken eller spara med semikolon som avgränsare.',
    ]);
    expect(result.dataset).toBeUndefined();
  });

  it('names a row with a cell missing, instead of shifting NKI into the next column', () => {
    const result = load({
      '2021.csv': 'kod,namn,nki,placering\n2514,86.3,1\n2582,Boden,71.4,112\n',
    });
    expect(errors(result)).toEqual([
      '2021.csv:2:4 fel: Raden har 3 celler men rubrikraden 4 celler: en cell saknas, och det går inte att veta vilken. Varje rad ska ha lika många celler som rubrikraden; en tom cell skrivs som två avgränsare i rad (Excel utelämnar ibland avgränsarna för tomma celler sist på en rad: spara då som .xlsx i stället).',
    ]);
  });

  it('names a row with a value pushed past the header, and only warns about a comment there', () => {
    const result = load({
      '2021.csv': 'kod;namn;nki\n2514;Kalix;x;86,3\n2582;Boden;71,4;se not\n',
    });
    expect(errors(result)).toEqual([
      '2021.csv:2:4 fel: Raden har 4 celler men rubrikraden 3 celler: en cell för mycket, och det går inte att veta vilket värde som hör till vilken kolumn. Kontrollera avgränsarna på raden.',
    ]);
    expect(
      result.report.problems.filter((p) => p.severity === 'warning').map(formatProblem),
    ).toEqual(['2021.csv:3:4 varning: Kolumn 4 har värden men ingen rubrik; den läses inte.']);
  });

  it('accepts the empty cells Excel leaves after the last column', () => {
    const result = load({ '2021.csv': 'kod;namn;nki;;\n2514;Kalix;86,3;;\n2582;Boden;71,4\n' });
    expect(errors(result)).toEqual([]);
    expect(nki(result.dataset, '2514')).toBe(86.3);
  });

  it('refuses the same municipality twice in a workbook sheet, a cell given twice and a row given twice', () => {
    const rows = goodRows();
    rows.push(['4', text('A4', 'Kalix') + num('B4', 12)]);
    rows[2]![1] += num('B3', 99);
    rows.push(['3', text('A3', 'Luleå') + num('B3', 70)]);
    const result = load({ '2023.xlsx': zipParts(workbookParts(sheetXml(rows))) });
    expect(errors(result)).toEqual([
      '2023.xlsx, blad "NKI 2023", B3 fel: Cellen finns två gånger i bladet; det går inte att veta vilken som gäller. Arbetsboken är skadad: öppna den i Excel och spara den igen.',
      '2023.xlsx, blad "NKI 2023", rad 3 fel: Rad 3 finns två gånger i bladet; det går inte att veta vilken som gäller. Arbetsboken är skadad: öppna den i Excel och spara den igen.',
      '2023.xlsx, blad "NKI 2023", A4 fel: Kalix finns redan på rad 2; samma enhet två gånger samma år.',
    ]);
  });

  it('refuses a zip archive that lists a part twice', () => {
    const parts = workbookParts(sheetXml(goodRows()));
    parts.push({ ...parts[3]!, data: sheetXml([['1', text('A1', 'Kommun') + text('B1', 'NKI')]]) });
    expect(errors(load({ '2023.xlsx': zipParts(parts) }))).toEqual([
      '2023.xlsx fel: Arbetsboken är skadad eller ofullständig (delen xl/worksheets/sheet1.xml finns två gånger i zip-arkivet, och det går inte att veta vilken som gäller). Öppna den i Excel och spara den igen som .xlsx, eller spara som CSV.',
    ]);
  });

  it('refuses shares (0,72) in an index column, with the hint', () => {
    const result = load({ '2021.csv': 'namn;nki;bygglov\nKalix;0,72;81\nBoden;0,65;70\n' });
    expect(errors(result)).toEqual([
      '2021.csv:2:2 fel: Alla värden i kolumnen "nki" är 1 eller lägre (t.ex. 0,72): det ser ut som andelar, men kolumnen ska ha ett index 0–100. Skriv 72 i stället för 0,72 (multiplicera med 100), eller exportera igen med index.',
    ]);
  });

  it('refuses a place beyond the number of municipalities, in Sweden and in the county', () => {
    const result = load({
      '2021.csv': 'namn;nki;placering;placering län\nKalix;86;9999;2\nBoden;71;112;15\n',
    });
    expect(errors(result)).toEqual([
      '2021.csv:2:3 fel: Placeringen 9 999 i NKI totalt (Kalix) är större än antalet som kan rankas: Sverige har 290 kommuner.',
      '2021.csv:3:4 fel: Placeringen 15 i länet (Boden) är större än antalet som kan rankas: Norrbottens län har 14 kommuner.',
    ]);
  });

  it('refuses a year before Insikt began or after this year', () => {
    const year = new Date().getFullYear();
    expect(errors(load({ 'insikt.csv': 'År;namn;nki\n1999;Kalix;86\n' }))).toEqual([
      `insikt.csv fel: Året 1999 (enligt kolumnen År) ligger utanför 2005–${year}: Insikt började med ärendena 2005. Stämmer årtalet?`,
    ]);
    expect(errors(load({ '2099.csv': 'namn;nki\nKalix;86\n' }))).toEqual([
      `2099.csv fel: Året 2099 (enligt filnamnet) ligger utanför 2005–${year}: ett år som inte är slut har inga resultat. Stämmer årtalet?`,
    ]);
  });

  it('stops when the title line names another year than the file name', () => {
    const result = load({ '2021.csv': 'Insikt 2019 – NKI per kommun\nnamn;nki\nKalix;86\n' });
    expect(errors(result)).toEqual([
      '2021.csv fel: Rubriken anger 2019 men filnamnet anger 2021. Rätta rubriken eller filnamnet så att de anger dataåret.',
    ]);
    // A title that names the data year beside the year of publication is fine.
    const both = load({
      '2021.csv': 'Öppna jämförelser 2022 – Insikt 2021\nnamn;nki\nKalix;86\n',
    });
    expect(errors(both)).toEqual([]);
  });
});

describe('notes end the table only where no data follows', () => {
  it('reads the data rows after a "Källa:" line, and names the misplaced note as an error', () => {
    const result = load({
      '2021.csv': 'namn;nki\nKalix;86\nKälla: SKR;Insikt 2021\nBoden;71\nLuleå;75\n',
    });
    expect(errors(result)).toEqual([
      '2021.csv:3:1 fel: Raden ser ut som en anteckning ("Källa: SKR;Insikt 2021"), men rad 4 under den är data. Anteckningar får bara stå under tabellen: flytta eller ta bort raden.',
    ]);
    expect(result.report.files[0]?.rowsRead).toBe(3);
  });

  it('reads a data row after a blank line and a one-cell row', () => {
    const result = load({
      '2021.csv': 'namn;nki\nKalix;86\n;\nÖverkalix;\nBoden;71\n;\nUppgifterna är preliminära;\n',
    });
    expect(errors(result)).toEqual([]);
    expect(result.dataset?.years[0]?.rows.map((r) => r.unitCode)).toEqual(['2514', '2513', '2582']);
    expect(result.report.problems.map(formatProblem)).toEqual([
      '2021.csv:7 varning: Raden läses som en anteckning, inte som data: "Uppgifterna är preliminära".',
    ]);
  });

  it('reports a shared-string index the table does not have, not "not measured"', () => {
    const rows = goodRows();
    rows[2] = ['3', '<c r="A3" t="s"><v>7</v></c>' + num('B3', 71)];
    const result = load({
      '2023.xlsx': zipParts(workbookParts(sheetXml(rows), ['Kommun'])),
    });
    expect(errors(result)).toEqual([
      '2023.xlsx, blad "NKI 2023", A3 fel: Cellen hänvisar till text nr 7 i arbetsbokens texttabell, som bara har 1. Arbetsboken är skadad: öppna den i Excel och spara den igen.',
      '2023.xlsx, blad "NKI 2023", A3 fel: Raden har värden men ingen kommun eller förbund.',
    ]);
  });

  it('does not let one file\'s value override another file\'s withheld ".." for the same year', () => {
    const kolada = 'kod,namn,nki,bygglov\n2514,Kalix,86.3,..\n2582,Boden,71.4,66\n';
    const skr = 'Kommun;Placering;Bygglov\nKalix;2;84\nBoden;112;..\n';
    const result = load({ '2021.csv': kolada, '2021 SKR.csv': skr });
    expect(errors(result)).toEqual([
      '2021.csv:2:4 fel: Här anges att värdet inte visas (en markering som ".." eller "x"), men 2021 SKR.csv:2:3 (bygglov) har värdet 84. Ett värde som en fil undanhåller publiceras inte ur en annan: ta bort värdet eller markeringen i den fil som är fel.',
      '2021.csv:3:4 fel: Värdet 66 här, men 2021 SKR.csv:3:3 (bygglov) anger att värdet inte visas (en markering som ".." eller "x"). Ett värde som en fil undanhåller publiceras inte ur en annan: ta bort värdet eller markeringen i den fil som är fel.',
    ]);
  });
});

describe('hygiene in the results folder', () => {
  const good = 'namn;nki\nKalix;86\n';

  it('skips lock files, temp files, hidden files and backups, and says so in the report', () => {
    const result = load({
      '2021.csv': good,
      '~$Insikt 2021.xlsx': 'lås',
      '.~lock.2021.csv#': 'lås',
      '.2021.csv': 'dold',
      '2021.csv.bak': 'gammal',
      '2021.csv~': 'gammal',
      'Insikt 2021.tmp': 'tillfällig',
    });
    expect(errors(result)).toEqual([]);
    expect(result.dataset).toBeDefined();
    const report = formatReport(result.report);
    expect(report).toContain(
      [
        'Lästes inte (inga resultatfiler):',
        '  .~lock.2021.csv# (LibreOffices låsfil)',
        '  .2021.csv (dold fil)',
        '  ~$Insikt 2021.xlsx (Excels låsfil medan arbetsboken är öppen)',
        '  2021.csv.bak (säkerhetskopia)',
        '  2021.csv~ (säkerhetskopia)',
        '  Insikt 2021.tmp (tillfällig fil)',
      ].join('\n'),
    );
  });

  it('names a broken symlink, a symlink loop and a folder named 2022.csv in one line each', () => {
    const result = load({
      '2021.csv': good,
      'borta.csv': (path) => symlinkSync(join(work, 'finns-inte.csv'), path),
      'slinga.csv': (path) => symlinkSync(path, path),
      '2022.csv': (path) => mkdirSync(path),
      arkiv: (path) => mkdirSync(path),
    });
    expect(errors(result)).toEqual([
      '2022.csv fel: Är en mapp, inte en fil; lägg resultatfilen direkt i mappen.',
      'borta.csv fel: Är en symbolisk länk till något som inte finns.',
      'slinga.csv fel: Är en symbolisk länk som leder runt i en slinga.',
    ]);
  });

  it('lets no title line turn off the example marking, not even a forged Kolada line', () => {
    const kolada =
      'Källa: Kolada (RKA) – licens CC BY 4.0 – ursprung SKR Insikt. KPI: U07451. Hämtad 2024-08-30.';
    const result = load({
      '2021.csv': `${kolada}\nExempeldata: påhittade siffror – inte SKR:s resultat.\nnamn;nki\nKalix;86\n`,
      '2022.csv': `${kolada}\nnamn;nki\nKalix;80\n`,
    });
    expect(errors(result)).toEqual([]);
    expect(result.dataset?.isExample).toBe(true);
  });

  it('prints control characters and terminal escapes from a cell escaped', () => {
    const result = load({ '2021.csv': 'namn;nki\n"Kal\u001b[2J\u001b[31mix\r\nX";86\n' });
    const report = formatReport(result.report);
    expect(report).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(report).toContain('Okänd kommun "Kal\\x1B[2J\\x1B[31mix\\r\\nX".');
    expect(escapeControl('a\u202Eb\u0085c\td')).toBe('a\\u202Eb\\x85c\\td');
  });
});

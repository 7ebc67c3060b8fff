/**
 * Makes the workbook fixtures in test/fixtures/workbooks/ (committed; rerun after a change):
 *   npx tsx test/workbooks/make-fixtures.ts
 * Each folder is one case for the loader: a good workbook with its CSV twin, two result sheets,
 * a year read from a title row, faulty cells, two files for one year (agreeing and not), and
 * each bad workbook (old .xls, password-protected, truncated, empty).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeXlsx, type RowSpec, type SheetSpec } from './excel-writer';
import { filler, writeOle } from './ole-writer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'workbooks');

/** The good sheet: merged title, a subtitle, header on row 4, a formula, a hidden row, notes. */
export const GOOD_SHEET: SheetSpec = {
  name: 'NKI 2023',
  merged: ['A1:H1'],
  rows: [
    { row: 1, cells: ['Öppna jämförelser Företagsklimat 2024 – NKI per kommun'] },
    { row: 2, cells: ['Undersökningsåret 2023. Index 0–100.'] },
    {
      row: 4,
      cells: [
        'Kommun',
        'Kommunkod',
        'NKI totalt',
        'Placering',
        'Bygglov',
        'Miljö- och hälsoskydd',
        'Svarsfrekvens',
        'Antal svar',
      ],
    },
    { row: 5, cells: ['Kalix', 2514, 86.3, 2, 84.1, 80.4, { percent: 0.49 }, 214] },
    { row: 6, cells: ['Boden', 2582, 71.4, 112, '–', 66.9, { percent: 0.41 }, 1046] },
    {
      row: 7,
      cells: [
        'Luleå',
        2580,
        { formula: 'ROUND(AVERAGE(E7:F7),1)', result: 77.4 },
        40,
        77.3,
        77.5,
        { percent: 0.38 },
        187,
      ],
    },
    {
      row: 8,
      hidden: true,
      cells: ['Piteå', 2581, 69.9, 140, '..', 61.2, { percent: 0.35 }, 2318],
    },
    { row: 9, cells: ['Haparanda', 2583, 80, 21, 78.5, 'x', { percent: 0.52 }, 96] },
    { row: 10, cells: ['Riket', null, 74.6] },
    { row: 12, cells: ['Källa: SKR, Insikt 2023.'] },
    { row: 13, cells: ['Anm. – betyder att resultat saknas.'] },
  ],
};

const NOTES_SHEET: SheetSpec = {
  name: 'Noter',
  rows: [
    { row: 1, cells: ['Noter'] },
    { row: 2, cells: ['Resultat med färre än 7 svar visas inte.'] },
  ],
};

/** The good sheet as Excel's "CSV UTF-8 (kommaavgränsad)" on Swedish Windows writes it. */
function csvTwin(sheet: SheetSpec): string {
  const last = Math.max(...sheet.rows.map((r) => r.row));
  const header = sheet.rows.find((r) => r.cells[0] === 'Kommun');
  const width = header?.cells.length ?? 0;
  const lines: string[] = [];
  for (let n = 1; n <= last; n++) {
    const row = sheet.rows.find((r) => r.row === n);
    const cells = (row?.cells ?? []).map(csvCell);
    // Excel writes every column of a table row, empty or not; notes below keep their one cell.
    const data = header && n > header.row && cells.length > 1;
    while (data && cells.length < width) cells.push('');
    lines.push(cells.join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvCell(c: RowSpec['cells'][number]): string {
  if (c === null) return '';
  if (typeof c === 'string') return c;
  const sv = (n: number) => String(n).replace('.', ',');
  if (typeof c === 'number') return sv(c);
  if ('percent' in c) return `${sv(Math.round(c.percent * 100))} %`;
  return c.result === null ? '' : typeof c.result === 'number' ? sv(c.result) : c.result;
}

const small = (name: string, rows: [string, number][]): SheetSpec => ({
  name,
  rows: [
    { row: 1, cells: ['Kommun', 'NKI'] },
    ...rows.map(([kommun, nki], i) => ({ row: i + 2, cells: [kommun, nki] })),
  ],
});

const cases: Record<string, Uint8Array | string> = {
  'good/Insikt 2023 NKI per kommun.xlsx': writeXlsx([GOOD_SHEET, NOTES_SHEET]),
  'good-csv-twin/Insikt 2023 NKI per kommun.csv': csvTwin(GOOD_SHEET),
  'two-sheets/Insikt NKI per kommun.xlsx': writeXlsx([
    small('NKI 2022', [
      ['Kalix', 82.1],
      ['Boden', 70.2],
    ]),
    small('NKI 2023', [
      ['Kalix', 86.3],
      ['Boden', 71.4],
    ]),
    NOTES_SHEET,
  ]),
  'year-from-title/NKI per kommun.xlsx': writeXlsx([
    {
      name: 'Blad1',
      merged: ['A1:C1'],
      rows: [
        { row: 1, cells: ['Insikt 2022 – NKI per kommun'] },
        { row: 3, cells: ['Kommun', 'NKI'] },
        { row: 4, cells: ['Kalix', 82.1] },
      ],
    },
  ]),
  'faulty/Insikt 2023.xlsx': writeXlsx([
    {
      name: 'NKI 2023',
      rows: [
        { row: 1, cells: ['NKI per kommun'] },
        { row: 3, cells: ['Kommun', 'Kod', 'NKI'] },
        { row: 4, cells: ['Kalix', 2514, 86.3] },
        { row: 5, cells: ['Bodenn', null, 71.4] },
        { row: 6, cells: ['Luleå', 2580, { formula: 'C4/0', result: null }] },
        { row: 7, cells: ['Piteå', 2581, 140] },
      ],
    },
  ]),
  'merged-year/2023.csv':
    'Källa: Kolada (RKA) – licens CC BY 4.0 – ursprung SKR Insikt. KPI: U07451. Hämtad 2026-12-01.\nkod,namn,nki\n2514,Kalix,86.3\n2582,Boden,71.4\n',
  'merged-year/SKR rankning 2023.xlsx': writeXlsx([
    {
      name: 'Rankning',
      rows: [
        { row: 1, cells: ['Kommun', 'NKI', 'Placering', 'Placering län'] },
        { row: 2, cells: ['Kalix', 86, 2, 1] },
        { row: 3, cells: ['Boden', 71, 112, 4] },
      ],
    },
  ]),
  'merge-conflict/2023.csv':
    'Källa: Kolada (RKA) – licens CC BY 4.0 – ursprung SKR Insikt. KPI: U07451. Hämtad 2026-12-01.\nkod,namn,nki\n2514,Kalix,86.3\n2582,Boden,71.4\n',
  'merge-conflict/SKR rankning 2023.xlsx': writeXlsx([
    {
      name: 'Rankning',
      rows: [
        { row: 1, cells: ['Kommun', 'NKI', 'Placering'] },
        { row: 2, cells: ['Kalix', 84, 2] },
        { row: 3, cells: ['Boden', 71, 112] },
      ],
    },
  ]),
  'old-binary/Insikt 2023.xls': writeOle([
    // A BIFF8 BOF record (0x0809) opens the Workbook stream of every .xls Excel writes.
    {
      name: 'Workbook',
      data: new Uint8Array([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, ...filler(1200, 7)]),
    },
    { name: '\u0005SummaryInformation', data: filler(200, 8) },
  ]),
  'encrypted/Insikt 2023.xlsx': writeOle([
    {
      name: 'EncryptionInfo',
      data: new Uint8Array([
        0x04,
        0x00,
        0x04,
        0x00,
        0x40,
        0x00,
        0x00,
        0x00,
        ...Buffer.from(
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>',
        ),
      ]),
    },
    { name: 'EncryptedPackage', data: filler(5000, 9) },
  ]),
  'truncated/Insikt 2023.xlsx': (() => {
    const whole = writeXlsx([GOOD_SHEET]);
    return whole.subarray(0, Math.floor(whole.length * 0.6));
  })(),
  'empty/Insikt 2023.xlsx': writeXlsx([{ name: 'Blad1', rows: [] }]),
};

rmSync(root, { recursive: true, force: true });
for (const [path, content] of Object.entries(cases)) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
console.log(`${Object.keys(cases).length} filer i ${root}`);

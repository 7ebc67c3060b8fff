import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAll } from './write';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing the imported files', () => {
  it('replaces existing files and adds new ones, leaving nothing temporary behind', () => {
    dir = mkdtempSync(join(tmpdir(), 'kolada-write-'));
    writeFileSync(join(dir, '2021.csv'), 'gammal');
    writeAll([
      { path: join(dir, '2021.csv'), text: 'ny 2021' },
      { path: join(dir, 'sub', '2022.csv'), text: 'ny 2022' },
    ]);
    expect(readFileSync(join(dir, '2021.csv'), 'utf8')).toBe('ny 2021');
    expect(readFileSync(join(dir, 'sub', '2022.csv'), 'utf8')).toBe('ny 2022');
    expect(readdirSync(dir).sort()).toEqual(['2021.csv', 'sub']);
  });

  it('puts every replaced year back when a later one fails: all files or none', () => {
    dir = mkdtempSync(join(tmpdir(), 'kolada-write-'));
    writeFileSync(join(dir, '2021.csv'), 'gammal 2021');
    writeFileSync(join(dir, '2022.csv'), 'gammal 2022');
    writeFileSync(join(dir, '2023.csv'), 'gammal 2023');
    const failOn2023 = (path: string) => {
      if (path.endsWith('2023.csv')) throw new Error('EACCES');
    };
    expect(() =>
      writeAll(
        [2021, 2022, 2023].map((y) => ({ path: join(dir, `${y}.csv`), text: `ny ${y}` })),
        failOn2023,
      ),
    ).toThrow('EACCES');
    for (const y of [2021, 2022, 2023]) {
      expect(readFileSync(join(dir, `${y}.csv`), 'utf8')).toBe(`gammal ${y}`);
    }
    expect(readdirSync(dir).sort()).toEqual(['2021.csv', '2022.csv', '2023.csv']);
  });

  it('removes the new files it placed when a later step fails', () => {
    dir = mkdtempSync(join(tmpdir(), 'kolada-write-'));
    let n = 0;
    const failThird = () => {
      if (++n === 3) throw new Error('disk full');
    };
    expect(() =>
      writeAll(
        [2021, 2022, 2023].map((y) => ({ path: join(dir, `${y}.csv`), text: String(y) })),
        failThird,
      ),
    ).toThrow('disk full');
    expect(readdirSync(dir)).toEqual([]);
  });
});

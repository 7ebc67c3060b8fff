/**
 * Golden texts: the full generated release for the two seed cases, as a communicator would
 * publish it. A change to the wording shows up as a diff here and is accepted on purpose
 * (`npx vitest run -u`), never in CI.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load';
import { derive } from '../../src/lib/derive';
import { composeRelease } from '../../src/text/release';
import { releaseToPlainText } from '../../src/text/plain';

const root = path.resolve(import.meta.dirname, '../..');
const { dataset } = loadDataset({
  resultsDir: path.join(root, 'data', 'results'),
  referenceDir: path.join(root, 'data', 'reference'),
  isExample: true,
});
const derived = derive(dataset!);

describe('the generated release', () => {
  it('for Kalix 2021 leads with the country’s second most satisfied customers', async () => {
    const release = composeRelease(derived, '2514', 2021);
    expect(release.headline).toBe('Kalix kommun har landets näst mest nöjda kunder');
    const text = releaseToPlainText(release);
    expect(text).toContain('86 av 100');
    expect(text).toContain('från plats 114 till plats 2');
    expect(text).toMatch(/Störst ökning har bygglov[^.]*\. Där är kommunen tredje bäst i landet\./);
    await expect(text).toMatchFileSnapshot('../golden/kalix-2021.txt');
  });

  it('for Huddinge 2024 states the index, the bygglov climb, NUI and the places', async () => {
    const text = releaseToPlainText(composeRelease(derived, '0126', 2024));
    expect(text).toContain('78 av 100');
    expect(text).toContain('från index 52 till 72 på bara två år');
    expect(text).toContain('67 i Nöjd Upphandlingsindex (NUI), upp 3');
    expect(text).toMatch(
      /I Stockholms län hamnar kommunen på plats 8[^.]*samma placering som förra året/,
    );
    expect(text).toContain('från plats 60 till plats 56');
    expect(text).toContain('från plats 62 till plats 33');
    await expect(text).toMatchFileSnapshot('../golden/huddinge-2024.txt');
  });
});

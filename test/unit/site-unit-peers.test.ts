/** The unit-year page's kommungrupp tile on the real figures (issue 22: "Kalix 2021's page names
 * its kommungrupp, its place in it and the group median"). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/lib/derive';
import { loadDataset } from '../../src/lib/load';
import { factsOf, peerFact } from '../../src/site/unit-view';

const root = path.resolve(import.meta.dirname, '../..');
const { dataset } = loadDataset({
  resultsDir: path.join(root, 'data', 'results'),
  referenceDir: path.join(root, 'data', 'reference'),
});
const real = derive(dataset!);
const uy = (code: string, year: number) => real.byUnitYear.get(`${code}:${year}`)!;

describe('the kommungrupp on a unit-year page', () => {
  it('names Kalix 2021’s group, its computed place of the ranked and the group median', () => {
    const kalix = uy('2514', 2021);
    const median = Math.floor(kalix.peers!.median! + 0.5);
    expect(peerFact(kalix)).toEqual({
      label: 'Kommungrupp: Landsbygdskommun',
      value: 'plats 1 av 16 (beräknad)',
      note: `median ${median}, SKR:s indelning 2017`,
    });
    expect(factsOf(kalix, undefined).map((f) => f.label)).toContain(
      'Kommungrupp: Landsbygdskommun',
    );
  });

  it('says in words that there is no grouping before 2017', () => {
    expect(peerFact(uy('2514', 2014))).toEqual({
      label: 'Kommungrupp',
      value: '–',
      note: 'SKR:s kommungrupper finns från 2017 i underlaget',
    });
  });
});

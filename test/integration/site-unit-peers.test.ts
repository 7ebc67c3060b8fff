/** The unit-year page's kommungrupp tile on the real figures (issue 22: "Kalix 2021's page names
 * its kommungrupp, its place in it and the group median"). */
import { describe, expect, it } from 'vitest';
import { factsOf, peerFact } from '../../src/site/unit-view';
import { yearView } from '../../src/site/year-view';
import { realDerived } from '../support/real-data';

const real = realDerived();
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

describe('the kommungrupper on a year page', () => {
  it('lists 2021’s nine groups with their median, linking to each group’s own ranking', () => {
    const peers = yearView(real, 2021).peers;
    expect(peers.note).toContain('kommungruppsindelning 2017');
    expect(peers.summary?.rows).toHaveLength(9);
    const c8 = peers.summary!.rows.find(
      (r) => typeof r[0] === 'object' && r[0].text === 'Landsbygdskommun',
    )!;
    expect(c8[0]).toEqual({ text: 'Landsbygdskommun', href: '#grupp-c8' });
    const median = real.years
      .find((y) => y.year === 2021)!
      .peerGroups!.find((g) => g.group.code === 'C8')!.median!;
    expect(c8[2]).toEqual({ text: String(Math.floor(median + 0.5)), sort: median });
    expect(c8[3]).toMatchObject({ text: 'Kalix' });
    const group = peers.groups.find((g) => g.id === 'grupp-c8')!;
    expect(group.summary).toBe('Rankning bland landsbygdskommuner 2021');
    expect(group.ranking.rows[0]![1]).toMatchObject({ text: 'Kalix' });
  });

  it('says before 2017 that there is no grouping, and offers no group filter', () => {
    const view = yearView(real, 2016);
    expect(view.peers.note).toBe(
      'SKR:s kommungrupper finns från 2017 i underlaget, så 2016 har ingen rankning per grupp.',
    );
    expect(view.peers.groups).toEqual([]);
    expect(view.ranking.rowData?.some((r) => 'kommungrupp' in r)).toBe(false);
    expect(yearView(real, 2021).ranking.rowData?.[0]?.kommungrupp).toBeDefined();
  });
});

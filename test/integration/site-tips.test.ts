/**
 * The tip sheet /ar/<year>/tips/ (issue 5), checked against facts of the example data, derived the
 * way the site derives its data (exampleDerived()).
 */
import { describe, expect, it } from 'vitest';
import { officialStreak } from '../../src/lib/streaks';
import { tipsView, type TipGroup, type TipsView } from '../../src/site/tips-view';
import { exampleDerived } from '../support/example-data';

const derived = exampleDerived();
const group = (view: TipsView, id: string): TipGroup => {
  const g = view.groups.find((x) => x.id === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
};
const find = (g: TipGroup, name: string) => g.tips.find((t) => t.name === name);

describe('the tip sheet for 2021', () => {
  const view = tipsView(derived, 2021);

  it('has its own address, a title and links back to the year', () => {
    expect(view.path).toBe('/ar/2021/tips/');
    expect(view.yearUrl).toBe('/ar/2021/');
    expect(view.title).toBe('Tips för redaktioner: Insikt 2021');
    expect(view.previous?.url).toBe('/ar/2020/tips/');
    expect(view.next?.url).toBe('/ar/2022/tips/');
  });

  it('leads the climbers with Kalix, from place 114 to second in Sweden', () => {
    const up = group(view, 'klattrare');
    expect(up.tips[0]).toMatchObject({
      name: 'Kalix kommun',
      href: '/kommun/kalix/2021/',
      angle: 'Upp från 72 till 86 (+14) sedan 2020; från plats 114 till plats 2 i landet.',
    });
    expect(up.tips).toHaveLength(10);
    expect(up.note).toContain('Sammanlagt ökade 50 kommuner');
  });

  it('lists only notable changes within one series among climbers and fallers', () => {
    for (const [id, sign] of [
      ['klattrare', 1],
      ['tappare', -1],
    ] as const) {
      for (const t of group(view, id).tips) {
        const slug = t.href.split('/')[2]!;
        const record = derived.records.find((r) => r.unit.slug === slug)!;
        const change = record.years.find((y) => y.year === 2021)!.nkiChange!;
        expect(change.notable, t.name).toBe(true);
        expect(change.acrossBreak).toBe(false);
        expect(Math.sign(change.delta)).toBe(sign);
        expect(Math.abs(change.delta)).toBeGreaterThanOrEqual(2);
      }
    }
    expect(find(group(view, 'tappare'), 'Ödeshögs kommun')?.angle).toBe(
      'Ned från 80 till 74 (−6) sedan 2020; från plats 33 till plats 90 i landet.',
    );
  });

  it('names first-timers and those back after a gap', () => {
    const nya = group(view, 'nya');
    expect(find(nya, 'Bromölla kommun')?.angle).toBe(
      'Med för första gången: NKI 82, plats 12 i landet.',
    );
    expect(find(nya, 'Täby kommun')?.angle).toBe(
      'Med för första gången: NKI 75 (rankas inte: obligatoriskt område saknas).',
    );
    expect(find(nya, 'Arjeplogs kommun')?.angle).toBe(
      'Tillbaka efter uppehåll, senast med 2019: NKI 71, plats 120 i landet.',
    );
  });

  it('counts top-ten streaks over consecutive data years on official places', () => {
    const streaks = group(view, 'i-rad');
    expect(find(streaks, 'Ånge kommun')?.angle).toBe(
      'Tredje året i rad bland de tio bästa: plats 3 i landet (NKI 84).',
    );
    expect(find(streaks, 'Vara kommun')?.angle).toBe(
      'Bäst i landet för femte året i rad (NKI 88).',
    );
    // Kalix is second in 2021 but was 114th the year before: no streak.
    expect(find(streaks, 'Kalix kommun')).toBeUndefined();
    const vara = derived.records.find((r) => r.unit.slug === 'vara')!;
    expect(officialStreak(derived, vara.unit, 2021, 10)).toBeGreaterThanOrEqual(5);
  });

  it('names the leader of every county with three or more ranked, and of every area', () => {
    const lan = group(view, 'lan');
    expect(lan.tips).toHaveLength(18);
    // Region Gotland is alone in its county: no "bäst i Gotlands län".
    expect(lan.tips.some((t) => t.angle.includes('Gotlands län'))).toBe(false);
    expect(find(lan, 'Kalix kommun')?.angle).toBe(
      'Bäst i Norrbottens län: NKI 86, plats 2 i landet.',
    );
    const areas = group(view, 'omraden');
    expect(areas.tips.map((t) => t.angle.split(':')[0])).toEqual([
      'Högst i landet på brandskydd',
      'Högst i landet på bygglov',
      'Högst i landet på markupplåtelse',
      'Högst i landet på miljö- och hälsoskydd',
      'Högst i landet på livsmedelskontroll',
      'Högst i landet på serveringstillstånd',
      'Högst i landet på upphandling (NUI)',
    ]);
    expect(find(areas, 'Ånge kommun')?.angle).toBe('Högst i landet på bygglov: index 87.');
  });

  it('links every tip to a release of the year', () => {
    for (const g of view.groups) {
      for (const t of g.tips) expect(t.href).toMatch(/^\/(kommun|forbund)\/[a-z-]+\/2021\/$/);
    }
  });
});

describe('years where a comparison is not a change', () => {
  it('lists no climbers across the 2024 series break and says why', () => {
    const view = tipsView(derived, 2024);
    expect(group(view, 'klattrare').tips).toEqual([]);
    expect(group(view, 'tappare').tips).toEqual([]);
    expect(group(view, 'klattrare').note).toContain('seriebrott');
  });

  it('has no newcomers in the first data year', () => {
    const view = tipsView(derived, 2010);
    expect(group(view, 'nya').tips).toEqual([]);
    expect(group(view, 'klattrare').note).toContain('första året');
  });

  it('does not call everyone who skipped the 2015 mellanår a returner', () => {
    const back = group(tipsView(derived, 2016), 'nya').tips.filter((t) =>
      t.angle.startsWith('Tillbaka'),
    );
    expect(back.map((t) => t.angle.match(/senast med (\d+)/)?.[1])).not.toContain('2014');
    expect(back.length).toBeLessThan(10);
  });
});

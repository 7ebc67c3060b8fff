/**
 * The home page on the real figures (data/results), where every place is computed from
 * Kolada's complete lists: the county table says "bäst i länet" only where three or more are
 * ranked, and the climbers are listed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShapes } from '../../src/lib/shapes';
import { homeView } from '../../src/site/home-view';
import type { TableCell } from '../../src/site/table';
import { realDerived } from '../support/real-data';

const root = path.resolve(import.meta.dirname, '../..');
const derived = realDerived();
const dataset = derived.dataset;
const shapes = parseShapes(
  readFileSync(path.join(root, 'data', 'reference', 'kommuner.geojson'), 'utf8'),
  dataset.reference.municipalities.map((m) => m.code),
);
const view = homeView(derived, shapes);
const text = (c: string | TableCell | undefined) => (typeof c === 'string' ? c : (c?.text ?? ''));

describe('the home page on the real figures', () => {
  it('names no best in a county with fewer than three ranked (Region Gotland)', () => {
    const gotland = view.counties.rows.find((r) => text(r[0]) === 'Gotlands län')!;
    expect(text(gotland[3])).toBe('–');
    const norrbotten = view.counties.rows.find((r) => text(r[0]) === 'Norrbottens län')!;
    expect(text(norrbotten[3])).toMatch(/^\S+ \(\d+, beräknad placering\)$/);
  });

  it('lists the climbers of the latest year from two complete lists of one series', () => {
    // The deploy imports new years before testing: across a series break (2024) there are none.
    const [before, latest] = derived.years.slice(-2);
    if (before?.series !== latest?.series || latest?.year !== before!.year + 1) return;
    expect(view.climbersNote).toBeUndefined();
    expect(view.climbers?.rows.length ?? 0).toBeGreaterThan(0);
  });
});

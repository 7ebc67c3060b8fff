import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Municipality } from './model';
import { median, peerGroupingFor } from './peers';
import { parsePeerGrouping, parseReference } from './reference';
import { peerEditionFor } from './rules';
import { realDerived } from '../../test/support/real-data';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const real = realDerived();
const dataset = real.dataset;

/** Rows of a committed CSV (a title line above the header is skipped). */
function csv(file: string): Record<string, string>[] {
  const text = read(file);
  const body = text.startsWith('Källa') ? text.slice(text.indexOf('\n') + 1) : text;
  return Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true }).data;
}

describe('which kommungrupper a data year uses', () => {
  it('uses the 2017 grouping for 2017–2022, the 2023 grouping from 2023, none before 2017', () => {
    expect([2012, 2014, 2015, 2016].map(peerEditionFor)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([2017, 2021, 2022].map(peerEditionFor)).toEqual([2017, 2017, 2017]);
    expect([2023, 2024, 2030].map(peerEditionFor)).toEqual([2023, 2023, 2023]);
  });

  it('gives no municipality a group before 2017', () => {
    const early = real.records.flatMap((r) => r.years.filter((y) => y.year < 2017));
    expect(early.length).toBeGreaterThan(0);
    expect(early.filter((y) => y.peers !== undefined)).toEqual([]);
    expect(real.years.filter((y) => y.year < 2017 && y.peerGroups)).toEqual([]);
  });

  it('reads both editions with 290 municipalities in nine groups, Kalix in C8', () => {
    const groupings = dataset.reference.peerGroupings!;
    expect(groupings.map((g) => g.edition)).toEqual([2017, 2023]);
    for (const g of groupings) {
      expect(Object.keys(g.groupOf)).toHaveLength(290);
      expect(g.groups.map((x) => x.code).join(' ')).toBe('A1 A2 B3 B4 B5 C6 C7 C8 C9');
      expect(g.groupOf['2514']).toBe('C8');
      expect(g.groupOf['2321']).toBe('C9');
    }
    const [g17, g23] = groupings;
    const moved = Object.keys(g17!.groupOf).filter((c) => g17!.groupOf[c] !== g23!.groupOf[c]);
    expect(moved).toHaveLength(33);
  });
});

describe('kommungrupper files are checked when read', () => {
  const municipalities = dataset.reference.municipalities;
  const text = read('data/reference/kommungrupper-2017.csv');
  const lines = text.trimEnd().split('\n');
  const fails = (t: string, message: string, list: readonly Municipality[] = municipalities) =>
    expect(() => parsePeerGrouping(2017, t, list)).toThrow(message);

  it('stops at a code that is given twice', () => {
    fails([...lines, lines[1]].join('\n'), 'förekommer mer än en gång');
  });
  it('stops at a municipality that is missing', () => {
    fails(lines.slice(0, -1).join('\n'), 'saknas');
  });
  it('stops at a name that differs from kommuner.csv', () => {
    fails(text.replace('2514,Kalix,', '2514,Kalixx,'), 'namnet "Kalixx" är "Kalix"');
  });
  it('stops at a count per group that is not the edition’s', () => {
    fails(
      text.replace(
        '2514,Kalix,C8,Landsbygdskommun',
        '2514,Kalix,C9,Landsbygdskommun med besöksnäring',
      ),
      'gruppen C8 har 39 kommuner',
    );
  });
  it('stops at a group spelt two ways', () => {
    fails(text.replace('2514,Kalix,C8,Landsbygdskommun', '2514,Kalix,C8,Landsbygd'), 'heter');
  });
  it('stops when an edition’s file is not given', () => {
    expect(() =>
      parseReference({
        kommuner: read('data/reference/kommuner.csv'),
        lan: read('data/reference/lan.csv'),
        forbund: read('data/reference/forbund.csv'),
        kommungrupper: { 2017: text },
      }),
    ).toThrow('kommungrupper-2023.csv');
  });
});

describe('Kalix 2021 among its kommungrupp', () => {
  // Recomputed here from the files themselves, without the pipeline.
  const groups = csv('data/reference/kommungrupper-2017.csv');
  const c8 = new Set(groups.filter((g) => g.group_code === 'C8').map((g) => g.code));
  const values = csv('data/results/2021.csv')
    .filter((r) => c8.has(r.kod!) && r.nki !== '' && r.nki !== '..')
    .map((r) => ({ code: r.kod!, nki: Number(r.nki) }))
    .sort((a, b) => b.nki - a.nki);
  const place = values.findIndex((v) => v.code === '2514') + 1;
  const sorted = values.map((v) => v.nki).sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const expectedMedian =
    sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;

  const kalix = real.byUnitYear.get('2514:2021')!;

  it('is in C8 Landsbygdskommun, the 2017 grouping', () => {
    expect(kalix.peers?.edition).toBe(2017);
    expect(kalix.peers?.group).toEqual({ code: 'C8', name: 'Landsbygdskommun' });
    expect(kalix.peers?.members).toBe(40);
  });

  it('has the place the file gives among the group’s municipalities with NKI, computed', () => {
    expect(place).toBeGreaterThan(0);
    expect(kalix.peers?.rank).toEqual({
      kind: 'ranked',
      rank: { place, basis: 'computed', tied: false, outOf: values.length },
    });
    expect(kalix.peers?.withNki).toBe(values.length);
  });

  it('has the group’s median NKI', () => {
    expect(kalix.peers?.median).toBeCloseTo(expectedMedian, 9);
    const summary = real.years.find((y) => y.year === 2021)!;
    const group = summary.peerGroups?.find((g) => g.group.code === 'C8');
    expect(group?.median).toBeCloseTo(expectedMedian, 9);
    expect(group?.withNki).toBe(values.length);
  });

  it('uses the 2017 grouping for 2022 and finds every group a median', () => {
    const grouping = peerGroupingFor(dataset.reference, 2022);
    expect(grouping?.edition).toBe(2017);
    const summary = real.years.find((y) => y.year === 2022)!;
    expect(summary.peerGroups?.every((g) => g.median !== undefined && g.withNki > 0)).toBe(true);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { shareCardSvg } from '../src/cards/share-card';
import { Resvg } from '@resvg/resvg-js';
import { fitsSubset, RESVG_OPTIONS } from './images/renderer';
import { cacheKey, renderPngs } from './render-images';

const dir = mkdtempSync(join(tmpdir(), 'render-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kalixCard(year = 2021): string {
  return shareCardSvg({
    headline: 'Kalix kommun har landets näst mest nöjda kunder',
    unitName: 'Kalix kommun',
    index: 85.6,
    grade: 'mycket-hogt',
    place: { place: 2, basis: 'official', tied: false, outOf: 198 },
    year,
    source: `Källa: SKR, Insikt ${year}. Exempeldata, inte verkliga resultat.`,
    isExample: true,
  });
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderPngs', () => {
  it('renders a 1200×630 card, then reuses it from the cache byte for byte', async () => {
    const cacheDir = join(dir, 'cache-a');
    const cold = await renderPngs([{ svg: kalixCard(), outFile: join(dir, 'cold/kalix.png') }], {
      cacheDir,
      workers: 1,
    });
    const warm = await renderPngs([{ svg: kalixCard(), outFile: join(dir, 'warm/kalix.png') }], {
      cacheDir,
      workers: 1,
    });
    expect([cold.rendered, cold.cached, warm.rendered, warm.cached]).toEqual([1, 0, 0, 1]);
    const coldPng = readFileSync(join(dir, 'cold/kalix.png'));
    expect(readFileSync(join(dir, 'warm/kalix.png')).equals(coldPng)).toBe(true);
    expect(pngSize(coldPng)).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(cacheDir)).toEqual([`${cacheKey(kalixCard())}.png`]);
  });

  it('draws the same bytes again from an empty cache (the renderer is deterministic)', async () => {
    await renderPngs([{ svg: kalixCard(), outFile: join(dir, 'b1.png') }], {
      cacheDir: join(dir, 'cache-b1'),
    });
    await renderPngs([{ svg: kalixCard(), outFile: join(dir, 'b2.png') }], {
      cacheDir: join(dir, 'cache-b2'),
    });
    expect(readFileSync(join(dir, 'b1.png')).equals(readFileSync(join(dir, 'b2.png')))).toBe(true);
  });

  it('spreads cards over the workers and renders an identical SVG only once', async () => {
    const jobs = [2019, 2020, 2021, 2021].map((year, i) => ({
      svg: kalixCard(year),
      outFile: join(dir, `c/${i}.png`),
    }));
    const stats = await renderPngs(jobs, { cacheDir: join(dir, 'cache-c'), workers: 2 });
    expect([stats.rendered, stats.cached]).toEqual([3, 1]);
    expect(readFileSync(join(dir, 'c/3.png')).equals(readFileSync(join(dir, 'c/2.png')))).toBe(
      true,
    );
    expect(readFileSync(join(dir, 'c/0.png')).equals(readFileSync(join(dir, 'c/2.png')))).toBe(
      false,
    );
  });

  it('prints the phase line the benchmark parses', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const stats = await renderPngs([], { cacheDir: join(dir, 'cache-d'), phase: 'share-cards' });
    expect(log).toHaveBeenCalledWith(`[phase] share-cards ${stats.ms}`);
    log.mockRestore();
  });

  it('rejects with the failing job when an SVG cannot be drawn', async () => {
    const job = { svg: '<svg', outFile: join(dir, 'bad.png') };
    await expect(renderPngs([job], { cacheDir: join(dir, 'cache-e') })).rejects.toThrow(
      'SVG nr 1 kunde inte ritas',
    );
  });
});

describe('cacheKey', () => {
  it('changes with the SVG text', () => {
    expect(cacheKey(kalixCard(2021))).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey(kalixCard(2021))).not.toBe(cacheKey(kalixCard(2020)));
  });
});

describe('the font subsets', () => {
  const pixels = (svg: string, fonts: 'subset' | 'full') =>
    Buffer.from(new Resvg(svg, RESVG_OPTIONS[fonts]).render().pixels);

  it('draw a Swedish card pixel for pixel as the whole fonts do', () => {
    const card = shareCardSvg({
      headline: 'Åre, Älvdalen och Örnsköldsvik – ”högsta” NKI −3 … på 4,5 %',
      unitName: 'Jåhkåmåhkke suohkan, Árjepluovve',
      year: 2024,
      source: 'Källa: SKR, Insikt 2024, via Kolada (CC BY 4.0).',
      isExample: false,
    });
    expect(fitsSubset(card)).toBe(true);
    expect(pixels(card, 'subset').equals(pixels(card, 'full'))).toBe(true);
  });

  it('leave a name with other letters to the whole fonts, which have them', () => {
    const card = shareCardSvg({
      headline: 'Ωmega kommun får högt betyg',
      unitName: 'Ωmega kommun',
      year: 2024,
      source: 'Källa: SKR, Insikt 2024, via Kolada (CC BY 4.0).',
      isExample: false,
    });
    expect(fitsSubset(card)).toBe(false);
    expect(pixels(card, 'subset').equals(pixels(card, 'full'))).toBe(false);
  });
});
